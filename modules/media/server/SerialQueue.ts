/**
 * Runs async steps one after another, in the order they were queued, whether earlier steps
 * succeed or fail. The SFU needs this per handle: a trickle must not overtake its offer, and
 * two negotiations must never overlap.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(step: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(step);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
