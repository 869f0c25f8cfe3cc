import { deviceTimeOf, formatClock, type Locale, type ServerClock, secondsLeft } from '@plenum/client-kit';
import { useServerNow } from '@plenum/client-kit/ui';
import { clockTime, type PollPanelMessages } from './pollsMessages.js';

export interface PollEndsAtProps {
  /** When the poll ends by itself (server clock). */
  readonly endsAt: number;
  /** The server's clock as learned when the poll's latest frame arrived. */
  readonly clock: ServerClock;
  readonly messages: Pick<PollPanelMessages, 'endsAt'>;
  readonly locale: Locale;
}

/**
 * When a poll ends by itself, as this device's clock will then read, and the time left, ticking each second. Not a
 * live region: the count would flood a screen reader (the end is announced).
 */
export function PollEndsAt({ endsAt, clock, messages, locale }: PollEndsAtProps) {
  const now = useServerNow(clock, endsAt);
  const at = clockTime(deviceTimeOf(clock, endsAt), locale);
  return <p className="poll-panel__note">{messages.endsAt(at, formatClock(secondsLeft(endsAt, now)))}</p>;
}
