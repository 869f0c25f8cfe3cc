import { useId } from 'react';
import { WaitingRoomPolicy as Policies, type WaitingRoomPolicy } from '../protocol.js';
import type { LobbyUiMessages } from './lobbyUiMessages.js';
import './WaitingPanel.css';

export interface WaitingPolicyChoiceProps {
  readonly policy: WaitingRoomPolicy;
  readonly messages: Pick<LobbyUiMessages, 'policyLegend' | 'policies'>;
  readonly onChange: (policy: WaitingRoomPolicy) => void;
}

/** Who must wait, as a radio group (arrow keys move between the policies, as radio groups do). */
export function WaitingPolicyChoice({ policy, messages, onChange }: WaitingPolicyChoiceProps) {
  const name = useId();
  return (
    <fieldset className="waiting-panel__policy">
      <legend>{messages.policyLegend}</legend>
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
    </fieldset>
  );
}
