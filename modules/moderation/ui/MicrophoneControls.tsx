import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useId } from 'react';
import type { MicrophoneRestrictions } from '../protocol.js';
import { ActionStatus, useActionDone } from './ActionStatus.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';
import { ParticipantChecklist } from './ParticipantChecklist.js';

export interface MicrophoneControlsProps {
  readonly restrictions: MicrophoneRestrictions;
  /** Everyone but moderators and the recorder: the people restrictions can hold. */
  readonly restrictable: readonly ParticipantInfo[];
  /** How many of them send their microphone now: those "Mute everyone" silences. */
  readonly speaking: number;
  readonly messages: ModerationUiMessages['microphones'];
  readonly find: ModerationUiMessages['find'];
  readonly onMuteAll: () => void;
  readonly onRestrict: (on: boolean) => void;
  readonly onAllow: (participantId: ParticipantId, allowed: boolean) => void;
}

/**
 * Mute everyone (then it says how many it muted); microphone restrictions on or off, and while on, who may speak (a
 * filterable list of checkboxes).
 */
export function MicrophoneControls({
  restrictions,
  restrictable,
  speaking,
  messages,
  find,
  onMuteAll,
  onRestrict,
  onAllow,
}: MicrophoneControlsProps) {
  const hintId = useId();
  const [done, say] = useActionDone();
  return (
    <div className="moderation-tools__group">
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onMuteAll();
          say(messages.mutedEveryone(speaking));
        }}
      >
        {messages.muteAll}
      </button>
      <ActionStatus done={done} />
      <label className="moderation-tools__check">
        <input
          type="checkbox"
          checked={restrictions.on}
          aria-describedby={hintId}
          onChange={(event) => onRestrict(event.currentTarget.checked)}
        />
        {messages.restrict}
      </label>
      <p id={hintId} className="moderation-tools__hint">
        {messages.restrictHint}
      </p>
      {restrictions.on && (
        <ParticipantChecklist
          legend={messages.allowedLegend}
          people={restrictable}
          isChecked={(id) => restrictions.allowed.includes(id)}
          onToggle={onAllow}
          words={find}
          empty={messages.nobodyToAllow}
        />
      )}
    </div>
  );
}
