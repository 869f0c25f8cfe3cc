import type { ServerClock } from '@plenum/client-kit';
import type { TimerView } from '../client/timerReducer.js';
import { TimerClock } from './TimerClock.js';
import type { TimerViewMessages } from './timerMessages.js';

/** The toolbar icon: a stopwatch glyph and the ticking time (hidden from assistive technology; the button says "Timer"). */
export function TimerIcon({
  running,
  clock,
  messages,
}: {
  readonly running: TimerView;
  readonly clock: ServerClock;
  readonly messages: TimerViewMessages;
}) {
  return (
    <span className="timer-icon">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
        <circle cx="12" cy="13" r="7.5" stroke="currentColor" strokeWidth="2" fill="none" />
        <path d="M12 13V9M10 2.5h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <TimerClock timer={running.timer} clock={clock} messages={messages} decorative />
    </span>
  );
}
