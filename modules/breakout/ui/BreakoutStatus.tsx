import { formatClock } from '@plenum/client-kit';
import { useState } from 'react';
import type { RoomLabel } from '../client/breakoutAnnouncements.js';
import type { BreakoutSession } from '../client/breakoutReducer.js';
import type { BreakoutMessages } from './breakoutMessages.js';
import { useRoomsCountdown } from './useRoomsCountdown.js';
import './breakout.css';

export interface BreakoutStatusProps {
  readonly session: BreakoutSession;
  /** Where this client is (null: the main room). */
  readonly room: RoomLabel;
  /** The name of whoever sent the latest message ('' when they have left). */
  readonly senderName: string;
  readonly messages: BreakoutMessages;
}

/**
 * A card under the tiles (never over them) while breakout rooms run: "You are in Room 2" with the time
 * left, the closing countdown, and the latest message to all rooms (plain text, line breaks kept)
 * until hidden. Not a live region: the module's announcements say all of it once.
 */
export function BreakoutStatus({ session, room, senderName, messages }: BreakoutStatusProps) {
  const { timeLeft, closingLeft } = useRoomsCountdown(session);
  const [hiddenAt, setHiddenAt] = useState<number | null>(null);
  const message = session.message && session.message.sentAt !== hiddenAt ? session.message : null;
  return (
    <div className="breakout-status" data-testid="breakout-status">
      <p className="breakout-status__where">
        <strong>{messages.youAreIn(room)}</strong>
        {timeLeft !== null && <span> · {messages.timeLeft(formatClock(timeLeft))}</span>}
      </p>
      {closingLeft !== null && (
        <p className="breakout-status__closing">{messages.closesIn(formatClock(closingLeft))}</p>
      )}
      {message && (
        <div className="breakout-status__message">
          <h3>{messages.messageFrom(senderName)}</h3>
          <p className="breakout-status__text">{message.text}</p>
          <button type="button" className="button button--small" onClick={() => setHiddenAt(message.sentAt)}>
            {messages.hideMessage}
          </button>
        </div>
      )}
    </div>
  );
}
