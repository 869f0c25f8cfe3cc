/** A letter or digit with the marks that belong to it (a decomposed "Ö" is "O" and a combining diaeresis). */
const letter = /[\p{L}\p{N}]\p{M}*/u;
/** An addition in brackets ("(Bürgerin)", "[Gast]"): a role or a note, not part of the name itself. */
const bracketed = /[([{][^)\]}]*[)\]}]/gu;

/**
 * Up to two initials for an avatar: the first letters (or digits) of the first and last word that have one,
 * upper-cased; punctuation and emoji are skipped, and additions in brackets count only when nothing else has a letter
 * ("Clara Schmidt (Bürgerin)" is "CS"). Falls back to "?" when the name has no letter at all.
 */
export function initials(displayName: string): string {
  const wordsOf = (text: string) =>
    text
      .split(/\s+/u)
      .map((word) => letter.exec(word)?.[0])
      .filter((first): first is string => first !== undefined);
  const outside = wordsOf(displayName.replace(bracketed, ' '));
  const words = outside.length > 0 ? outside : wordsOf(displayName);
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return (first + (last ?? '')).toLocaleUpperCase();
}
