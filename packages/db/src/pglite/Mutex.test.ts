import { describe, expect, it } from 'vitest';
import { Mutex } from './Mutex.js';

describe('Mutex', () => {
  it('grantsTheLockInRequestOrderOneHolderAtATime', async () => {
    const mutex = new Mutex();
    const events: string[] = [];
    const holder = async (name: string, ticks: number) => {
      const release = await mutex.lock();
      events.push(`${name}+`);
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      events.push(`${name}-`);
      release();
    };
    await Promise.all([holder('a', 5), holder('b', 1), holder('c', 3)]);
    expect(events).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });

  it('ignoresASecondRelease', async () => {
    const mutex = new Mutex();
    const first = await mutex.lock();
    const second = mutex.lock();
    first();
    const releaseSecond = await second;
    first(); // must not let a third holder in while the second holds the lock
    let thirdIn = false;
    const third = mutex.lock().then((release) => {
      thirdIn = true;
      release();
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(thirdIn).toBe(false);
    releaseSecond();
    await third;
    expect(thirdIn).toBe(true);
  });
});
