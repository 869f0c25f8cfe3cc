import { describe, expect, it } from 'vitest';
import { DisplayName } from './protocol.js';

describe('DisplayName', () => {
  it.each(['Anna', 'Ayşe Yılmaz', 'محمد', 'می‌خواهم', '👨‍👩‍👧 Familie', 'Émoji 😀🎉', 'Dr. Müller-Lüdenscheidt'])(
    'accepts %s',
    (name) => {
      expect(DisplayName.safeParse(name).success).toBe(true);
    },
  );

  it.each([
    ['empty', '   '],
    ['a control character', 'a\u0007b'],
    ['a right-to-left override', 'abc\u202Egpj.exe'],
    ['a zero-width space hiding a name', '\u200B'],
    ['too long', 'x'.repeat(65)],
  ])('rejects %s', (_what, name) => {
    expect(DisplayName.safeParse(name).success).toBe(false);
  });

  it('trimsSurroundingSpace', () => {
    expect(DisplayName.parse('  Anna  ')).toBe('Anna');
  });
});
