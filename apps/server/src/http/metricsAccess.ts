import { timingSafeEqual } from 'node:crypto';

/** What the metrics guard reads of a request. */
export interface MetricsRequest {
  /** The TCP peer's address (not a forwarded one). */
  readonly peer: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Headers a reverse proxy adds: a request carrying one came from somewhere else, whatever its TCP peer. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

/**
 * Who may read `/metrics` (room and participant counts, Janus health: operational data, not for the public). With a
 * token configured (`metricsToken`), exactly the requests that present it as `Authorization: Bearer <token>`. Without
 * one, only monitoring on the machine itself: a loopback peer and no proxy's forwarding header — a request a reverse
 * proxy passed on from outside carries `X-Forwarded-For` or `Forwarded` (a proxy that sets neither must be given a
 * token). Everyone else gets the same 404 as for a path that does not exist.
 */
export function mayReadMetrics(request: MetricsRequest, token: string | undefined): boolean {
  if (token !== undefined) {
    const given = request.headers.authorization;
    if (typeof given !== 'string') return false;
    const expected = Buffer.from(`Bearer ${token}`);
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
  return isLoopback(request.peer) && FORWARDING_HEADERS.every((h) => request.headers[h] === undefined);
}
