import type { ServerClock } from '@plenum/client-kit';
import { ModulePanel } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { useId } from 'react';
import { isAskedKind } from '../client/isAskedKind.js';
import type { TimerView } from '../client/timerReducer.js';
import { ReadyToggle } from './ReadyToggle.js';
import { TimerClock } from './TimerClock.js';
import type { TimerViewMessages } from './timerMessages.js';

export interface TimerPanelProps {
  readonly running: TimerView;
  readonly clock: ServerClock;
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
 * is not yet, and "Stop timer", in the modules' panel frame (the heading takes focus when it opens; Escape closes it).
 */
export function TimerPanel({
  running,
  clock,
  participants,
  moderator,
  messages,
  headingId,
  onReady,
  onStop,
  onClose,
}: TimerPanelProps) {
  const { timer } = running;
  const readyIds = running.readyIds;
  const asked = participants.filter((p) => isAskedKind(p.kind));
  return (
    <ModulePanel
      className="timer-panel"
      headingId={headingId}
      heading={messages.heading}
      closeLabel={messages.close}
      onClose={onClose}
    >
      {timer.title && <p className="timer-panel__title">{timer.title}</p>}
      <TimerClock timer={timer} clock={clock} messages={messages} />
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
    </ModulePanel>
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
  const headingId = useId();
  return (
    <section className="timer-panel__people">
      <h3 id={headingId}>{heading}</h3>
      {people.length === 0 ? (
        <p>{nobody}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {people.map((p) => (
            <li key={p.id}>{p.displayName}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
