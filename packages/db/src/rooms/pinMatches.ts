import { timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` equals `stored`, in time that depends only on the length of `stored`: `given` is copied into (or
 * cut to) a buffer of that length and compared with `timingSafeEqual`, and a length difference is decided only
 * afterwards, so neither the content nor where it first differs shows in the timing. For dial-in PINs and
 * conference numbers.
 */
export function pinMatches(stored: string, given: string): boolean {
  const expected = Buffer.from(stored, 'utf8');
  const actual = Buffer.from(given, 'utf8');
  const sameLength = Buffer.alloc(expected.length);
  actual.copy(sameLength, 0, 0, expected.length);
  const sameContent = timingSafeEqual(expected, sameLength);
  return sameContent && actual.length === expected.length;
}
