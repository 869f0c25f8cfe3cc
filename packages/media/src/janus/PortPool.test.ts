import { describe, expect, it } from 'vitest';
import { MediaError } from '../MediaError.js';
import { PortPool } from './PortPool.js';

describe('PortPool', () => {
  it('hands out even RTP ports with RTCP on the next port, inside the range', () => {
    const pool = new PortPool({ min: 22001, max: 22006 }, 0);
    expect(pool.capacity).toBe(2);
    expect(pool.take()).toEqual({ rtp: 22002, rtcp: 22003 });
    expect(pool.take()).toEqual({ rtp: 22004, rtcp: 22005 });
  });

  it('never hands out a pair twice while it is in use, and fails limitReached when full', () => {
    const pool = new PortPool({ min: 22000, max: 22003 });
    const a = pool.take();
    const b = pool.take();
    expect(a.rtp).not.toBe(b.rtp);
    expect(pool.used).toBe(2);
    const error = (() => {
      try {
        pool.take();
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).kind).toBe('limitReached');
  });

  it('reuses a released pair only after the other free pairs (next-fit)', () => {
    const pool = new PortPool({ min: 22000, max: 22005 }, 0);
    const first = pool.take();
    pool.release(first.rtp);
    expect(pool.take().rtp).toBe(22002);
    expect(pool.take().rtp).toBe(22004);
    expect(pool.take().rtp).toBe(22000);
    expect(pool.used).toBe(3);
  });

  it('ignores releasing a pair that is not taken', () => {
    const pool = new PortPool({ min: 22000, max: 22001 });
    expect(pool.capacity).toBe(1);
    pool.release(22000);
    pool.release(12345);
    expect(pool.used).toBe(0);
    expect(pool.take().rtp).toBe(22000);
  });

  it("starts at a random pair unless told, so a new pool does not retry the last one's ports first", () => {
    const starts = new Set(Array.from({ length: 40 }, () => new PortPool({ min: 22000, max: 22999 }).take().rtp));
    expect(starts.size).toBeGreaterThan(1);
    for (const rtp of starts) expect(rtp % 2 === 0 && rtp >= 22000 && rtp <= 22998).toBe(true);
  });

  it('refuses ranges without a whole pair or outside the port space', () => {
    expect(() => new PortPool({ min: 22001, max: 22002 })).toThrow(RangeError);
    expect(() => new PortPool({ min: 0, max: 10 })).toThrow(RangeError);
    expect(() => new PortPool({ min: 65534, max: 65536 })).toThrow(RangeError);
  });
});
