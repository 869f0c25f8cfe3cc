import { formatClock, type ServerClock } from '@plenum/client-kit';
import { useServerNow } from '@plenum/client-kit/ui';
import { useId } from 'react';
import { shownSeconds, tickOrigin } from '../client/timeLeft.js';
import type { TimerInfo } from '../protocol.js';
import type { TimerViewMessages } from './timerMessages.js';

export interface TimerClockProps {
  readonly timer: TimerInfo;
  /** The server's clock as learned when the timer's frame arrived. */
  readonly clock: ServerClock;
  readonly messages: TimerViewMessages;
  /** `large` for the coffee-break overlay. */
  readonly size?: 'small' | 'large';
  /** Without a visible label (the toolbar's icon): hidden from assistive technology, the button names itself. */
  readonly decorative?: boolean;
}

/**
 * The time left of a countdown or elapsed of a stopwatch, ticking locally each second on the server's clock (`clock`),
 * so the toolbar, the panel and the overlay show the same second however late they open. It is a `timer` role, which
 * is not a live region: screen readers are never interrupted by the ticking (start, one minute left and the end are
 * announced by the module's announcements instead).
 */
export function TimerClock({ timer, clock, messages, size = 'small', decorative = false }: TimerClockProps) {
  const now = useServerNow(clock, tickOrigin(timer));
  const labelId = useId();
  const text = formatClock(shownSeconds(timer, now));
  if (decorative)
    return (
      <span className="timer-clock timer-clock--icon" aria-hidden="true">
        {text}
      </span>
    );
  return (
    <p className={`timer-clock timer-clock--${size}`}>
      <span id={labelId} className="timer-clock__label">
        {timer.endsAt === null ? messages.timeElapsed : messages.timeLeft}
      </span>
      <span role="timer" aria-labelledby={labelId} aria-live="off" className="timer-clock__time">
        {text}
      </span>
    </p>
  );
}
