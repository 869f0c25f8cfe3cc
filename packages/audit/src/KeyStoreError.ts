/**
 * Why the installation key could not be loaded or created. The key file is never replaced on any of these: a new key
 * would silently orphan every signature made with the old one, so an operator has to look.
 */
export type KeyStoreErrorCode = 'unreadable' | 'corrupt' | 'wrongKeyType' | 'notWritable';

export class KeyStoreError extends Error {
  override readonly name = 'KeyStoreError';

  constructor(
    readonly code: KeyStoreErrorCode,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`installation key ${path}: ${code}`, options);
  }
}
