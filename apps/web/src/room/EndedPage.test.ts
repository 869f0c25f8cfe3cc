import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { type EndedReason, endedTexts } from './EndedPage.js';

/** Every reason that ends on the page; the record type makes a new reason fail here until it is listed. */
const every: Record<EndedReason, true> = {
  left: true,
  roomClosed: true,
  kicked: true,
  banned: true,
  debrief: true,
  meetingEnded: true,
  youEndedMeeting: true,
  roomFull: true,
  timeLimit: true,
  notAdmitted: true,
  ticketRejected: true,
};
const reasons = Object.keys(every) as EndedReason[];

describe('EndedPage', () => {
  it('saysWhyForEveryReasonInBothLanguages', () => {
    for (const t of [en, de])
      for (const reason of reasons) {
        const texts = endedTexts(t, reason, 3);
        expect(texts.heading.trim(), reason).not.toBe('');
        expect(texts.detail?.trim(), reason).not.toBe('');
      }
  });

  it('tellsTheModeratorWhoEndedTheMeetingThatItWasThem', () => {
    expect(endedTexts(en, 'youEndedMeeting', null)).toEqual({
      heading: 'You ended the meeting',
      detail: 'The meeting has ended for everyone.',
    });
    expect(endedTexts(de, 'youEndedMeeting', null).heading).toBe('Sie haben die Besprechung beendet');
    expect(endedTexts(en, 'meetingEnded', null).detail).toBe('A moderator ended the meeting for everyone.');
  });

  it('thanksPeopleADebriefTookOutInsteadOfSayingTheMeetingEnded', () => {
    const { heading, detail } = endedTexts(en, 'debrief', null);
    expect(heading).toBe('Thank you for taking part');
    expect(`${heading} ${detail}`).not.toMatch(/ended the meeting|meeting has ended/);
    expect(endedTexts(de, 'debrief', null).heading).toBe('Vielen Dank für Ihre Teilnahme');
  });

  it('tellsAKickFromABanAndNamesTheLimitOfAFullRoom', () => {
    expect(endedTexts(en, 'kicked', null).detail).toBe('A moderator removed you from the meeting.');
    expect(endedTexts(en, 'banned', null).detail).toBe(
      'A moderator removed you from this meeting. You cannot join it again.',
    );
    expect(endedTexts(en, 'roomFull', 250).detail).toBe('This meeting already has 250 participants.');
    expect(endedTexts(en, 'roomFull', null).detail).toBeNull();
  });
});
