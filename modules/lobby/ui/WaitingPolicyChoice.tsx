import { FieldGroup } from '@plenum/client-kit/ui';
import { useId } from 'react';
import { WaitingRoomPolicy as Policies, type WaitingRoomPolicy } from '../protocol.js';
import type { LobbyUiMessages } from './lobbyUiMessages.js';
import './WaitingPanel.css';

export interface WaitingPolicyChoiceProps {
  readonly policy: WaitingRoomPolicy;
  /** Guests with a link wait whatever the policy (the room's guest access): said under the choice. */
  readonly guestLinksWait: boolean;
  readonly messages: Pick<LobbyUiMessages, 'policyLegend' | 'policies' | 'guestLinksWaitHint'>;
  readonly onChange: (policy: WaitingRoomPolicy) => void;
}

/**
 * Who must wait, as a radio group (arrow keys move between the policies, as radio groups do). When the room makes
 * guests with a link wait anyway, a hint under the choice (which describes the group) says so, so that "Off" with a
 * guest waiting is not a riddle.
 */
export function WaitingPolicyChoice({ policy, guestLinksWait, messages, onChange }: WaitingPolicyChoiceProps) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <FieldGroup legend={messages.policyLegend} describedBy={guestLinksWait ? hintId : undefined}>
      {Policies.options.map((option) => (
        <label key={option} className="waiting-panel__option">
          <input
            type="radio"
            name={`${name}-policy`}
            value={option}
            checked={policy === option}
            onChange={() => onChange(option)}
          />
          {messages.policies[option]}
        </label>
      ))}
      {guestLinksWait && (
        <p id={hintId} className="waiting-panel__hint" data-hint="guestLinksWait">
          {messages.guestLinksWaitHint}
        </p>
      )}
    </FieldGroup>
  );
}
