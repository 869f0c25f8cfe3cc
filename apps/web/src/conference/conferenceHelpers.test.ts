import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { canShareScreen, noticeText } from './Conference.js';

describe('conference helpers', () => {
  it('offersScreenSharingOnlyWhereGetDisplayMediaExists', () => {
    expect(canShareScreen({ mediaDevices: { getDisplayMedia: async () => ({}) as MediaStream } })).toBe(true);
    expect(canShareScreen({ mediaDevices: {} })).toBe(false);
    expect(canShareScreen({ mediaDevices: undefined })).toBe(false);
    expect(canShareScreen(undefined)).toBe(false);
  });

  it('explainsWhyTheMicrophoneCouldNotStart', () => {
    expect(noticeText(en, 'en', { kind: 'micProblem', failure: 'denied' })).toMatch(/blocked/);
    expect(noticeText(en, 'en', { kind: 'micProblem', failure: 'notFound' })).toMatch(/No microphone was found/);
    expect(noticeText(en, 'en', { kind: 'cameraProblem', failure: 'inUse' })).toMatch(/another program/);
    expect(noticeText(de, 'de', { kind: 'micProblem', failure: 'denied' })).toMatch(/blockiert/);
    expect(noticeText(en, 'en', { kind: 'speakerFallback' })).toBe(en.conference.speakerFallback);
  });
});
