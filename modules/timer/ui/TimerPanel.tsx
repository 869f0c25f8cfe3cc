import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { isAskedKind } from '../client/isAskedKind.js';
import type { TimerView } from '../client/timerReducer.js';
import { ReadyToggle } from './ReadyToggle.js';
import { TimerClock } from './TimerClock.js';
import type { TimerViewMessages } from './timerMessages.js';

export interface TimerPanelProps {
  readonly running: TimerView;
  readonly serverTime: number;
  readonly participants: readonly ParticipantInfo[];
  readonly moderator: boolean;
  readonly messages: TimerViewMessages;
  readonly headingId: string;
  readonly onReady: (ready: boolean) => void;
  readonly onStop: () => void;
  readonly onClose: () => void;
}

/**
 * The timer panel: title, the clock, the Ready toggle while a ready check runs, for moderators who is ready and who
 * is not yet, and "Stop timer". The heading takes focus when the panel opens; Escape closes it.
 */
export function TimerPanel({
  running,
  serverTime,
  participants,
  moderator,
  messages,
  headingId,
  onReady,
  onStop,
  onClose,
}: TimerPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  const { timer } = running;
  const readyIds = running.readyIds;
  const asked = participants.filter((p) => isAskedKind(p.kind));
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the panel's controls
    <div className="timer-panel" onKeyDown={onKeyDown}>
      <div className="timer-panel__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {messages.heading}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={messages.close}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {timer.title && <p className="timer-panel__title">{timer.title}</p>}
      <TimerClock timer={timer} serverTime={serverTime} messages={messages} />
      {timer.readyCheck && (
        <ReadyToggle
          ready={running.mine}
          count={{ ready: running.ready, total: running.total }}
          messages={messages}
          onChange={onReady}
        />
      )}
      {timer.readyCheck && moderator && readyIds && (
        <>
          <PeopleList
            heading={messages.readyPeople}
            people={asked.filter((p) => readyIds.includes(p.id))}
            nobody={messages.nobody}
          />
          <PeopleList
            heading={messages.notReadyPeople}
            people={asked.filter((p) => !readyIds.includes(p.id))}
            nobody={messages.nobody}
          />
        </>
      )}
      {moderator && (
        <button type="button" className="button button--small" onClick={onStop}>
          {messages.stop}
        </button>
      )}
    </div>
  );
}

function PeopleList({
  heading,
  people,
  nobody,
}: {
  readonly heading: string;
  readonly people: readonly ParticipantInfo[];
  readonly nobody: string;
}) {
  return (
    <section className="timer-panel__people">
      <h3>{heading}</h3>
      {people.length === 0 ? (
        <p>{nobody}</p>
      ) : (
        <ul>
          {people.map((p) => (
            <li key={p.id}>{p.displayName}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
