import type { Schedule } from './peerTypes.js';

/** The two peer connections of a signalling connection, each recovered on its own. */
export type RecoveryTarget = 'publisher' | 'subscriber';

/** Backoff before the n-th consecutive rebuild (0-based): 1 s, 2 s, 4 s, 8 s, then 15 s at most. */
export function recoveryDelay(attempt: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, attempt), 15_000);
}

/** How long a rebuilt connection must stay connected before the backoff starts again at 1 s. */
export const recoveryStableMs = 10_000;

export interface MediaRecoveryOptions {
  readonly schedule: Schedule;
  /**
   * Rebuilds `target` now. Returns false when there is nothing to wait for (for instance a
   * publisher without any source), which counts as restored at once.
   */
  readonly restart: (target: RecoveryTarget) => boolean;
  /** Whether any target is failed and not yet connected again; called on every change. */
  readonly onRestoringChange: (restoring: boolean) => void;
  readonly stableMs?: number;
}

interface TargetState {
  attempt: number;
  restoring: boolean;
  cancelRestart: (() => void) | null;
  cancelStable: (() => void) | null;
}

/**
 * Decides when a failed publisher or subscriber peer connection is rebuilt.
 *
 * Contract: `failed(target)` schedules one rebuild after the target's current backoff; more
 * failure reports before it runs are absorbed, so the client never rebuilds faster than the
 * backoff however often the browser complains. `connected(target)` ends the restoring state,
 * and once the connection has stayed up for `stableMs` the backoff starts over. `reset()`
 * forgets everything without a change report (the owner tears down all peers, e.g. on a
 * signalling reconnect, and shows that state by other means).
 */
export class MediaRecovery {
  readonly #options: MediaRecoveryOptions;
  readonly #targets: Record<RecoveryTarget, TargetState> = { publisher: fresh(), subscriber: fresh() };
  #restoring = false;

  constructor(options: MediaRecoveryOptions) {
    this.#options = options;
  }

  /** True while a failed connection waits for its rebuild or for the rebuilt one to connect. */
  get restoring(): boolean {
    return this.#restoring;
  }

  /** The number of rebuilds since `target` was last stable. */
  attempts(target: RecoveryTarget): number {
    return this.#targets[target].attempt;
  }

  failed(target: RecoveryTarget): void {
    const state = this.#targets[target];
    state.cancelStable?.();
    state.cancelStable = null;
    state.restoring = true;
    this.#emit();
    if (state.cancelRestart) return;
    const delay = recoveryDelay(state.attempt);
    state.attempt++;
    state.cancelRestart = this.#options.schedule(() => {
      state.cancelRestart = null;
      if (!this.#options.restart(target)) this.#restored(target);
    }, delay);
  }

  connected(target: RecoveryTarget): void {
    const state = this.#targets[target];
    if (state.cancelRestart) return; // a rebuild is already due; this is the old connection waking up
    this.#restored(target);
  }

  reset(): void {
    for (const state of Object.values(this.#targets)) {
      state.cancelRestart?.();
      state.cancelStable?.();
      Object.assign(state, fresh());
    }
    this.#restoring = false;
  }

  #restored(target: RecoveryTarget): void {
    const state = this.#targets[target];
    state.restoring = false;
    if (state.attempt > 0 && !state.cancelStable) {
      state.cancelStable = this.#options.schedule(() => {
        state.cancelStable = null;
        state.attempt = 0;
      }, this.#options.stableMs ?? recoveryStableMs);
    }
    this.#emit();
  }

  #emit(): void {
    const restoring = this.#targets.publisher.restoring || this.#targets.subscriber.restoring;
    if (restoring === this.#restoring) return;
    this.#restoring = restoring;
    this.#options.onRestoringChange(restoring);
  }
}

function fresh(): TargetState {
  return { attempt: 0, restoring: false, cancelRestart: null, cancelStable: null };
}
