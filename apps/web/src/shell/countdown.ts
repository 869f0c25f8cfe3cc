import { useEffect, useState } from 'react';

/**
 * A waiting time for people to read: seconds under a minute ("45 s"), else minutes with the rest in seconds ("4 min
 * 55 s", "5 min"). SI units, the same in German and English.
 */
export function formatWait(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** Seconds left of a wait of `total` seconds that started at `startedAt`, at `now` (milliseconds); never below 0. */
export function secondsLeft(total: number, startedAt: number, now: number): number {
  return Math.max(0, Math.ceil(total - (now - startedAt) / 1000));
}

/**
 * Counts `seconds` down to 0, once a second, from when it is given (again: a new `start` restarts it, e.g. a new
 * error object). Null means no wait; the answer is then 0.
 */
export function useCountdown(seconds: number | null, start: unknown): number {
  const [left, setLeft] = useState(seconds ?? 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `start` restarts the countdown for a new wait
  useEffect(() => {
    if (seconds === null || seconds <= 0) {
      setLeft(0);
      return;
    }
    const startedAt = Date.now();
    setLeft(seconds);
    const timer = window.setInterval(() => {
      const next = secondsLeft(seconds, startedAt, Date.now());
      setLeft(next);
      if (next === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [seconds, start]);
  return left;
}
