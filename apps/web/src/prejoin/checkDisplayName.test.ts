import { describe, expect, it } from 'vitest';
import { checkDisplayName, nameProblemText } from './checkDisplayName.js';

describe('checkDisplayName', () => {
  it('acceptsZeroWidthJoinersInEmojiAndScripts', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(checkDisplayName(`  ${family} Müller `)).toEqual({ ok: true, name: `${family} Müller` });
    expect(checkDisplayName('می\u200Cخواهم')).toEqual({ ok: true, name: 'می\u200Cخواهم' });
    expect(checkDisplayName('क्\u200Dष')).toEqual({ ok: true, name: 'क्\u200Dष' });
  });

  it('callsAnEmptyNameEmpty', () => {
    expect(checkDisplayName('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkDisplayName('   \t ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('callsControlAndInvisibleFormattingCharactersInvalidNotEmpty', () => {
    expect(checkDisplayName('Eve\u202Eevil')).toEqual({ ok: false, problem: 'invalidCharacters' });
    expect(checkDisplayName('\u200B')).toEqual({ ok: false, problem: 'invalidCharacters' });
    expect(checkDisplayName('Bob\u0007')).toEqual({ ok: false, problem: 'invalidCharacters' });
  });

  it('callsAnOverlongNameTooLong', () => {
    expect(checkDisplayName('x'.repeat(65))).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe('nameProblemText', () => {
  it('namesEachProblemWithTheLimitWhereThereIsOne', () => {
    const words = { nameRequired: 'empty', nameInvalid: 'invalid', nameTooLong: (max: number) => `max ${max}` };
    expect(nameProblemText(words, 'empty')).toBe('empty');
    expect(nameProblemText(words, 'invalidCharacters')).toBe('invalid');
    expect(nameProblemText(words, 'tooLong')).toBe('max 64');
  });
});
