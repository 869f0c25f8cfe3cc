import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { type FormEvent, useId, useState } from 'react';
import { nominable } from '../client/talkingStickReducer.js';
import type { SpeakerList } from '../protocol.js';
import { participantName } from './participantName.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';
import './talkingStick.css';

export interface SpeakerControlsProps {
  readonly list: SpeakerList;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: TalkingStickUiMessages;
  readonly onPass: () => void;
  readonly onNominate: (participantId: ParticipantId) => void;
}

/**
 * What the current speaker can do: "Pass the stick", and in nominate mode "Nominate next" (a
 * choice of those who have not spoken, preselected with the current nomination) with a
 * "Nominate" button.
 */
export function SpeakerControls({ list, participants, messages, onPass, onNominate }: SpeakerControlsProps) {
  const selectId = useId();
  const candidates = nominable(list);
  const [picked, setPicked] = useState<string>('');
  const choice = candidates.find((id) => id === picked) ?? list.next ?? candidates[0] ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice !== null) onNominate(choice);
  };
  return (
    <div className="speaker-list__controls">
      <button type="button" className="button button--primary" onClick={onPass}>
        {messages.passStick}
      </button>
      {candidates.length > 0 && (
        <form className="speaker-list__inline" onSubmit={submit}>
          <label htmlFor={selectId}>{messages.nominateLabel}</label>
          <select id={selectId} value={choice ?? ''} onChange={(e) => setPicked(e.target.value)}>
            {candidates.map((id) => (
              <option key={id} value={id}>
                {participantName(participants, id, messages.someone)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small">
            {messages.nominate}
          </button>
        </form>
      )}
    </div>
  );
}
