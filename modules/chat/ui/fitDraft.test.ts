import { describe, expect, it } from 'vitest';
import { draftLength, fitDraft } from './fitDraft.js';

describe('fitDraft', () => {
  it('keepsAnEditThatFits', () => {
    expect(fitDraft('Hallo', 'Hallo Welt', 10)).toBe('Hallo Welt');
  });

  it('keepsOnlyAsMuchOfATypedOrPastedTextAsFits', () => {
    expect(fitDraft('abc', 'abcdefgh', 5)).toBe('abcde');
    // Pasted in the middle: the text after the caret stays.
    expect(fitDraft('ab|yz', 'ab|123456|yz', 8)).toBe('ab|123yz');
  });

  it('countsAnEmojiAsOneCharacterAsTheServerDoes', () => {
    const emoji = '😀'.repeat(5);
    expect(emoji.length).toBe(10);
    expect(fitDraft('', emoji, 5)).toBe(emoji);
    expect(fitDraft('', `${emoji}😀`, 5)).toBe(emoji);
    expect(draftLength(emoji)).toBe(5);
  });

  it('neverCutsAnEmojiWithItsModifiers', () => {
    const family = '👩‍👩‍👧';
    const cut = fitDraft('abc', `abc${family}`, 5);
    expect(cut).toBe('abc');
    expect(draftLength(fitDraft('abc', `abc${family}`, 8))).toBe(8);
  });

  it('countsWhatTheServerCountsNotTrailingSpace', () => {
    expect(fitDraft('abcde', 'abcde   ', 5)).toBe('abcde   ');
  });

  it('shortensADraftThatWasAlreadyTooLongFromTheEnd', () => {
    expect(fitDraft('abcdefgh', 'abcdefghi', 4)).toBe('abcd');
  });
});
