import { useEffect, useState } from 'react';
import { remainingMs } from '../client/talkingStickReducer.js';
import type { SpeakerList } from '../protocol.js';
import { formatTimeLeft } from './formatTimeLeft.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';

export interface TimeLeftProps {
  readonly list: SpeakerList;
  /** Server clock when the list was sent. */
  readonly serverNow: number;
  readonly messages: Pick<TalkingStickUiMessages, 'timeLeft' | 'noTimeLimit'>;
}

/**
 * The speaker's time left, counted down once a second on this device's clock from the moment
 * the list arrived, so a wrong local clock does not matter. Not a live region: the count would
 * flood a screen reader; the turn changes are announced instead.
 */
export function TimeLeft({ list, serverNow, messages }: TimeLeftProps) {
  const [arrival, setArrival] = useState(() => ({ list, at: Date.now() }));
  // A new list (a new turn, or a changed order) restarts the count from its own server time.
  if (arrival.list !== list) setArrival({ list, at: Date.now() });
  const [now, setNow] = useState(() => Date.now());
  const limited = list.turnEndsAt !== null;
  useEffect(() => {
    if (!limited) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [limited]);
  const left = remainingMs(list, serverNow, arrival.at, Math.max(now, arrival.at));
  return (
    <p className="speaker-list__time" data-time-left={left ?? ''}>
      {left === null ? messages.noTimeLimit : messages.timeLeft(formatTimeLeft(left))}
    </p>
  );
}
