import { messageLength, normalizeMessageText } from '../protocol.js';

/** The length the server will count for a draft: code points of the normalised text. */
export function draftLength(draft: string): number {
  return messageLength(normalizeMessageText(draft));
}

/**
 * The draft after an edit, held to `max` characters as the server counts them (code points of the normalised text,
 * so an emoji is one, not two as for the `maxLength` attribute). When `next` is too long, only as much of what was
 * typed or pasted is kept as fits, cut between characters as people see them (an emoji with its modifiers stays
 * whole), and the text around it stays as it was.
 */
export function fitDraft(previous: string, next: string, max: number): string {
  if (draftLength(next) <= max) return next;
  const was = [...previous];
  const now = [...next];
  let start = 0;
  while (start < was.length && start < now.length && was[start] === now[start]) start++;
  let end = 0;
  while (end < was.length - start && end < now.length - start && was.at(-1 - end) === now.at(-1 - end)) end++;
  const head = now.slice(0, start).join('');
  const tail = now.slice(now.length - end).join('');
  const inserted = graphemes(now.slice(start, now.length - end).join(''));
  if (draftLength(head + tail) > max) return longestFitting(graphemes(next), '', '', max);
  return longestFitting(inserted, head, tail, max);
}

/** `head`, as many of `parts` as fit in `max`, and `tail`; more parts never make the text shorter. */
function longestFitting(parts: readonly string[], head: string, tail: string, max: number): string {
  const text = (n: number) => head + parts.slice(0, n).join('') + tail;
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (draftLength(text(mid)) <= max) low = mid;
    else high = mid - 1;
  }
  return text(low);
}

function graphemes(text: string): readonly string[] {
  if (typeof Intl.Segmenter !== 'function') return [...text];
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}
