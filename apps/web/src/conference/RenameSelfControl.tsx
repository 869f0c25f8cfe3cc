import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import { ActionButton } from '@plenum/module-core/ui';
import { useId } from 'react';
import { maySelfRename, type RenameSelfWords, renameSelfAction } from './renameSelfAction.js';

export interface RenameSelfControlProps {
  /** This person as the roster lists them. */
  readonly self: ParticipantInfo;
  readonly policy: Pick<RoomPolicy, 'selfRename'>;
  readonly words: RenameSelfWords;
  /** Sends the rename; the session announces it when the server confirms, and shows a refusal as a notice. */
  readonly onRename: (displayName: string) => void;
}

/**
 * "Change my name" in the person's own entry of the participant list: a button that opens a small dialog with the
 * name field (see `renameSelfAction`). While moderators lock self-renaming it stays in place but does nothing
 * (`aria-disabled`, still focusable), described by why.
 */
export function RenameSelfControl({ self, policy, words, onRename }: RenameSelfControlProps) {
  const lockedId = useId();
  if (!maySelfRename(self, policy))
    return (
      <>
        <button
          type="button"
          className="button button--small"
          data-action="renameSelf"
          aria-disabled="true"
          aria-describedby={lockedId}
        >
          {words.changeMyName}
        </button>
        <p id={lockedId} className="field__hint">
          {words.locked}
        </p>
      </>
    );
  return <ActionButton action={renameSelfAction(words, self.displayName, onRename)} />;
}
