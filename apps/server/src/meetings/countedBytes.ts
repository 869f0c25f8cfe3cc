import { createHash } from 'node:crypto';
import { AssetTooLarge } from './AssetStore.js';

/**
 * Passes the chunks through while counting and hashing them; throws {@link AssetTooLarge} as soon as more than
 * `maxBytes` went by (strings count as their UTF-8 bytes), so an oversized stream is cut off rather than read to its end. `result()` is valid once the
 * iteration has finished.
 */
export function countedBytes(source: AsyncIterable<Uint8Array | string>, maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const part of source) {
      // A Readable of strings (`Readable.from(['…'])`) yields them as they are: stored as UTF-8.
      const chunk = typeof part === 'string' ? Buffer.from(part) : part;
      size += chunk.byteLength;
      if (size > maxBytes) throw new AssetTooLarge(maxBytes);
      hash.update(chunk);
      yield chunk;
    }
  }
  return { chunks: chunks(), result: () => ({ size, sha256: hash.digest('hex') }) };
}
