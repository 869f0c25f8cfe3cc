import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ActionButton } from './ActionButton.js';
import type { ParticipantAction } from './participantAction.js';

export type { ParticipantAction } from './participantAction.js';

/**
 * A participant's actions behind a disclosure button ("Actions for Alice", `aria-expanded`):
 * the actions appear as ordinary buttons below it, named by what they do and described by the
 * participant's name. Doing one, or Escape, closes the disclosure and returns focus to its
 * button; Escape stops there so the panel around it stays open. An action that asks first (a
 * confirmation, a form) opens its dialog and keeps the disclosure open until it is done.
 */
export function ParticipantActions({
  actions,
  label,
  nameId,
  onActed,
}: {
  readonly actions: readonly ParticipantAction[];
  /** Accessible name of the disclosure button. */
  readonly label: string;
  /** Id of the element holding the participant's name, which describes each action. */
  readonly nameId: string;
  /** Called right before any of the actions is done (the list may then lose this person, e.g. removed). */
  readonly onActed?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const groupId = useId();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) group.current?.querySelector('button')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  if (actions.length === 0) return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is caught as it bubbles up from the buttons inside
    <div className="participant-actions" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="icon-button participant-actions__toggle"
        aria-label={label}
        aria-expanded={open}
        aria-controls={groupId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" width="20" height="20">
          <circle cx="5" cy="12" r="2" fill="currentColor" />
          <circle cx="12" cy="12" r="2" fill="currentColor" />
          <circle cx="19" cy="12" r="2" fill="currentColor" />
        </svg>
      </button>
      <div ref={group} id={groupId} className="participant-actions__group" hidden={!open}>
        {actions.map((action) => (
          <ActionButton
            key={action.key}
            action={action}
            describedBy={nameId}
            onDone={() => {
              onActed?.();
              close();
            }}
          />
        ))}
      </div>
    </div>
  );
}
