/**
 * A FIFO lock for one async resource. `lock()` resolves with a release function once every earlier holder has
 * released; waiters are served in the order they asked. Used to give PGlite's single session to one Kysely
 * "connection" at a time.
 */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for the lock. The returned function releases it; calling it more than once is harmless. */
  lock(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.#tail.then(() => {
      let done = false;
      return () => {
        if (!done) {
          done = true;
          release();
        }
      };
    });
    this.#tail = released;
    return acquired;
  }
}
