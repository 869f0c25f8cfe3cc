import type { PeerLike, Schedule } from './peerTypes.js';

/** How long a peer connection may stay `disconnected` before it counts as failed. */
export const disconnectedGraceMs = 5_000;

export interface PeerWatchOptions {
  readonly schedule: Schedule;
  /** The connection reached `connected` (first time or again after a wobble). */
  readonly onConnected: () => void;
  /** The connection is `failed`, or was `disconnected` for longer than the grace period. Called at most once. */
  readonly onFailed: () => void;
  readonly graceMs?: number;
}

/**
 * Watches one peer connection's `connectionState` and reports when it is beyond repair.
 *
 * Why the grace period: `disconnected` is often transient (a Wi-Fi hand-over, a short packet
 * loss burst) and ICE recovers by itself within seconds; only `failed`, or a `disconnected`
 * that lasts, is worth the cost of a new peer connection. Returns a function that stops the
 * watch (call it before closing the peer on purpose).
 */
export function watchPeer(peer: PeerLike, options: PeerWatchOptions): () => void {
  const graceMs = options.graceMs ?? disconnectedGraceMs;
  let cancelGrace: (() => void) | null = null;
  let done = false;
  const stopGrace = () => {
    cancelGrace?.();
    cancelGrace = null;
  };
  const fail = () => {
    if (done) return;
    done = true;
    stopGrace();
    peer.onconnectionstatechange = null;
    options.onFailed();
  };
  peer.onconnectionstatechange = () => {
    if (done) return;
    switch (peer.connectionState) {
      case 'connected':
        stopGrace();
        options.onConnected();
        break;
      case 'disconnected':
        cancelGrace ??= options.schedule(fail, graceMs);
        break;
      case 'failed':
        fail();
        break;
      case 'new':
      case 'connecting':
      case 'closed':
        // `connecting` after `disconnected` is ICE trying again: let the grace timer decide.
        break;
    }
  };
  return () => {
    done = true;
    stopGrace();
    if (peer.onconnectionstatechange) peer.onconnectionstatechange = null;
  };
}
