import type { ServerClock } from '@plenum/client-kit';
import { useId } from 'react';
import type { TimerView } from '../client/timerReducer.js';
import { ReadyToggle } from './ReadyToggle.js';
import { TimerClock } from './TimerClock.js';
import type { TimerViewMessages } from './timerMessages.js';

export interface CoffeeBreakOverlayProps {
  readonly running: TimerView;
  readonly clock: ServerClock;
  readonly messages: TimerViewMessages;
  readonly onReady: (ready: boolean) => void;
}

/**
 * The coffee break: covers the stage with the title (or "Coffee break"), the large clock and, with a ready check,
 * the Ready toggle and how many are ready. A labelled region, not a dialog: the toolbar stays usable.
 */
export function CoffeeBreakOverlay({ running, clock, messages, onReady }: CoffeeBreakOverlayProps) {
  const headingId = useId();
  const { timer } = running;
  return (
    <section className="coffee-break" aria-labelledby={headingId}>
      <h2 id={headingId} className="coffee-break__title">
        {timer.title || messages.coffeeBreak}
      </h2>
      <TimerClock timer={timer} clock={clock} messages={messages} size="large" />
      {timer.readyCheck && (
        <ReadyToggle
          ready={running.mine}
          count={{ ready: running.ready, total: running.total }}
          messages={messages}
          onChange={onReady}
        />
      )}
    </section>
  );
}
