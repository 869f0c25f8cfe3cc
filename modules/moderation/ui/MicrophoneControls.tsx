import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useId } from 'react';
import type { MicrophoneRestrictions } from '../protocol.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface MicrophoneControlsProps {
  readonly restrictions: MicrophoneRestrictions;
  /** Everyone but moderators and the recorder: the people restrictions can hold. */
  readonly restrictable: readonly ParticipantInfo[];
  readonly messages: ModerationUiMessages['microphones'];
  readonly onMuteAll: () => void;
  readonly onRestrict: (on: boolean) => void;
  readonly onAllow: (participantId: ParticipantId, allowed: boolean) => void;
}

/** Mute everyone; microphone restrictions on or off, and while on, who may speak (one checkbox per person). */
export function MicrophoneControls({
  restrictions,
  restrictable,
  messages,
  onMuteAll,
  onRestrict,
  onAllow,
}: MicrophoneControlsProps) {
  const hintId = useId();
  return (
    <div className="moderation-tools__group">
      <button type="button" className="button button--small" onClick={onMuteAll}>
        {messages.muteAll}
      </button>
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
        <fieldset className="moderation-tools__fieldset">
          <legend>{messages.allowedLegend}</legend>
          {restrictable.length === 0 ? (
            <p className="moderation-tools__hint">{messages.nobodyToAllow}</p>
          ) : (
            restrictable.map((p) => (
              <label key={p.id} className="moderation-tools__check">
                <input
                  type="checkbox"
                  checked={restrictions.allowed.includes(p.id)}
                  onChange={(event) => onAllow(p.id, event.currentTarget.checked)}
                />
                {p.displayName}
              </label>
            ))
          )}
        </fieldset>
      )}
    </div>
  );
}
