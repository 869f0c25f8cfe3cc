import type { TimerViewMessages } from './timerMessages.js';

export interface ReadyToggleProps {
  readonly ready: boolean;
  readonly count: { readonly ready: number; readonly total: number };
  readonly messages: TimerViewMessages;
  readonly onChange: (ready: boolean) => void;
}

/** The "Ready" toggle (a pressed button) with how many are ready; the toggle's result is announced by the module. */
export function ReadyToggle({ ready, count, messages, onChange }: ReadyToggleProps) {
  return (
    <div className="timer-ready">
      <button
        type="button"
        className={`button ${ready ? 'button--primary' : ''}`}
        aria-pressed={ready}
        onClick={() => onChange(!ready)}
      >
        {messages.ready}
      </button>
      <span className="timer-ready__count">{messages.readyCount(count.ready, count.total)}</span>
    </div>
  );
}
