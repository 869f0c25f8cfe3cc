/**
 * The path to send the browser back to after login, or `/`. Only same-site relative paths pass: one leading slash,
 * no scheme, no host (`//evil.example`, `/\evil.example`), no control characters or backslashes anywhere (browsers
 * read `\` as `/`), at most 512 characters. The result is what the URL parser makes of it, relative to a dummy
 * origin, so that what is checked is what the browser will follow.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, 'http://plenum.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://plenum.invalid') return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
