import { describe, expect, it } from 'vitest';
import { checkGuestLinkDraft, emptyGuestLinkDraft, expiryOf } from './guestLinkDraft.js';

const NOW = Date.parse('2026-11-26T08:00:00.000Z');

describe('guestLinkDraft', () => {
  it('countsPresetsFromNow', () => {
    expect(expiryOf('never', NOW)).toBeUndefined();
    expect(expiryOf('day', NOW)).toBe('2026-11-27T08:00:00.000Z');
    expect(expiryOf('week', NOW)).toBe('2026-12-03T08:00:00.000Z');
    expect(expiryOf('month', NOW)).toBe('2026-12-26T08:00:00.000Z');
  });

  it('sendsOnlyWhatWasFilledIn', () => {
    expect(checkGuestLinkDraft({ label: '  ', expiry: 'never', maxUses: ' ' }, NOW)).toEqual({ ok: true, body: {} });
    expect(checkGuestLinkDraft({ label: ' Presse ', expiry: 'week', maxUses: '25' }, NOW)).toEqual({
      ok: true,
      body: { label: 'Presse', expiresAt: '2026-12-03T08:00:00.000Z', maxUses: 25 },
    });
    expect(emptyGuestLinkDraft.expiry).toBe('week');
  });

  it('refusesUseLimitsOutsideOneToTenThousand', () => {
    for (const maxUses of ['0', '10001', '2.5', '-1', 'ten', '1e3'])
      expect(checkGuestLinkDraft({ label: '', expiry: 'never', maxUses }, NOW)).toEqual({
        ok: false,
        invalid: ['maxUses'],
      });
    expect(checkGuestLinkDraft({ label: '', expiry: 'never', maxUses: '10000' }, NOW)).toMatchObject({ ok: true });
  });

  it('refusesLongLabelsAndControlCharacters', () => {
    expect(checkGuestLinkDraft({ label: 'x'.repeat(101), expiry: 'never', maxUses: '0' }, NOW)).toEqual({
      ok: false,
      invalid: ['label', 'maxUses'],
    });
    expect(checkGuestLinkDraft({ label: 'a\u0000b', expiry: 'day', maxUses: '' }, NOW)).toEqual({
      ok: false,
      invalid: ['label'],
    });
  });
});
