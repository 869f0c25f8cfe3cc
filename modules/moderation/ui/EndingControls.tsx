import { FieldGroup } from '@plenum/client-kit/ui';
import { ActionButton } from '@plenum/module-core/ui';
import { useId, useState } from 'react';
import { DebriefScope } from '../protocol.js';
import { ActionStatus, useActionDone } from './ActionStatus.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface EndingControlsProps {
  readonly messages: ModerationUiMessages['ending'];
  readonly cancel: string;
  /** The name of a dialog's close button. */
  readonly close: string;
  readonly onDebrief: (scope: DebriefScope) => void;
  readonly onEndMeeting: () => void;
}

/**
 * The debrief (choose whom the meeting ends for, each choice explained; moderators stay together; once started it says
 * so while the panel stays open) and ending the meeting for everyone. Both ask in a dialog first.
 */
export function EndingControls({ messages, cancel, close, onDebrief, onEndMeeting }: EndingControlsProps) {
  const name = useId();
  const hintId = useId();
  const [scope, setScope] = useState<DebriefScope>('guests');
  const [done, say] = useActionDone();
  const danger = 'button button--small button--danger';
  return (
    <div className="moderation-tools__group">
      <FieldGroup legend={messages.debriefLegend} className="moderation-tools__fieldset" describedBy={hintId}>
        {DebriefScope.options.map((option) => (
          <div key={option} className="moderation-tools__choice">
            <label className="moderation-tools__check">
              <input
                type="radio"
                name={`${name}-scope`}
                value={option}
                checked={scope === option}
                aria-describedby={`${name}-${option}`}
                onChange={() => setScope(option)}
              />
              {messages.scopes[option]}
            </label>
            <p id={`${name}-${option}`} className="moderation-tools__hint moderation-tools__choice-hint">
              {messages.scopeHints[option]}
            </p>
          </div>
        ))}
        <p id={hintId} className="moderation-tools__hint">
          {messages.debriefHint}
        </p>
      </FieldGroup>
      <ActionButton
        className={danger}
        action={{
          key: 'debrief',
          label: messages.debrief,
          confirm: {
            question: messages.debriefQuestion(messages.scopes[scope]),
            confirmLabel: messages.debriefConfirm,
            cancelLabel: cancel,
            closeLabel: close,
          },
          onSelect: () => {
            onDebrief(scope);
            say(messages.debriefStarted(messages.scopes[scope]));
          },
        }}
      />
      <ActionStatus done={done} />
      <ActionButton
        className={danger}
        action={{
          key: 'endMeeting',
          label: messages.endMeeting,
          confirm: {
            question: messages.endQuestion,
            confirmLabel: messages.endConfirm,
            cancelLabel: cancel,
            closeLabel: close,
          },
          onSelect: onEndMeeting,
        }}
      />
    </div>
  );
}
