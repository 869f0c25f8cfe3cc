/**
 * Exponential backoff for signalling reconnects: 0.5 s, 1 s, 2 s, 4 s, then 8 s at most, each
 * with up to 30 % random jitter so that many clients dropped at once (server restart) do not
 * reconnect in lockstep. `random` is injected for tests.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** Math.max(0, attempt), 8000);
  return Math.round(base * (1 + 0.3 * random()));
}
