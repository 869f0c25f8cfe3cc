import { defineUiModule, RunningSummary } from '@plenum/client-kit/ui';
import type { TimerAnnouncements } from '../client/timerAnnouncements.js';
import { timerClient } from '../client/timerClient.js';
import { setReady, startTimer, stopTimer } from '../client/timerCommands.js';
import type { TimerState } from '../client/timerReducer.js';
import type { TimerProtocol } from '../protocol.js';
import { CoffeeBreakOverlay } from './CoffeeBreakOverlay.js';
import { StartTimerForm } from './StartTimerForm.js';
import { TimerIcon } from './TimerIcon.js';
import { TimerPanel } from './TimerPanel.js';
import { type TimerMessages, timerMessages } from './timerMessages.js';
import { playTimeUp } from './timerSound.js';
import './timer.css';

/**
 * The timer in the conference: while a timer runs, a "Timer" toolbar button whose icon is the ticking clock (badge 1
 * while this client has not said it is ready), opening the timer panel; the coffee-break overlay over the stage; for
 * owner and moderators a "Timer" section in the moderation panel (start form, or "Stop timer"); a signal when time
 * is up.
 */
export const timerUi = defineUiModule<TimerProtocol, TimerState, TimerMessages, TimerAnnouncements>({
  client: timerClient,
  messages: timerMessages,
  toolbar: ({ state, messages }) => {
    const running = state.running;
    if (!running) return null;
    return {
      label: messages.openPanel,
      icon: <TimerIcon running={running} clock={state.clock} messages={messages.view} />,
      badge: running.timer.readyCheck && !running.mine ? 1 : 0,
    };
  },
  panel: ({ state, self, send, participants, messages, headingId, onClose }) => {
    const running = state.running;
    if (!running) return null;
    return (
      <TimerPanel
        running={running}
        clock={state.clock}
        participants={participants}
        moderator={self.moderator}
        messages={messages.view}
        headingId={headingId}
        onReady={(ready) => send(setReady(running.timer.id, ready))}
        onStop={() => send(stopTimer(running.timer.id))}
        onClose={onClose}
      />
    );
  },
  overlay: ({ state, send, messages }) => {
    const running = state.running;
    if (running?.timer.style !== 'coffeeBreak') return null;
    return (
      <CoffeeBreakOverlay
        running={running}
        clock={state.clock}
        messages={messages.view}
        onReady={(ready) => send(setReady(running.timer.id, ready))}
      />
    );
  },
  moderation: ({ state, self, send, messages }) => {
    if (!self.moderator) return null;
    const running = state.running;
    return {
      heading: messages.moderationHeading,
      content: running ? (
        <RunningSummary
          lines={[messages.form.running(running.timer.title)]}
          stopLabel={messages.view.stop}
          onStop={() => send(stopTimer(running.timer.id))}
        />
      ) : (
        <StartTimerForm messages={messages} onStart={(draft) => send(startTimer(draft))} />
      ),
    };
  },
  sound: playTimeUp,
});
