/**
 * Puts `text` on the clipboard. Uses the Clipboard API where the browser offers it (secure
 * pages), and otherwise the older selection-and-copy command, so that a server reached over
 * plain http on the local network can still copy its links. Resolves to whether it worked.
 */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
  fallback: (text: string) => boolean = copyWithSelection,
): Promise<boolean> {
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable: try the other way.
    }
  }
  return fallback(text);
}

function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined') return false;
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}
