import {
  CheckboxOption,
  ChoiceGroup,
  CloseIcon,
  StartFormFrame,
  TextField,
  useFormProblem,
} from '@plenum/client-kit/ui';
import { useState } from 'react';
import { type DraftProblem, draftProblem } from '../client/pollDraftProblem.js';
import type { PollDraft } from '../client/pollsCommands.js';
import { MAX_CHOICES, type ResultVisibility } from '../protocol.js';
import type { PollsMessages } from './pollsMessages.js';

export interface StartPollFormProps {
  readonly messages: PollsMessages;
  readonly onStart: (draft: PollDraft) => void;
}

type Field = 'topic' | 'choices' | 'duration' | number;

/**
 * The moderators' start form: question, answers (two rows to begin with, up to the limit; blank rows are left out),
 * several answers or one, live or hidden results, whether votes may change, and an optional duration in minutes.
 * It checks the server's limits before sending; a problem is shown under the form (an alert), the field is marked
 * invalid and gets focus. After sending, the form is empty again.
 */
export function StartPollForm({ messages, onStart }: StartPollFormProps) {
  const m = messages.form;
  const { frame, problem, problemId, id, report, invalidIf } = useFormProblem<Field>();
  const [topic, setTopic] = useState('');
  const [choices, setChoices] = useState<readonly string[]>(['', '']);
  const [multiple, setMultiple] = useState(false);
  const [results, setResults] = useState<ResultVisibility>('live');
  const [changeable, setChangeable] = useState(false);
  const [minutes, setMinutes] = useState('');

  const rowsWithText = () => choices.flatMap((c, row) => (c.trim() === '' ? [] : [row]));
  const describe = (p: DraftProblem): { text: string; field: Field } => {
    const a = messages.announce;
    switch (p.error) {
      case 'invalidTopic':
        return { text: a.topicInvalid({ maxLength: p.maxLength }), field: 'topic' };
      case 'invalidChoiceCount':
        return { text: a.choiceCountInvalid({ min: p.min, max: p.max }), field: 'choices' };
      case 'invalidChoice': {
        const row = rowsWithText()[p.index] ?? 0;
        return { text: a.choiceInvalid({ position: row + 1, maxLength: p.maxLength }), field: row };
      }
      case 'duplicateChoice': {
        const row = rowsWithText()[p.index] ?? 0;
        return { text: a.choiceDuplicate({ position: row + 1 }), field: row };
      }
      case 'invalidDuration':
        return { text: a.durationInvalid({ minSeconds: p.minSeconds, maxSeconds: p.maxSeconds }), field: 'duration' };
    }
  };

  const submit = () => {
    const trimmed = minutes.trim();
    const draft: PollDraft = {
      topic,
      choices,
      multiple,
      results,
      changeable,
      durationSeconds: trimmed === '' ? undefined : Math.round(Number(trimmed.replace(',', '.')) * 60),
    };
    const found = draftProblem(draft);
    const shown = found && describe(found);
    // A problem with the answers as a whole goes to the first answer.
    if (report(shown, shown?.field === 'choices' ? 0 : shown?.field)) return;
    onStart(draft);
    setTopic('');
    setChoices(['', '']);
    setMinutes('');
  };
  /** An answer row is invalid when it is the problem's, or when the problem is with the answers as a whole. */
  const invalid = (field: Field) =>
    invalidIf(problem?.field === field || (problem?.field === 'choices' && typeof field === 'number'));

  return (
    <StartFormFrame {...frame} label={m.formLabel} submitLabel={m.start} onSubmit={submit}>
      <TextField id={id('topic')} label={m.topic} value={topic} onChange={setTopic} {...invalid('topic')} />
      <fieldset className="start-form__group poll-form__answers">
        <legend>{m.answers}</legend>
        {choices.map((choice, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; their text is the input's value
          <div key={row} className="poll-form__answer">
            <label htmlFor={id(row)} className="visually-hidden">
              {m.answer(row + 1)}
            </label>
            <input
              id={id(row)}
              type="text"
              value={choice}
              placeholder={m.answer(row + 1)}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setChoices(choices.map((c, i) => (i === row ? value : c)));
              }}
              {...invalid(row)}
            />
            {choices.length > 2 && (
              <button
                type="button"
                className="icon-button"
                aria-label={m.removeAnswer(row + 1)}
                onClick={() => setChoices(choices.filter((_, i) => i !== row))}
              >
                <CloseIcon size={16} />
              </button>
            )}
          </div>
        ))}
        {choices.length < MAX_CHOICES && (
          <button type="button" className="button button--small" onClick={() => setChoices([...choices, ''])}>
            {m.addAnswer}
          </button>
        )}
      </fieldset>
      <CheckboxOption id={id('multiple')} label={m.multiple} checked={multiple} onChange={setMultiple} />
      <CheckboxOption id={id('changeable')} label={m.changeable} checked={changeable} onChange={setChangeable} />
      <ChoiceGroup
        legend={m.results}
        name={id('results')}
        options={{ live: m.resultsLive, hidden: m.resultsHidden }}
        value={results}
        onChange={setResults}
      />
      <TextField
        id={id('duration')}
        label={m.duration}
        inputMode="decimal"
        value={minutes}
        onChange={setMinutes}
        aria-describedby={problem?.field === 'duration' ? `${problemId} ${id('durationHint')}` : id('durationHint')}
        {...(problem?.field === 'duration' ? { 'aria-invalid': true as const } : {})}
      />
      <p id={id('durationHint')} className="poll-form__hint">
        {m.durationHint}
      </p>
    </StartFormFrame>
  );
}
