import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de.js';
import { en } from '../i18n/en.js';
import { waitingHeading, waitingTexts } from './WaitingScreen.js';

describe('waitingTexts', () => {
  it('saysAModeratorWillLetThemInOnlyWhileOneIsThere', () => {
    expect(waitingTexts(en, { sentBack: false, moderatorPresent: true })).toEqual({
      heading: 'Waiting for a moderator to let you in',
      text: 'Please stay on this page. You join the meeting as soon as a moderator lets you in.',
    });
    expect(waitingTexts(en, { sentBack: false, moderatorPresent: false })).toEqual({
      heading: 'Waiting for a moderator to join',
      text: 'No moderator is in the meeting yet. Please stay on this page: once a moderator joins, they can let you in.',
    });
  });

  it('keepsSayingWhoSentThemBackButNotThatTheyWillBeLetInWhenNoModeratorIsLeft', () => {
    expect(waitingTexts(en, { sentBack: true, moderatorPresent: true }).text).toBe(en.waiting.sentBackText);
    expect(waitingTexts(en, { sentBack: true, moderatorPresent: false })).toEqual({
      heading: en.waiting.sentBackHeading,
      text: en.waiting.noModeratorText,
    });
  });

  it('givesThePageTitleInBothLanguages', () => {
    expect(waitingHeading(de, { sentBack: false, moderatorPresent: false })).toBe(de.waiting.noModeratorHeading);
    for (const t of [en, de])
      for (const sentBack of [false, true])
        for (const moderatorPresent of [false, true]) {
          const texts = waitingTexts(t, { sentBack, moderatorPresent });
          expect(texts.heading.trim()).not.toBe('');
          expect(texts.text.trim()).not.toBe('');
        }
  });
});
