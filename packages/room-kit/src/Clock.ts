/** Time as the room runtime sees it. Injected so scenario tests can run on a fake clock. */
export interface Clock {
  now(): number;
  setTimer(ms: number, fire: () => void): TimerId;
  clearTimer(id: TimerId): void;
}

export type TimerId = { readonly __timer: unique symbol };

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (ms, fire) => {
    const handle = setTimeout(fire, ms);
    handle.unref?.();
    return handle as unknown as TimerId;
  },
  clearTimer: (id) => clearTimeout(id as unknown as NodeJS.Timeout),
};
