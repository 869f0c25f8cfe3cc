import { FieldGroup } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useId, useState } from 'react';
import type { ModerationUiMessages } from './moderationUiMessages.js';
import { matchingPeople } from './participantFilter.js';

export interface ParticipantChecklistProps {
  readonly legend: string;
  readonly people: readonly ParticipantInfo[];
  readonly isChecked: (participantId: ParticipantId) => boolean;
  readonly onToggle: (participantId: ParticipantId, checked: boolean) => void;
  readonly words: ModerationUiMessages['find'];
  /** Shown instead of the list when `people` is empty. */
  readonly empty: string;
}

/**
 * One checkbox per person under `legend`, with a name filter above (the number of matches is announced), so that
 * a list of 250 stays usable. Filtering only hides people; their boxes keep their state.
 */
export function ParticipantChecklist({ legend, people, isChecked, onToggle, words, empty }: ParticipantChecklistProps) {
  const fieldId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const shown = matchingPeople(people, query);
  return (
    <FieldGroup legend={legend} className="moderation-tools__fieldset">
      {people.length === 0 ? (
        <p className="moderation-tools__hint">{empty}</p>
      ) : (
        <>
          <label htmlFor={fieldId}>{words.filter}</label>
          <input
            id={fieldId}
            type="search"
            autoComplete="off"
            aria-controls={listId}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <p className="moderation-tools__hint" role="status">
            {words.matches(shown.length, people.length)}
          </p>
          <ul id={listId} className="moderation-tools__checklist">
            {shown.map((p) => (
              <li key={p.id}>
                <label className="moderation-tools__check">
                  <input
                    type="checkbox"
                    checked={isChecked(p.id)}
                    onChange={(event) => onToggle(p.id, event.currentTarget.checked)}
                  />
                  {p.displayName}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </FieldGroup>
  );
}
