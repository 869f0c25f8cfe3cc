/**
 * When to send locally generated frames (prompts, comfort silence): frame k is due at `start + k × interval`, by
 * absolute time, so a timer that fires late makes the next wait shorter instead of shifting every later frame
 * (no drift). After a long stall (the event loop was blocked for more than `maxBurst` frames) the schedule starts
 * over from now rather than sending the whole backlog in one burst that the phone's jitter buffer would drop.
 */
export class PacingSchedule {
  private start: number;
  private next = 0;

  constructor(
    startMs: number,
    private readonly intervalMs: number = 20,
    private readonly maxBurst: number = 3,
  ) {
    this.start = startMs;
  }

  /** Frames sent or skipped so far. */
  get framesDue(): number {
    return this.next;
  }

  /** At a timer tick at `nowMs`: how many frames to send now, and how long to wait for the next tick. */
  tick(nowMs: number): { readonly frames: number; readonly nextDelayMs: number } {
    let frames = Math.floor((nowMs - this.start) / this.intervalMs) + 1 - this.next;
    if (frames > this.maxBurst) {
      this.start = nowMs - this.next * this.intervalMs;
      frames = 1;
    }
    frames = Math.max(0, frames);
    this.next += frames;
    return { frames, nextDelayMs: Math.max(0, this.start + this.next * this.intervalMs - nowMs) };
  }
}
