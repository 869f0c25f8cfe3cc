import type { ParticipantMenuEntry } from '@plenum/client-kit/ui';
import { FieldGroup, useFocusStaysInList } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { ActionButton } from '@plenum/module-core/ui';
import type { ParticipantId } from '@plenum/protocol';
import { useEffect, useRef, useState } from 'react';
import type { ModerationUiMessages } from './moderationUiMessages.js';
import { ParticipantPicker } from './ParticipantPicker.js';

export interface ParticipantControlsProps {
  /** Everyone else a moderator may act on, in join order. */
  readonly others: readonly ParticipantInfo[];
  /** What this moderator may do to one of them: the same entries, in the same order, as in the participant list. */
  readonly entriesFor: (participant: ParticipantInfo) => readonly ParticipantMenuEntry[];
  readonly messages: ModerationUiMessages['participant'];
  readonly find: ModerationUiMessages['find'];
  /** Shown after each name in the picker (see `ParticipantPicker`). */
  readonly status?: (person: ParticipantInfo) => string;
}

/**
 * One participant at a time: find and choose them in the picker, then act on them with the buttons below (those
 * that cannot be undone or need a name ask in a dialog first). When the chosen person leaves (e.g. was removed),
 * nobody is chosen and focus, if it was lost with them, goes back to the picker.
 */
export function ParticipantControls({ others, entriesFor, messages, find, status }: ParticipantControlsProps) {
  const [chosenId, setChosenId] = useState<ParticipantId | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // A toggle ("Allow screen sharing" → "Stop screen sharing") is a new button once the server answered.
  const actions = useFocusStaysInList<HTMLDivElement>();
  const chosen = others.find((p) => p.id === chosenId);
  const gone = chosenId !== null && chosen === undefined;
  useEffect(() => {
    if (!gone) return;
    setChosenId(null);
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) field.current?.focus();
  }, [gone]);
  if (others.length === 0) return <p className="moderation-tools__hint">{messages.nobody}</p>;
  return (
    <div className="moderation-tools__group">
      <ParticipantPicker
        people={others}
        chosenId={chosenId}
        onChoose={setChosenId}
        words={find}
        fieldRef={field}
        {...(status ? { status } : {})}
      />
      {chosen ? (
        <FieldGroup
          legend={messages.actionsFor(chosen.displayName)}
          key={chosen.id}
          className="moderation-tools__fieldset"
        >
          <div className="moderation-tools__actions" ref={actions}>
            {entriesFor(chosen).map((entry) => (
              <ActionButton key={entry.key} action={entry} />
            ))}
          </div>
        </FieldGroup>
      ) : (
        <p className="moderation-tools__hint">{messages.choose}</p>
      )}
    </div>
  );
}
