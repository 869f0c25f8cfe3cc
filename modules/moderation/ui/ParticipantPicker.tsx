import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { ModerationUiMessages } from './moderationUiMessages.js';
import { matchingPeople, movedChoice } from './participantFilter.js';

export interface ParticipantPickerProps {
  readonly people: readonly ParticipantInfo[];
  readonly chosenId: ParticipantId | null;
  readonly onChoose: (participantId: ParticipantId) => void;
  readonly words: ModerationUiMessages['find'];
  /** The text field, for focusing it from outside (e.g. after the chosen person left). */
  readonly fieldRef?: RefObject<HTMLInputElement | null>;
  /** Shown after a name, to tell people of the same name apart ("Guest · muted"); it describes the option. */
  readonly status?: (person: ParticipantInfo) => string;
}

/**
 * Choosing one person among up to 250: a combobox (one label) whose list of names is always shown below it. Typing
 * filters the list by name (every word, ignoring accents and case) and the number of matches is announced; Up, Down,
 * Page Up and Page Down choose in the list while focus stays in the field (`aria-activedescendant`), a click chooses
 * too, Enter chooses the first match when none is chosen yet (type a name, press Enter), and Escape clears the
 * filter. The chosen person stays chosen while the filter hides them.
 */
export function ParticipantPicker({ people, chosenId, onChoose, words, fieldRef, status }: ParticipantPickerProps) {
  const labelId = useId();
  const fieldId = useId();
  const listId = useId();
  const ownField = useRef<HTMLInputElement>(null);
  const field = fieldRef ?? ownField;
  const [query, setQuery] = useState('');
  const shown = matchingPeople(people, query);
  const index = shown.findIndex((p) => p.id === chosenId);
  const optionId = (participantId: string) => `${listId}-${participantId}`;
  useEffect(() => {
    if (chosenId !== null) document.getElementById(`${listId}-${chosenId}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [chosenId, listId]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Escape first clears the filter; on an empty field it goes on (and closes the panel around it).
    if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
      return;
    }
    const next = movedChoice(event.key, index, shown.length);
    // Enter never submits anything around the field, even with nothing to choose.
    if (event.key === 'Enter') event.preventDefault();
    if (next === null) return;
    event.preventDefault();
    const person = shown[next];
    if (person) onChoose(person.id);
  };
  const chosen = index >= 0 ? shown[index] : undefined;
  return (
    <div className="participant-picker">
      <label id={labelId} htmlFor={fieldId}>
        {words.participant}
      </label>
      <input
        ref={field}
        id={fieldId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={shown.length > 0}
        aria-activedescendant={chosen ? optionId(chosen.id) : undefined}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p className="moderation-tools__hint" role="status">
        {words.matches(shown.length, people.length)}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-labelledby={labelId}
        className="participant-picker__list"
        hidden={shown.length === 0}
      >
        {shown.map((p) => {
          const about = status?.(p) ?? '';
          // The status describes the option; its name stays the person's name.
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox field above handles the keys for its options
            <div
              key={p.id}
              id={optionId(p.id)}
              role="option"
              tabIndex={-1}
              aria-selected={p.id === chosenId}
              aria-describedby={about === '' ? undefined : `${optionId(p.id)}-status`}
              className="participant-picker__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                onChoose(p.id);
                field.current?.focus();
              }}
            >
              {p.displayName}
              {about !== '' && (
                <span id={`${optionId(p.id)}-status`} className="participant-picker__status" aria-hidden="true">
                  {about}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
