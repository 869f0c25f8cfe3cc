/**
 * Reconnect delay for attempt `n` (0-based): exponential from `initialMs`, capped at `maxMs`,
 * with ±20 % jitter so many server nodes do not hammer a restarting Janus in lockstep.
 */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number, random: () => number): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (0.8 + 0.4 * random()));
}
