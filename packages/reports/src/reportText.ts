import { z } from 'zod';

/**
 * Characters a report refuses: control characters other than the line break, lone surrogates, and invisible
 * formatting characters other than the soft hyphen and the zero-width space/(non-)joiners that scripts and emoji
 * need. Bidi overrides in particular could make a printed name or result read differently from the stored one,
 * which a legal record must not allow.
 */
const forbidden = /(?![\n\u00AD\u200B-\u200D])[\p{Cc}\p{Cf}\p{Cs}]/u;
const forbiddenInLine = /(?![\u00AD\u200B-\u200D])[\p{Cc}\p{Cf}\p{Cs}]/u;

/** Text of a report that may span lines (`\n` breaks a line), at most `max` UTF-16 units. */
export function reportText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !forbidden.test(text), {
      message: 'must not contain control or invisible formatting characters (only \\n line breaks)',
    });
}

/** Text of a report on one line (titles, labels, headings), at most `max` UTF-16 units. */
export function reportLine(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !forbiddenInLine.test(text), {
      message: 'must not contain line breaks, control or invisible formatting characters',
    });
}

/**
 * Makes free text (typed by people: minutes notes, vote titles from older records) acceptable to `reportText`:
 * CR LF and CR become LF, tabs become a space, and every other refused character becomes U+FFFD, so the reader
 * sees that something was there instead of it vanishing silently.
 */
export function cleanReportText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(new RegExp(forbidden.source, 'gu'), '\uFFFD');
}

/** Like `cleanReportText`, for one line: line breaks become a space as well. */
export function cleanReportLine(text: string): string {
  return cleanReportText(text).replace(/\n/g, ' ');
}
