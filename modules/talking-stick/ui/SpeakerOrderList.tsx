import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useId } from 'react';
import { upcoming } from '../client/talkingStickReducer.js';
import type { SpeakerList } from '../protocol.js';
import { participantName } from './participantName.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';
import './talkingStick.css';

export interface SpeakerOrderListProps {
  readonly list: SpeakerList;
  readonly participants: readonly ParticipantInfo[];
  readonly self: ParticipantId;
  readonly messages: TalkingStickUiMessages;
  /** Moderators: takes someone off the list; absent for everyone else. */
  readonly onRemove?: ((participantId: ParticipantId) => void) | undefined;
}

/**
 * The order as an ordered list: the speaker first (marked `aria-current` and "speaking"), then
 * the next (marked "next") and everyone who waits; below it, who already spoke. Moderators get a
 * "Remove" button per person, described by the name.
 */
export function SpeakerOrderList({ list, participants, self, messages, onRemove }: SpeakerOrderListProps) {
  const baseId = useId();
  const name = (id: ParticipantId) => {
    const known = participantName(participants, id, messages.someone);
    return id === self ? messages.you(known) : known;
  };
  const rows = [list.speaker, ...upcoming(list)];
  const spoken = list.spoken.filter((id) => participants.some((p) => p.id === id));
  return (
    <>
      <h3 className="speaker-list__subheading">{messages.orderHeading}</h3>
      <ol className="speaker-list__order">
        {rows.map((id) => {
          const nameId = `${baseId}-${id}`;
          const marker = id === list.speaker ? messages.speakingMarker : id === list.next ? messages.nextMarker : null;
          return (
            <li
              key={id}
              className={`speaker-list__row${id === list.speaker ? ' speaker-list__row--current' : ''}`}
              aria-current={id === list.speaker ? 'true' : undefined}
              data-speaker-id={id}
            >
              <span id={nameId} className="speaker-list__name">
                {name(id)}
              </span>
              {marker !== null && <span className="speaker-list__marker">{marker}</span>}
              {onRemove && (
                <button
                  type="button"
                  className="button button--small"
                  aria-describedby={nameId}
                  onClick={() => onRemove(id)}
                >
                  {messages.remove}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {list.mode === 'nominate' && list.next === null && (
        <p className="speaker-list__note">{messages.nobodyNominated}</p>
      )}
      {spoken.length > 0 && (
        <>
          <h3 className="speaker-list__subheading">{messages.spokenHeading}</h3>
          <ul className="speaker-list__spoken">
            {spoken.map((id) => (
              <li key={id}>{name(id)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
