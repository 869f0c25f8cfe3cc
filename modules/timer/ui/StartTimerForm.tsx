import { type FormEvent, useId, useRef, useState } from 'react';
import type { TimerDraft } from '../client/timerCommands.js';
import { MAX_DURATION_SECONDS, MAX_TITLE_LENGTH, type TimerKind } from '../protocol.js';
import type { TimerMessages } from './timerMessages.js';

export interface StartTimerFormProps {
  readonly messages: TimerMessages;
  readonly onStart: (draft: TimerDraft) => void;
}

const maxMinutes = MAX_DURATION_SECONDS / 60;

/**
 * The moderators' start form: countdown or stopwatch, an optional title, the minutes of a countdown, the ready check
 * and the coffee-break style. It checks the limits before sending (an alert under the form, the field marked invalid
 * and focused).
 */
export function StartTimerForm({ messages, onStart }: StartTimerFormProps) {
  const m = messages.form;
  const baseId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<TimerKind>('countdown');
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [readyCheck, setReadyCheck] = useState(false);
  const [coffeeBreak, setCoffeeBreak] = useState(false);
  const [problem, setProblem] = useState<{ text: string; field: 'title' | 'minutes' } | null>(null);
  const id = (field: string) => `${baseId}-${field}`;
  const problemId = id('problem');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes.trim().replace(',', '.'));
    const found =
      [...title.trim()].length > MAX_TITLE_LENGTH
        ? { field: 'title' as const, text: messages.announce.titleTooLong({ maxLength: MAX_TITLE_LENGTH }) }
        : kind === 'countdown' && !(minutes.trim() !== '' && value > 0 && value <= maxMinutes)
          ? { field: 'minutes' as const, text: m.minutesInvalid(maxMinutes) }
          : null;
    setProblem(found);
    if (found) {
      form.current?.querySelector<HTMLElement>(`[id="${id(found.field)}"]`)?.focus();
      return;
    }
    onStart({ kind, title, minutes: value, style: coffeeBreak ? 'coffeeBreak' : 'normal', readyCheck });
  };
  const invalid = (field: 'title' | 'minutes') =>
    problem?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': problemId } : {};

  return (
    <form ref={form} className="timer-form" aria-label={m.formLabel} onSubmit={submit} noValidate>
      <fieldset className="timer-form__group">
        <legend>{m.kind}</legend>
        {(['countdown', 'stopwatch'] as const).map((value) => (
          <div key={value} className="timer-form__option">
            <input
              id={id(value)}
              type="radio"
              name={id('kind')}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <label htmlFor={id(value)}>{value === 'countdown' ? m.countdown : m.stopwatch}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor={id('title')}>{m.title}</label>
      <input
        id={id('title')}
        type="text"
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        {...invalid('title')}
      />
      {kind === 'countdown' && (
        <>
          <label htmlFor={id('minutes')}>{m.minutes}</label>
          <input
            id={id('minutes')}
            type="text"
            inputMode="decimal"
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value)}
            {...invalid('minutes')}
          />
        </>
      )}
      <div className="timer-form__option">
        <input
          id={id('ready')}
          type="checkbox"
          checked={readyCheck}
          onChange={(e) => setReadyCheck(e.currentTarget.checked)}
        />
        <label htmlFor={id('ready')}>{m.readyCheck}</label>
      </div>
      <div className="timer-form__option">
        <input
          id={id('coffee')}
          type="checkbox"
          checked={coffeeBreak}
          onChange={(e) => setCoffeeBreak(e.currentTarget.checked)}
        />
        <label htmlFor={id('coffee')}>{m.coffeeBreak}</label>
      </div>
      {problem && (
        <p id={problemId} className="timer-form__problem" role="alert">
          {problem.text}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {m.start}
      </button>
    </form>
  );
}
