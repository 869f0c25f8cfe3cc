/** One edit of a text: `remove` characters at `index` are replaced by `insert`. */
export interface TextChange {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * The smallest single edit that turns `before` into `after` (common prefix and suffix kept), or null when they are
 * equal. Where the edit could sit in several places of equal size (typing "a" into "aa"), `caret` (the selection's end
 * in `after`, as the textarea has it after the input) picks the one the writer made, so that concurrent edits merge
 * where they belong; without it, or when it does not fit, the edit sits as far right as the prefix allows.
 */
export function textChange(before: string, after: string, caret?: number): TextChange | null {
  if (before === after) return null;
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  let start = prefix;
  let keep = suffix;
  if (prefix + suffix > shortest) {
    // The edit is a pure insertion or deletion that can slide between `shortest - suffix` and `prefix`.
    if (caret !== undefined) start = Math.max(shortest - suffix, Math.min(prefix, caret - (after.length - shortest)));
    keep = shortest - start;
  }
  // Never split a surrogate pair: widen the edit over half a pair at either edge.
  if (start > 0 && (isLowSurrogate(after.charCodeAt(start)) || isLowSurrogate(before.charCodeAt(start)))) start--;
  if (
    keep > 0 &&
    (isLowSurrogate(after.charCodeAt(after.length - keep)) || isLowSurrogate(before.charCodeAt(before.length - keep)))
  )
    keep--;
  return { index: start, remove: before.length - keep - start, insert: after.slice(start, after.length - keep) };
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
