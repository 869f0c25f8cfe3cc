// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as the record keeps it: control characters become spaces (PostgreSQL's jsonb refuses NUL, and a record's
 * texts are single lines), lone surrogates become U+FFFD (canonical JSON refuses them), and the ends are trimmed.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROL, ' ').replace(LONE_SURROGATE, '\uFFFD').trim();
}

/** Length in characters as people count them (code points). */
export function textLength(text: string): number {
  return [...text].length;
}
