import { ChoiceGroup } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { type FormEvent, useId, useState } from 'react';
import type { StartChoice } from '../client/talkingStickCommands.js';
import type { SpeakerMode as Mode } from '../protocol.js';
import { arrangedPeople, moved } from './startOrder.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';
import './talkingStick.css';

/** The times per speaker a moderator can choose (seconds; null: no limit), all within the protocol's limits. */
export const timeChoices = [null, 30, 60, 120, 180, 300, 600] as const;

export interface StartFormProps {
  /** The roster in join order; the recorder is never offered. */
  readonly participants: readonly ParticipantInfo[];
  readonly messages: TalkingStickUiMessages;
  readonly onStart: (choice: StartChoice) => void;
}

/**
 * The moderators' form to start a list: how the order is made (radio group), who speaks (a
 * checkbox per person, everyone ticked at first, with "Move up" / "Move down" described by the
 * name to arrange a fixed order; in nominate mode the first ticked person starts), and the time
 * per speaker. Submitting sends exactly the ticked people in the shown order.
 */
export function StartForm({ participants, messages, onStart }: StartFormProps) {
  const baseId = useId();
  const [mode, setMode] = useState<Mode>('fixed');
  const [order, setOrder] = useState<readonly ParticipantId[]>([]);
  const [left, setLeft] = useState<ReadonlySet<ParticipantId>>(new Set());
  const [seconds, setSeconds] = useState<number | null>(null);
  const people = arrangedPeople(participants, order);
  const chosen = people.filter((p) => !left.has(p.id)).map((p) => p.id);
  const move = (index: number, by: -1 | 1) =>
    setOrder(
      moved(
        people.map((p) => p.id),
        index,
        by,
      ),
    );
  const toggle = (id: ParticipantId, on: boolean) => {
    const next = new Set(left);
    if (on) next.delete(id);
    else next.add(id);
    setLeft(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({ mode, participantIds: chosen, secondsPerSpeaker: seconds });
  };
  return (
    <form className="speaker-list__start" onSubmit={submit}>
      <ChoiceGroup
        legend={messages.modeLegend}
        name={`${baseId}-mode`}
        options={messages.modes}
        value={mode}
        onChange={setMode}
      />
      <fieldset className="start-form__group">
        <legend>{messages.whoLegend}</legend>
        <ol className="speaker-list__people">
          {people.map((p, index) => {
            const nameId = `${baseId}-${p.id}`;
            return (
              <li key={p.id} className="speaker-list__person">
                <label className="speaker-list__option">
                  <input type="checkbox" checked={!left.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                  <span id={nameId}>{p.displayName}</span>
                </label>
                {mode !== 'random' && (
                  <span className="speaker-list__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-describedby={nameId}
                      aria-disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      {messages.moveUp}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-describedby={nameId}
                      aria-disabled={index === people.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      {messages.moveDown}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      <label className="speaker-list__field">
        <span>{messages.timeLabel}</span>
        <select
          value={seconds === null ? '' : String(seconds)}
          onChange={(e) => setSeconds(e.target.value === '' ? null : Number(e.target.value))}
        >
          {timeChoices.map((choice) => (
            <option key={choice ?? 'none'} value={choice === null ? '' : String(choice)}>
              {messages.timeOption(choice)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--primary" disabled={chosen.length === 0}>
        {messages.start}
      </button>
    </form>
  );
}
