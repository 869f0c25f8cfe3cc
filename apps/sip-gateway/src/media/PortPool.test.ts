import { describe, expect, it } from 'vitest';
import { PortPool } from './PortPool.js';

describe('PortPool', () => {
  it('hands out only even ports of the range', () => {
    const pool = new PortPool({ min: 20001, max: 20008 });
    expect([pool.acquire(), pool.acquire(), pool.acquire(), pool.acquire()]).toEqual([20002, 20004, 20006, 20008]);
    expect(pool.acquire()).toBeUndefined();
  });

  it('hands a released port out last (round-robin), so late packets of an old call miss the next one', () => {
    const pool = new PortPool({ min: 20000, max: 20004 });
    const first = pool.acquire();
    pool.acquire();
    pool.release(first as number);
    expect(pool.acquire()).toBe(20004);
    expect(pool.acquire()).toBe(20000);
    expect(pool.free).toBe(0);
  });

  it('refuses ranges without an even port or outside the unprivileged ports', () => {
    expect(() => new PortPool({ min: 20001, max: 20001 })).toThrow(RangeError);
    expect(() => new PortPool({ min: 80, max: 100 })).toThrow(RangeError);
    expect(() => new PortPool({ min: 30000, max: 20000 })).toThrow(RangeError);
  });
});
