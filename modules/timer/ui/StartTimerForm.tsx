import { CheckboxOption, ChoiceGroup, StartFormFrame, TextField, useFormProblem } from '@plenum/client-kit/ui';
import { useState } from 'react';
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
 * and, for a countdown (it shows the time left), the coffee-break style. It checks the limits before sending (an
 * alert under the form, the field marked invalid and focused).
 */
export function StartTimerForm({ messages, onStart }: StartTimerFormProps) {
  const m = messages.form;
  const { frame, id, report, invalid } = useFormProblem<'title' | 'minutes'>();
  const [kind, setKind] = useState<TimerKind>('countdown');
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [readyCheck, setReadyCheck] = useState(false);
  const [coffeeBreak, setCoffeeBreak] = useState(false);

  const submit = () => {
    const value = Number(minutes.trim().replace(',', '.'));
    const found =
      [...title.trim()].length > MAX_TITLE_LENGTH
        ? { field: 'title' as const, text: messages.announce.titleTooLong({ maxLength: MAX_TITLE_LENGTH }) }
        : kind === 'countdown' && !(minutes.trim() !== '' && value > 0 && value <= maxMinutes)
          ? { field: 'minutes' as const, text: m.minutesInvalid(maxMinutes) }
          : null;
    if (report(found)) return;
    onStart({ kind, title, minutes: value, style: coffeeBreak ? 'coffeeBreak' : 'normal', readyCheck });
  };

  return (
    <StartFormFrame {...frame} label={m.formLabel} submitLabel={m.start} onSubmit={submit}>
      <ChoiceGroup
        legend={m.kind}
        name={id('kind')}
        options={{ countdown: m.countdown, stopwatch: m.stopwatch }}
        value={kind}
        onChange={setKind}
      />
      <TextField id={id('title')} label={m.title} value={title} onChange={setTitle} {...invalid('title')} />
      {kind === 'countdown' && (
        <TextField
          id={id('minutes')}
          label={m.minutes}
          inputMode="decimal"
          value={minutes}
          onChange={setMinutes}
          {...invalid('minutes')}
        />
      )}
      <CheckboxOption id={id('ready')} label={m.readyCheck} checked={readyCheck} onChange={setReadyCheck} />
      {kind === 'countdown' && (
        <CheckboxOption id={id('coffee')} label={m.coffeeBreak} checked={coffeeBreak} onChange={setCoffeeBreak} />
      )}
    </StartFormFrame>
  );
}
