import { formatClock, type ServerClock } from '@plenum/client-kit';
import { useServerNow } from '@plenum/client-kit/ui';
import { turnSecondsLeft } from '../client/talkingStickReducer.js';
import type { SpeakerList } from '../protocol.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';

export interface TimeLeftProps {
  readonly list: SpeakerList;
  /** The server's clock as learned when the list arrived. */
  readonly clock: ServerClock;
  readonly messages: Pick<TalkingStickUiMessages, 'timeLeft' | 'noTimeLimit'>;
}

/**
 * The speaker's time left, counted down once a second on the server's clock as learned when the list arrived, so a
 * wrong local clock does not matter and a panel opened late shows the same time as everyone's. Not a live region: the
 * count would flood a screen reader; the turn changes are announced instead.
 */
export function TimeLeft({ list, clock, messages }: TimeLeftProps) {
  const now = useServerNow(clock, list.turnEndsAt);
  const left = turnSecondsLeft(list, now);
  return (
    <p className="speaker-list__time" data-time-left={left ?? ''}>
      {left === null ? messages.noTimeLimit : messages.timeLeft(formatClock(left))}
    </p>
  );
}
