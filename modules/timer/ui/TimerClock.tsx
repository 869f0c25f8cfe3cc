import { useId } from 'react';
import { formatClock, shownSeconds } from '../client/timeLeft.js';
import type { TimerInfo } from '../protocol.js';
import type { TimerViewMessages } from './timerMessages.js';
import { useServerNow } from './useServerNow.js';

export interface TimerClockProps {
  readonly timer: TimerInfo;
  readonly serverTime: number;
  readonly messages: TimerViewMessages;
  /** `large` for the coffee-break overlay. */
  readonly size?: 'small' | 'large';
  /** Without a visible label (the toolbar's icon): hidden from assistive technology, the button names itself. */
  readonly decorative?: boolean;
}

/**
 * The time left of a countdown or elapsed of a stopwatch, ticking locally each second. It is a `timer` role, which
 * is not a live region: screen readers are never interrupted by the ticking (start, one minute left and the end are
 * announced by the module's announcements instead).
 */
export function TimerClock({ timer, serverTime, messages, size = 'small', decorative = false }: TimerClockProps) {
  const now = useServerNow(serverTime, true);
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
