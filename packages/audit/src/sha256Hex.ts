import { createHash } from 'node:crypto';

/** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex (see `Sha256Hex`). */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
