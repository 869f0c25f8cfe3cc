import { type FormEvent, useId, useRef, useState } from 'react';
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
  const baseId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [topic, setTopic] = useState('');
  const [choices, setChoices] = useState<readonly string[]>(['', '']);
  const [multiple, setMultiple] = useState(false);
  const [results, setResults] = useState<ResultVisibility>('live');
  const [changeable, setChangeable] = useState(false);
  const [minutes, setMinutes] = useState('');
  const [problem, setProblem] = useState<{ text: string; field: Field } | null>(null);
  const id = (field: string | number) => `${baseId}-${field}`;
  const problemId = `${baseId}-problem`;

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

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    if (found) {
      const shown = describe(found);
      setProblem(shown);
      const target = shown.field === 'choices' ? id(0) : id(shown.field);
      form.current?.querySelector<HTMLElement>(`[id="${target}"]`)?.focus();
      return;
    }
    setProblem(null);
    onStart(draft);
    setTopic('');
    setChoices(['', '']);
    setMinutes('');
  };

  const invalid = (field: Field) =>
    problem && (problem.field === field || (problem.field === 'choices' && typeof field === 'number'))
      ? { 'aria-invalid': true as const, 'aria-describedby': problemId }
      : {};

  return (
    <form ref={form} className="poll-form" aria-label={m.formLabel} onSubmit={submit} noValidate>
      <label htmlFor={id('topic')}>{m.topic}</label>
      <input
        id={id('topic')}
        type="text"
        value={topic}
        onChange={(e) => setTopic(e.currentTarget.value)}
        {...invalid('topic')}
      />
      <fieldset className="poll-form__group">
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
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="16" height="16">
                  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                </svg>
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
      <div className="poll-form__option">
        <input
          id={id('multiple')}
          type="checkbox"
          checked={multiple}
          onChange={(e) => setMultiple(e.currentTarget.checked)}
        />
        <label htmlFor={id('multiple')}>{m.multiple}</label>
      </div>
      <div className="poll-form__option">
        <input
          id={id('changeable')}
          type="checkbox"
          checked={changeable}
          onChange={(e) => setChangeable(e.currentTarget.checked)}
        />
        <label htmlFor={id('changeable')}>{m.changeable}</label>
      </div>
      <fieldset className="poll-form__group">
        <legend>{m.results}</legend>
        {(['live', 'hidden'] as const).map((value) => (
          <div key={value} className="poll-form__option">
            <input
              id={id(`results-${value}`)}
              type="radio"
              name={`${baseId}-results`}
              checked={results === value}
              onChange={() => setResults(value)}
            />
            <label htmlFor={id(`results-${value}`)}>{value === 'live' ? m.resultsLive : m.resultsHidden}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor={id('duration')}>{m.duration}</label>
      <input
        id={id('duration')}
        type="text"
        inputMode="decimal"
        value={minutes}
        onChange={(e) => setMinutes(e.currentTarget.value)}
        aria-describedby={problem?.field === 'duration' ? `${problemId} ${id('durationHint')}` : id('durationHint')}
        {...(problem?.field === 'duration' ? { 'aria-invalid': true as const } : {})}
      />
      <p id={id('durationHint')} className="poll-form__hint">
        {m.durationHint}
      </p>
      {problem && (
        <p id={problemId} className="poll-form__problem" role="alert">
          {problem.text}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {m.start}
      </button>
    </form>
  );
}
