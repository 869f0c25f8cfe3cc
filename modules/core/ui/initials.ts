/**
 * Up to two initials for an avatar: first letters of the first and last word, upper-cased,
 * grapheme-aware enough for accented and non-Latin names. Falls back to "?" for empty names.
 */
export function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/u).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => Array.from(word)[0]?.toLocaleUpperCase() ?? '';
  return letter(first) + (last ? letter(last) : '');
}
