import { randomInt } from 'node:crypto';
import { MediaError } from '../MediaError.js';
import type { PortRange } from './embeddedJanus.js';

/**
 * Hands out RTP/RTCP port pairs (an even port and the next odd one) from a reserved range.
 *
 * Janus 1.1.2 binds a VideoRoom remote publisher to any free port in 10000–60000 unless it is
 * given one, which collides with everything else on the host; so the adapter reserves a range
 * and picks the ports itself (ADR 0011 §5). Allocation is next-fit: a pair that was just freed
 * is handed out again only after every other free pair, so late packets of a torn-down feed do
 * not land in a new one. The first pair is picked at random (`firstPair` for tests): Janus keeps
 * a removed feed's sockets open while anything still references it, so a new plane (server
 * restart) that started at the bottom of the range would hit the previous plane's pairs.
 * `take` fails `limitReached` when every pair is in use.
 */
export class PortPool {
  readonly #inUse = new Set<number>();
  readonly #first: number;
  readonly #pairs: number;
  #next = 0;

  constructor(range: PortRange, firstPair?: number) {
    if (!Number.isInteger(range.min) || !Number.isInteger(range.max) || range.min < 1 || range.max > 65535) {
      throw new RangeError(`invalid port range ${range.min}-${range.max}`);
    }
    this.#first = range.min % 2 === 0 ? range.min : range.min + 1;
    this.#pairs = Math.max(0, Math.floor((range.max - this.#first + 1) / 2));
    if (this.#pairs === 0) throw new RangeError(`port range ${range.min}-${range.max} holds no even/odd pair`);
    this.#next = (firstPair ?? randomInt(this.#pairs)) % this.#pairs;
  }

  /** How many pairs the range holds. */
  get capacity(): number {
    return this.#pairs;
  }

  /** How many pairs are handed out. */
  get used(): number {
    return this.#inUse.size;
  }

  /** The next free pair; its `rtcp` port is `rtp + 1`. */
  take(): { rtp: number; rtcp: number } {
    for (let i = 0; i < this.#pairs; i++) {
      const index = (this.#next + i) % this.#pairs;
      const rtp = this.#first + 2 * index;
      if (this.#inUse.has(rtp)) continue;
      this.#inUse.add(rtp);
      this.#next = (index + 1) % this.#pairs;
      return { rtp, rtcp: rtp + 1 };
    }
    throw new MediaError('limitReached', `all ${this.#pairs} port pairs of the mixer feed range are in use`);
  }

  /** Gives a pair back; releasing a pair that is not taken does nothing. */
  release(rtp: number): void {
    this.#inUse.delete(rtp);
  }
}
