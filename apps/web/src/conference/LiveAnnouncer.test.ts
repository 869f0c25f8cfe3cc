import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { announcementText } from './LiveAnnouncer.js';

describe('announcementText', () => {
  it('saysHowSomeoneLeftInBothLanguages', () => {
    const kinds = ['left', 'lostConnection', 'removed', 'sentToWaitingRoom'] as const;
    expect(kinds.map((kind) => announcementText(en, 'en', { kind, name: 'Ben' }))).toEqual([
      'Ben left',
      'Ben lost the connection and left',
      'Ben was removed from the meeting',
      'Ben was moved to the waiting room',
    ]);
    expect(announcementText(de, 'de', { kind: 'sentToWaitingRoom', name: 'Ben' })).toBe(
      'Ben wurde in den Warteraum verschoben',
    );
  });
});
