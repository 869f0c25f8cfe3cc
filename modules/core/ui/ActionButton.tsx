import { useRef, useState } from 'react';
import { ActionDialog } from './ActionDialog.js';
import { actionButtonClass } from './menuOrder.js';
import type { ParticipantAction } from './participantAction.js';

export interface ActionButtonProps {
  readonly action: ParticipantAction;
  /** Its classes; by default a small button, dangerous when it asks first (see `actionButtonClass`). */
  readonly className?: string;
  /** Id of an element that describes the button, e.g. the participant's name. */
  readonly describedBy?: string;
  /**
   * Called when the action is done, right before it happens (at once, after confirming, or on submitting its form);
   * focus is then the caller's to place. Without it, focus stays on (or returns to) this button.
   */
  readonly onDone?: () => void;
}

/**
 * The button of one action (`data-action` carries its key). An action with a `confirm` step or a `form` opens its
 * dialog first (`aria-haspopup="dialog"`); Cancel or Escape there return focus to this button and do nothing.
 */
export function ActionButton({
  action,
  className = actionButtonClass(action),
  describedBy,
  onDone,
}: ActionButtonProps) {
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const asksFirst = action.form !== undefined || action.confirm !== undefined;
  const done = () => {
    if (onDone) onDone();
    else button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        data-action={action.key}
        aria-describedby={describedBy}
        aria-haspopup={asksFirst ? 'dialog' : undefined}
        aria-disabled={action.disabled === true ? true : undefined}
        onClick={() => {
          if (action.disabled === true) return;
          if (asksFirst) setAsking(true);
          else if (action.form === undefined) {
            onDone?.();
            action.onSelect();
          }
        }}
      >
        {action.label}
      </button>
      {asking && (
        <ActionDialog
          action={action}
          onCancel={() => {
            setAsking(false);
            button.current?.focus();
          }}
          onDone={() => {
            setAsking(false);
            done();
          }}
        />
      )}
    </>
  );
}
