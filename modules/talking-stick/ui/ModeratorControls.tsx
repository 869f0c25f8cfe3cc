import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useId, useState } from 'react';
import type { SpeakerList } from '../protocol.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';
import './talkingStick.css';

export interface ModeratorControlsProps {
  readonly list: SpeakerList;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: TalkingStickUiMessages;
  readonly onSkip: (speaker: ParticipantId) => void;
  readonly onAdd: (participantId: ParticipantId, position: 'end' | 'next') => void;
  readonly onStop: () => void;
}

/**
 * The moderators' controls of a running list: "Skip current speaker", "Add to the list" (a choice
 * of everyone present who is not on it, with "Add at the end" and "Add as next"), and "Stop
 * speaker list". Skip names the speaker it means, so it cannot skip someone who just took over.
 */
export function ModeratorControls({ list, participants, messages, onSkip, onAdd, onStop }: ModeratorControlsProps) {
  const selectId = useId();
  const [picked, setPicked] = useState<string>('');
  const listed = new Set<string>([list.speaker, ...list.waiting]);
  const addable = participants.filter((p) => p.kind !== 'recorder' && !listed.has(p.id));
  const choice = addable.find((p) => p.id === picked) ?? addable[0] ?? null;
  return (
    <div className="speaker-list__controls">
      <div className="speaker-list__inline">
        <button type="button" className="button" onClick={() => onSkip(list.speaker)}>
          {messages.skip}
        </button>
        <button type="button" className="button button--danger" onClick={onStop}>
          {messages.stop}
        </button>
      </div>
      {choice !== null && (
        <div className="speaker-list__inline">
          <label htmlFor={selectId}>{messages.addLabel}</label>
          <select id={selectId} value={choice.id} onChange={(e) => setPicked(e.target.value)}>
            {addable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" onClick={() => onAdd(choice.id, 'end')}>
            {messages.addAtEnd}
          </button>
          <button type="button" className="button button--small" onClick={() => onAdd(choice.id, 'next')}>
            {messages.addAsNext}
          </button>
        </div>
      )}
    </div>
  );
}
