import type { Clock, TimerHandle } from './Clock.js';

interface PendingTimer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
  cancelled: boolean;
}

/** A test clock: time moves only when `advance` is called, and due timers fire in order. */
export class FakeClock implements Clock {
  private current = 0;
  private created = 0;
  private timers: PendingTimer[] = [];

  get now(): number {
    return this.current;
  }

  /** Timers that have neither fired nor been cancelled. */
  get pending(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  /** Fires the next pending timer (and any due at the same time); returns false when none is pending. */
  advanceToNext(): boolean {
    const times = this.timers.filter((timer) => !timer.cancelled).map((timer) => timer.at);
    if (times.length === 0) return false;
    this.advance(Math.min(...times) - this.current);
    return true;
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    const timer: PendingTimer = { at: this.current + delayMs, order: this.created++, callback, cancelled: false };
    this.timers.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
      },
    };
  }

  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers
        .filter((timer) => !timer.cancelled && timer.at <= target)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (due === undefined) break;
      due.cancelled = true;
      this.current = due.at;
      due.callback();
    }
    this.timers = this.timers.filter((timer) => !timer.cancelled);
    this.current = target;
  }
}
