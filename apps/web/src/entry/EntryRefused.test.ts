import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { refusedTexts } from './EntryRefused.js';
import type { RefusalReason } from './entryGate.js';

/** Every refusal; the record type makes a new reason fail here until it is listed. */
const every: Record<RefusalReason, true> = { guestsDisabled: true, inviteRevoked: true, banned: true };

describe('EntryRefused', () => {
  it('saysWhyForEveryRefusalInBothLanguages', () => {
    for (const t of [en, de])
      for (const reason of Object.keys(every) as RefusalReason[]) {
        const texts = refusedTexts(t, reason);
        expect(texts.heading.trim(), reason).not.toBe('');
        expect(texts.detail.trim(), reason).not.toBe('');
      }
  });

  it('tellsABannedPersonTheyCannotJoinAgain', () => {
    expect(refusedTexts(en, 'banned')).toEqual({
      heading: 'You cannot join this meeting',
      detail: 'You were removed from this meeting and cannot join it again.',
    });
    expect(refusedTexts(de, 'banned').detail).toBe(
      'Sie wurden aus dieser Besprechung entfernt und können ihr nicht wieder beitreten.',
    );
  });
});
