/** A timer that can be cancelled; cancelling twice, or after it fired, does nothing. */
export interface TimerHandle {
  cancel(): void;
}

/** Where transactions get their timers from, so that tests can run 32 seconds of retransmissions at once. */
export interface Clock {
  setTimer(delayMs: number, callback: () => void): TimerHandle;
}

export const systemClock: Clock = {
  setTimer(delayMs, callback) {
    const timer = setTimeout(callback, delayMs);
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};
