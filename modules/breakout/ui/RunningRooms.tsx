import { formatClock } from '@plenum/client-kit';
import { CheckboxOption } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ErrorOf } from '@plenum/protocol';
import { type FormEvent, useId, useState } from 'react';
import { limitOf } from '../client/breakoutAnnouncements.js';
import { type BreakoutSession, roomOf } from '../client/breakoutReducer.js';
import { type BreakoutProtocol, type BreakoutRoomId, breakoutLimits } from '../protocol.js';
import { AssignmentList } from './AssignmentList.js';
import type { BreakoutMessages } from './breakoutMessages.js';
import { useRoomsCountdown } from './useRoomsCountdown.js';

export interface RunningRoomsProps {
  readonly session: BreakoutSession;
  readonly selfId: string;
  readonly moderator: boolean;
  /** The roster in join order. */
  readonly participants: readonly ParticipantInfo[];
  readonly lastError: ErrorOf<BreakoutProtocol> | null;
  readonly messages: BreakoutMessages;
  readonly onGoTo: (roomId: BreakoutRoomId | null) => void;
  readonly onAssign: (participantId: ParticipantInfo['id'], roomId: BreakoutRoomId | null) => void;
  readonly onFreeChoice: (freeChoice: boolean) => void;
  readonly onMessage: (text: string) => void;
  readonly onClose: (warningSeconds?: number) => void;
}

/**
 * Open breakout rooms: where you are and the time left, every room (the main room first) with
 * who is in it and "Go to …" for moderators (visit) or everyone under free choice; for moderators
 * also a room choice per person, free choice, a message to all rooms, and "Close all rooms"
 * ("Close now" while the countdown runs).
 */
export function RunningRooms(props: RunningRoomsProps) {
  const { session, selfId, moderator, participants, messages, onGoTo } = props;
  const id = useId();
  const here = roomOf(session, selfId);
  const { timeLeft, closingLeft } = useRoomsCountdown(session);
  const mayMove = moderator || session.freeChoice;
  const rooms = [null, ...session.rooms];
  return (
    <div className="breakout-running">
      <p className="breakout-running__where">
        {messages.youAreIn(here)}
        {timeLeft !== null && ` · ${messages.timeLeft(formatClock(timeLeft))}`}
      </p>
      {closingLeft !== null && (
        <p className="breakout-running__closing">{messages.closesIn(formatClock(closingLeft))}</p>
      )}
      <ul className="breakout-rooms">
        {rooms.map((room) => {
          const roomId = room?.id ?? null;
          const headingId = `${id}-room-${roomId ?? 'main'}`;
          const members = participants.filter((p) => (session.assignments[p.id] ?? null) === roomId);
          const isHere = (here?.id ?? null) === roomId;
          return (
            <li key={roomId ?? 'main'} className="breakout-rooms__room">
              <h3 id={headingId}>{messages.room(room)}</h3>
              {members.length === 0 ? (
                <p className="breakout-rooms__empty">{messages.nobodyHere}</p>
              ) : (
                <ul className="breakout-rooms__members">
                  {members.map((p) => (
                    <li key={p.id}>{p.displayName}</li>
                  ))}
                </ul>
              )}
              {isHere ? (
                <p className="breakout-rooms__here">{messages.youAreHere}</p>
              ) : (
                mayMove && (
                  <button type="button" className="button button--small" onClick={() => onGoTo(roomId)}>
                    {messages.goTo(room)}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
      {moderator && <ModeratorTools {...props} />}
    </div>
  );
}

function ModeratorTools({
  session,
  participants,
  lastError,
  messages,
  onAssign,
  onFreeChoice,
  onMessage,
  onClose,
}: RunningRoomsProps) {
  const id = useId();
  const [text, setText] = useState('');
  const choices = [
    { value: '', label: messages.room(null) },
    ...session.rooms.map((r) => ({ value: r.id, label: messages.room(r) })),
  ];
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onMessage(text);
    setText('');
  };
  return (
    <div className="breakout-tools">
      <h3>{messages.people}</h3>
      <AssignmentList
        people={participants.filter((p) => p.kind !== 'recorder')}
        choices={choices}
        chosenFor={(pid) => session.assignments[pid] ?? ''}
        labelFor={messages.roomFor}
        onChange={(pid, value) => onAssign(pid, value === '' ? null : value)}
      />
      <CheckboxOption
        id={`${id}-free`}
        label={messages.freeChoice}
        checked={session.freeChoice}
        onChange={onFreeChoice}
      />
      <form className="breakout-message-form" onSubmit={send}>
        <label htmlFor={`${id}-message`}>{messages.messageLabel}</label>
        <textarea
          id={`${id}-message`}
          rows={3}
          maxLength={breakoutLimits.messageMaxLength}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" className="button button--small">
          {messages.sendMessage}
        </button>
      </form>
      {lastError && <p className="field__error">{messages.error(lastError.error, limitOf(lastError))}</p>}
      {session.closing ? (
        <button type="button" className="button breakout-tools__close" onClick={() => onClose(0)}>
          {messages.closeNow}
        </button>
      ) : (
        <>
          <p id={`${id}-close-hint`} className="field__hint">
            {messages.closeAllHint}
          </p>
          <button
            type="button"
            className="button breakout-tools__close"
            aria-describedby={`${id}-close-hint`}
            onClick={() => onClose()}
          >
            {messages.closeAll}
          </button>
        </>
      )}
    </div>
  );
}
