import { describe, expect, it } from 'vitest';
import { textChange } from './textChange.js';

/** Applies a change, as the binding does on the Y.Text. */
const apply = (text: string, change: ReturnType<typeof textChange>) =>
  change === null ? text : text.slice(0, change.index) + change.insert + text.slice(change.index + change.remove);

describe('textChange', () => {
  it('equalTextsAreNoChange', () => {
    expect(textChange('Budget', 'Budget')).toBeNull();
  });

  it('keepsTheCommonPrefixAndSuffix', () => {
    expect(textChange('Der Rat tagt.', 'Der Stadtrat tagt.')).toEqual({ index: 4, remove: 1, insert: 'Stadtr' });
    expect(textChange('abcdef', 'abXYef')).toEqual({ index: 2, remove: 2, insert: 'XY' });
    expect(textChange('', 'neu')).toEqual({ index: 0, remove: 0, insert: 'neu' });
    expect(textChange('alt', '')).toEqual({ index: 0, remove: 3, insert: '' });
  });

  it('theCaretPlacesAnAmbiguousInsertionWhereItWasTyped', () => {
    expect(textChange('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(textChange('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(textChange('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(textChange('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
  });

  it('theCaretPlacesAnAmbiguousDeletion', () => {
    expect(textChange('xx yy', 'xx y', 3)).toEqual({ index: 3, remove: 1, insert: '' });
    expect(textChange('aaa', 'aa', 0)).toEqual({ index: 0, remove: 1, insert: '' });
  });

  it('aCaretThatDoesNotFitStillGivesTheSmallestCorrectChange', () => {
    const change = textChange('abcdef', 'abXcdef', 0);
    expect(change).toEqual({ index: 2, remove: 0, insert: 'X' });
  });

  it('neverSplitsASurrogatePair', () => {
    const before = 'x😀y';
    const after = 'x😃y';
    const change = textChange(before, after);
    expect(change).toEqual({ index: 1, remove: 2, insert: '😃' });
    expect(apply(before, change)).toBe(after);
  });

  it('alwaysTurnsBeforeIntoAfter', () => {
    const texts = ['', 'a', 'aa', 'ab', 'ba', 'aba', 'abba', 'Protokoll', 'Protokolle', 'Prot', 'okoll'];
    for (const before of texts)
      for (const after of texts)
        for (let caret = 0; caret <= after.length; caret++) {
          const change = textChange(before, after, caret);
          expect(apply(before, change)).toBe(after);
          if (change) expect(change.remove + change.insert.length).toBeLessThanOrEqual(before.length + after.length);
        }
  });
});
