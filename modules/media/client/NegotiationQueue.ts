/**
 * Serialises SDP negotiations: at most one runs at a time. Requests made while one is in flight
 * coalesce into a single follow-up run, which then sees the latest local state (every offer
 * lists all current tracks, so intermediate states need no offer of their own).
 *
 * Why: the server, like any SFU, handles one offer/answer exchange per peer connection at a
 * time; a second offer before the first answer would corrupt the signalling state.
 */
export class NegotiationQueue {
  readonly #negotiate: () => Promise<void>;
  readonly #onError: (error: unknown) => void;
  #running: Promise<void> | null = null;
  #pending = false;
  #closed = false;

  constructor(negotiate: () => Promise<void>, onError: (error: unknown) => void) {
    this.#negotiate = negotiate;
    this.#onError = onError;
  }

  /** Asks for a negotiation of the current state; returns when the queue is idle again. */
  request(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#running) {
      this.#pending = true;
      return this.#running;
    }
    this.#running = this.#drain();
    return this.#running;
  }

  /** Resolves once no negotiation is running or pending. */
  whenIdle(): Promise<void> {
    return this.#running ?? Promise.resolve();
  }

  /** Drops pending requests; a run in flight finishes but nothing follows it. */
  close(): void {
    this.#closed = true;
    this.#pending = false;
  }

  async #drain(): Promise<void> {
    try {
      do {
        this.#pending = false;
        try {
          await this.#negotiate();
        } catch (error) {
          if (!this.#closed) this.#onError(error);
        }
      } while (this.#pending && !this.#closed);
    } finally {
      this.#running = null;
    }
  }
}
