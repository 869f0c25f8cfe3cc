const MAX_LENGTH = 200;
/** Characters no filename keeps: controls, path separators, and what Windows forbids. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]/g;

/**
 * A filename fit to store and to offer in a download: no directories, no controls, no leading dots (hidden files,
 * `..`), Unicode in NFC, at most 200 characters (the extension kept when it is short). `asset` when nothing is left.
 */
export function safeFilename(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .trim()
    .replace(/^[.\s]+/, '');
  const chars = [...cleaned];
  if (chars.length === 0) return 'asset';
  if (chars.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? [...cleaned.slice(dot)] : [];
  return [...chars.slice(0, MAX_LENGTH - extension.length), ...extension].join('');
}

/**
 * `Content-Disposition: attachment` for a download (RFC 6266): an ASCII fallback in `filename` (anything else, quotes
 * and backslashes become `_`) and the exact name in `filename*` (RFC 8187, UTF-8, percent-encoded), so no name can
 * break out of the header or inject a parameter.
 */
export function contentDisposition(filename: string): string {
  const name = safeFilename(filename);
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
