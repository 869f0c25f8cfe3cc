import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrateToLatest.js';
import { openScratchDatabase, type ScratchDatabase } from '../testing/index.js';
import { TenantRepository } from './TenantRepository.js';
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

const allDefault: TenantSettings = {
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

describe.each(['postgres', 'pglite'] as const)('TenantRepository on %s', (kind) => {
  let scratch: ScratchDatabase;
  let tenants: TenantRepository;

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    tenants = new TenantRepository(scratch.db);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('createsATenantWithEveryDefaultAndRefusesTheSameIdTwice', async () => {
    expect(await tenants.create({ id: 'alpha', name: 'Alpha' })).toBe(true);
    expect(await tenants.create({ id: 'alpha', name: 'Other' })).toBe(false);
    expect(await tenants.findWithSettings('alpha')).toEqual({ id: 'alpha', name: 'Alpha', settings: allDefault });
  });

  it('listsTenantsOrderedById', async () => {
    await tenants.create({ id: 'zulu', name: 'Zulu' });
    await tenants.create({ id: 'bravo', name: 'Bravo' });
    expect(await tenants.list()).toEqual([
      { id: 'alpha', name: 'Alpha' },
      { id: 'bravo', name: 'Bravo' },
      { id: 'zulu', name: 'Zulu' },
    ]);
  });

  it('renamesOnlyAnExistingTenant', async () => {
    expect(await tenants.rename('bravo', 'Bravo City')).toBe(true);
    expect(await tenants.findById('bravo')).toEqual({ id: 'bravo', name: 'Bravo City' });
    expect(await tenants.rename('missing', 'X')).toBe(false);
  });

  it('updatesOnlyTheGivenSettingsAndResetsNullToTheDefault', async () => {
    expect(await tenants.updateSettings('alpha', { recording: true, maxMeetingMinutes: 90 })).toBe(true);
    expect(await tenants.updateSettings('alpha', { guestsAllowed: false })).toBe(true);
    expect(await tenants.settings('alpha')).toEqual({
      ...allDefault,
      guestsAllowed: false,
      recording: true,
      maxMeetingMinutes: 90,
    });
    expect(await tenants.updateSettings('alpha', { recording: null })).toBe(true);
    expect(await tenants.settings('alpha')).toEqual({ ...allDefault, guestsAllowed: false, maxMeetingMinutes: 90 });
  });

  it('leavesOtherTenantsAlone', async () => {
    expect(await tenants.settings('zulu')).toEqual(allDefault);
  });

  it('mergesTheTenantsChoicesOverTheDefaults', async () => {
    expect(await tenants.effectiveSettings('alpha', defaults)).toEqual({
      ...defaults,
      guestsAllowed: false,
      maxMeetingMinutes: 90,
    });
    expect(await tenants.effectiveSettings('zulu', defaults)).toEqual(defaults);
  });

  it('answersUndefinedOrFalseForAnUnknownTenant', async () => {
    expect(await tenants.settings('missing')).toBeUndefined();
    expect(await tenants.effectiveSettings('missing', defaults)).toBeUndefined();
    expect(await tenants.updateSettings('missing', { streaming: true })).toBe(false);
    expect(await tenants.updateSettings('missing', {})).toBe(false);
    expect(await tenants.updateSettings('alpha', {})).toBe(true);
  });

  it('storesAndResetsTheTenantsLanguage', async () => {
    expect(await tenants.updateSettings('bravo', { language: 'en' })).toBe(true);
    expect(await tenants.settings('bravo')).toEqual({ ...allDefault, language: 'en' });
    expect(await tenants.effectiveSettings('bravo', defaults)).toMatchObject({ language: 'en' });
    expect(await tenants.updateSettings('bravo', { language: null })).toBe(true);
    expect(await tenants.effectiveSettings('bravo', defaults)).toMatchObject({ language: 'de' });
  });

  it('refusesALanguageOtherThanGermanOrEnglishInTheDatabaseToo', async () => {
    const unchecked = { language: 'fr' } as unknown as Partial<TenantSettings>;
    await expect(tenants.updateSettings('bravo', unchecked)).rejects.toThrow(/check constraint/);
    expect(await tenants.settings('bravo')).toEqual(allDefault);
  });

  it('refusesANonPositiveQuotaInTheDatabaseToo', async () => {
    await expect(tenants.updateSettings('alpha', { storageMegabytes: 0 })).rejects.toThrow(/check constraint/);
  });
});
