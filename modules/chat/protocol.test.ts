import { describe, expect, it } from 'vitest';
import { messageLength, normalizeMessageText } from './protocol.js';

describe('normalizeMessageText', () => {
  it('keepsMarkupAndLineBreaksAsPlainText', () => {
    expect(normalizeMessageText('<img src=x onerror=alert(1)>\n<b>x</b>')).toBe(
      '<img src=x onerror=alert(1)>\n<b>x</b>',
    );
  });

  it('unifiesLineBreaksRemovesControlAndBidiCharactersAndTrims', () => {
    expect(normalizeMessageText('\r\n a\r\nb\rc\u2028d\te\u0000f\u001Bg\u0085h\u202Ei\u2066j ')).toBe(
      'a\nb\nc\nd efghij',
    );
    expect(normalizeMessageText('a\n\n\n\n\nb')).toBe('a\n\nb');
    expect(normalizeMessageText(' \t\r\n\u0007')).toBe('');
  });

  it('keepsEmojiSequencesWhole', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(normalizeMessageText(family)).toBe(family);
  });
});

describe('messageLength', () => {
  it('countsCodePoints', () => {
    expect(messageLength('abc')).toBe(3);
    expect(messageLength('\u{1F600}\u{1F600}')).toBe(2);
  });
});
