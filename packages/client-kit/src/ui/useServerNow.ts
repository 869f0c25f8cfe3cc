import { useEffect, useState } from 'react';
import { msUntilNextSecond } from '../countdown.js';
import { type ServerClock, serverTimeAt } from '../serverClock.js';

/** A tick fires this much after the second it waits for, so it never reads the clock a hair too early. */
const tickMarginMs = 5;

/**
 * The server's time now, by `clock` (learned when the frame arrived, see `ServerClock`). While `tickFrom` is a server
 * time (a deadline or a start), the component renders again at each whole second counted from it, so every view of
 * the same countdown shows the same second at the same moment; null: no ticking. The one clock hook of every
 * countdown and stopwatch.
 */
export function useServerNow(clock: ServerClock, tickFrom: number | null): number {
  const [, setTicks] = useState(0);
  const { offset } = clock;
  useEffect(() => {
    if (tickFrom === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      const delay = msUntilNextSecond(Date.now() + offset, tickFrom) + tickMarginMs;
      timer = setTimeout(() => {
        setTicks((n) => n + 1);
        wait();
      }, delay);
    };
    wait();
    return () => clearTimeout(timer);
  }, [offset, tickFrom]);
  return serverTimeAt(clock, Date.now());
}
