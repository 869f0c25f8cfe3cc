import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.js';
import { en } from '../../i18n/en.js';
import { noticeText } from './noticeText.js';

describe('noticeText', () => {
  it('explainsWhyTheMicrophoneCouldNotStart', () => {
    expect(noticeText(en, 'en', { kind: 'micProblem', failure: 'denied' })).toMatch(/blocked/);
    expect(noticeText(en, 'en', { kind: 'micProblem', failure: 'notFound' })).toMatch(/No microphone was found/);
    expect(noticeText(en, 'en', { kind: 'cameraProblem', failure: 'inUse' })).toMatch(/another program/);
    expect(noticeText(de, 'de', { kind: 'micProblem', failure: 'denied' })).toMatch(/blockiert/);
    expect(noticeText(en, 'en', { kind: 'speakerFallback' })).toBe(en.conference.speakerFallback);
  });

  it('saysThatAModeratorStoppedTheShareOrChangedTheName', () => {
    expect(noticeText(en, 'en', { kind: 'screenShareRevoked' })).toMatch(/^A moderator stopped your screen share\./);
    expect(noticeText(de, 'de', { kind: 'screenShareRevoked' })).toMatch(/^Die Moderation hat Ihre Bildschirmfreigabe/);
    expect(noticeText(en, 'en', { kind: 'renamedByModerator', name: 'Frau Meier' })).toBe(
      'A moderator changed your name to Frau Meier.',
    );
    expect(noticeText(de, 'de', { kind: 'renamedByModerator', name: 'Frau Meier' })).toBe(
      'Die Moderation hat Ihren Namen in Frau Meier geändert.',
    );
  });

  it('saysTheSecondsStillToWaitOfACountingDownModuleNotice', () => {
    const slowDown = {
      kind: 'module',
      ns: 'chat',
      announcement: { key: 'slowDown', params: { seconds: 4 }, notice: true, countdown: true },
    } as const;
    expect(noticeText(en, 'en', slowDown)).toMatch(/in 4 seconds/);
    expect(noticeText(en, 'en', slowDown, 1)).toMatch(/in 1 second\b/);
    expect(noticeText(en, 'en', { kind: 'module', ns: 'nope', announcement: { key: 'x', params: {} } })).toBe('');
  });
});
