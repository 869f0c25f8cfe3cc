import { useId, useState } from 'react';
import { DebriefScope } from '../protocol.js';
import { ConfirmButton } from './ConfirmButton.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface EndingControlsProps {
  readonly messages: ModerationUiMessages['ending'];
  readonly cancel: string;
  readonly onDebrief: (scope: DebriefScope) => void;
  readonly onEndMeeting: () => void;
}

/** Debrief (choose who leaves, then confirm) and ending the meeting for everyone (confirm). */
export function EndingControls({ messages, cancel, onDebrief, onEndMeeting }: EndingControlsProps) {
  const name = useId();
  const [scope, setScope] = useState<DebriefScope>('guests');
  return (
    <div className="moderation-tools__group">
      <fieldset className="moderation-tools__fieldset">
        <legend>{messages.debriefLegend}</legend>
        {DebriefScope.options.map((option) => (
          <label key={option} className="moderation-tools__check">
            <input
              type="radio"
              name={`${name}-scope`}
              value={option}
              checked={scope === option}
              onChange={() => setScope(option)}
            />
            {messages.scopes[option]}
          </label>
        ))}
      </fieldset>
      <ConfirmButton
        label={messages.debrief}
        question={messages.debriefQuestion(messages.scopes[scope])}
        confirmLabel={messages.debriefConfirm}
        cancelLabel={cancel}
        onConfirm={() => onDebrief(scope)}
        danger
      />
      <ConfirmButton
        label={messages.endMeeting}
        question={messages.endQuestion}
        confirmLabel={messages.endConfirm}
        cancelLabel={cancel}
        onConfirm={onEndMeeting}
        danger
      />
    </div>
  );
}
