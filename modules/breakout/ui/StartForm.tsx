import { CheckboxOption, ChoiceGroup, StartFormFrame } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ErrorOf } from '@plenum/protocol';
import { useId, useState } from 'react';
import { limitOf } from '../client/breakoutAnnouncements.js';
import { checkStart, type StartForm as Form, resizeNames, startCommand } from '../client/breakoutCommands.js';
import { type BreakoutProtocol, breakoutLimits } from '../protocol.js';
import { AssignmentList } from './AssignmentList.js';
import type { BreakoutMessages } from './breakoutMessages.js';

export interface StartFormProps {
  /** Everyone who can be placed (the recorder is left out by the caller). */
  readonly people: readonly ParticipantInfo[];
  /** The server's latest refusal of this client's command, if any. */
  readonly lastError: ErrorOf<BreakoutProtocol> | null;
  readonly messages: BreakoutMessages;
  readonly onStart: (command: ReturnType<typeof startCommand>) => void;
}

/**
 * The moderators' form to open breakout rooms: number of rooms, optional names, random or manual
 * assignment (a room choice per person), free choice and an optional duration. It checks the
 * limits before sending and says what is wrong above the button (an alert for its own check; the
 * server's last refusal as plain text).
 */
export function StartForm({ people, lastError, messages, onStart }: StartFormProps) {
  const id = useId();
  const [names, setNames] = useState<string[]>(() => resizeNames([], 2));
  const [mode, setMode] = useState<Form['mode']>('random');
  const [manual, setManual] = useState<Record<string, number>>({});
  const [duration, setDuration] = useState('');
  const [freeChoice, setFreeChoice] = useState(false);
  const [checked, setChecked] = useState<ErrorOf<BreakoutProtocol> | null>(null);

  const submit = () => {
    const minutes = duration.trim() === '' ? null : Number(duration);
    const form: Form = { names, mode, manual, durationMinutes: minutes, freeChoice };
    const problem = checkStart(form);
    setChecked(problem);
    if (!problem) onStart(startCommand(form));
  };
  const shown = checked ?? lastError;
  const choices = [
    { value: '', label: messages.room(null) },
    ...names.map((name, i) => ({
      value: String(i + 1),
      label: messages.room({ number: i + 1, name: name.trim() || null }),
    })),
  ];
  return (
    <StartFormFrame
      className="breakout-form"
      submitLabel={messages.open}
      onSubmit={submit}
      problem={
        shown && { id: `${id}-error`, text: messages.error(shown.error, limitOf(shown)), alert: checked !== null }
      }
    >
      <div className="field">
        <label htmlFor={`${id}-count`}>{messages.roomCount}</label>
        <input
          id={`${id}-count`}
          type="number"
          inputMode="numeric"
          min={1}
          max={breakoutLimits.maxRooms}
          value={names.length}
          onChange={(e) => setNames(resizeNames(names, Number(e.currentTarget.value) || 0))}
        />
      </div>
      <details className="breakout-form__names">
        <summary>{messages.roomNames}</summary>
        <p className="field__hint">{messages.roomNamesHint}</p>
        {names.map((name, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a room is its position in the list
          <div className="field" key={i}>
            <label htmlFor={`${id}-name-${i}`}>{messages.roomName(i + 1)}</label>
            <input
              id={`${id}-name-${i}`}
              type="text"
              maxLength={breakoutLimits.roomNameMaxLength}
              value={name}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setNames(names.map((n, j) => (j === i ? value : n)));
              }}
            />
          </div>
        ))}
      </details>
      <ChoiceGroup
        legend={messages.assignment}
        name={`${id}-mode`}
        options={{ random: messages.random, manual: messages.manual }}
        value={mode}
        onChange={setMode}
      />
      {mode === 'manual' && (
        <div className="breakout-form__manual">
          <p className="field__hint">{messages.manualHint}</p>
          <AssignmentList
            people={people}
            choices={choices}
            chosenFor={(pid) => String(manual[pid] ?? '')}
            labelFor={messages.roomFor}
            onChange={(pid, value) => setManual({ ...manual, [pid]: Number(value) || 0 })}
          />
        </div>
      )}
      <CheckboxOption id={`${id}-free`} label={messages.freeChoice} checked={freeChoice} onChange={setFreeChoice} />
      <div className="field">
        <label htmlFor={`${id}-duration`}>{messages.duration}</label>
        <input
          id={`${id}-duration`}
          type="number"
          inputMode="numeric"
          min={1}
          max={breakoutLimits.maxDurationSeconds / 60}
          value={duration}
          aria-describedby={`${id}-duration-hint`}
          onChange={(e) => setDuration(e.currentTarget.value)}
        />
        <p id={`${id}-duration-hint`} className="field__hint">
          {messages.durationHint}
        </p>
      </div>
    </StartFormFrame>
  );
}
