import { randomInt } from 'node:crypto';

/** A whole number from 0 up to (not including) `below`, uniformly; injected so tests can fix the order. */
export type RandomIndex = (below: number) => number;

/** The server's default: the operating system's cryptographic random source, so nobody can predict the order. */
export const cryptoRandomIndex: RandomIndex = (below) => randomInt(below);

/** A uniformly shuffled copy of `items` (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: RandomIndex): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random(i + 1);
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}
