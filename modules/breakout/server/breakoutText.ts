/** Control and invisible formatting characters, except the zero-width (non-)joiners that emoji and some scripts need. */
const invisible = /[\p{Cc}\p{Cf}]/gu;
const joiners = /[\u200C\u200D]/;

function strip(text: string, keep: (ch: string) => boolean): string {
  return text.replace(invisible, (ch) => (joiners.test(ch) || keep(ch) ? ch : ''));
}

/**
 * A room name as everyone sees it: one line, whitespace collapsed, control and invisible formatting characters
 * (which can spoof text direction or hide text) removed, trimmed. Empty means "call it by its number".
 */
export function normalizeRoomName(name: string): string {
  return strip(name.replace(/\s+/gu, ' '), () => false).trim();
}

/**
 * A message to all rooms: line breaks kept (at most two in a row), other control and invisible formatting
 * characters removed, trailing spaces of lines and the whole text trimmed. It stays plain text: clients never
 * render it as HTML.
 */
export function normalizeMessage(text: string): string {
  return strip(text.replace(/\r\n?/g, '\n').replace(/\t/g, ' '), (ch) => ch === '\n')
    .replace(/[ \u00A0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
