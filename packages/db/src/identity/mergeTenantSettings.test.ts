import { describe, expect, it } from 'vitest';
import { mergeTenantSettings } from './mergeTenantSettings.js';
import type { EffectiveTenantSettings, TenantSettings } from './TenantSettings.js';

const defaults: EffectiveTenantSettings = {
  guestsAllowed: true,
  phoneDialIn: false,
  recording: false,
  streaming: false,
  maxParticipantsPerRoom: 250,
  maxMeetingMinutes: 480,
  storageMegabytes: 10_240,
  keepChat: false,
  chatRetentionDays: 30,
  language: 'de',
};

const nothingChosen: TenantSettings = {
  guestsAllowed: null,
  phoneDialIn: null,
  recording: null,
  streaming: null,
  maxParticipantsPerRoom: null,
  maxMeetingMinutes: null,
  storageMegabytes: null,
  keepChat: null,
  chatRetentionDays: null,
  language: null,
};

describe('mergeTenantSettings', () => {
  it('usesEveryDefaultWhenTheTenantChoseNothing', () => {
    expect(mergeTenantSettings(nothingChosen, defaults)).toEqual(defaults);
  });

  it('keepsTheTenantsOwnChoicesIncludingFalse', () => {
    const own: TenantSettings = {
      ...nothingChosen,
      guestsAllowed: false,
      recording: true,
      maxMeetingMinutes: 60,
      language: 'en',
    };
    expect(mergeTenantSettings(own, defaults)).toEqual({
      ...defaults,
      guestsAllowed: false,
      recording: true,
      maxMeetingMinutes: 60,
      language: 'en',
    });
  });

  it('usesOnlyTheTenantsValuesWhenAllAreChosen', () => {
    const own: EffectiveTenantSettings = {
      guestsAllowed: false,
      phoneDialIn: true,
      recording: true,
      streaming: true,
      maxParticipantsPerRoom: 5,
      maxMeetingMinutes: 30,
      storageMegabytes: 1,
      keepChat: true,
      chatRetentionDays: 7,
      language: 'en',
    };
    expect(mergeTenantSettings(own, defaults)).toEqual(own);
  });
});
