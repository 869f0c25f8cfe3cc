/** Only people at a screen are asked whether they are ready (the server's rule): not phone callers, not the recorder. */
export function isAskedKind(kind: string): boolean {
  return kind === 'browser' || kind === 'roomSystem';
}
