import type { JanusInbound } from './janusMessages.js';

/**
 * `ack`: the request is complete when Janus acknowledges it (keepalive, trickle).
 * `result`: it is complete with the `success`, `pong` or plugin `event` that carries its transaction.
 */
export type ReplyExpectation = 'ack' | 'result';

/** The slice of the client that sessions and handles use to talk to Janus. */
export interface JanusRequester {
  /**
   * Sends one request (transaction and `apisecret` are added) and resolves with the reply that
   * completes it. Rejects with `MediaError`: `unavailable` when the socket is down or Janus does
   * not answer in time, or the mapped kind of Janus's own error.
   */
  request(body: Readonly<Record<string, unknown>>, expect: ReplyExpectation, label: string): Promise<JanusInbound>;
}
