import { deviceTimeOf, formatClock, type Locale, type ServerClock, secondsLeft } from '@plenum/client-kit';
import { useServerNow } from '@plenum/client-kit/ui';
import { clockTime, type VotePanelMessages } from './legalVoteMessages.js';

export interface VoteEndsAtProps {
  /** When the vote ends by itself (server clock). */
  readonly endsAt: number;
  readonly clock: ServerClock;
  readonly messages: Pick<VotePanelMessages, 'endsAt'>;
  readonly locale: Locale;
}

/**
 * When the vote ends by itself, as this device's clock will then read, and the time left, ticking each second. Not a
 * live region: the count would flood a screen reader (the end is announced).
 */
export function VoteEndsAt({ endsAt, clock, messages, locale }: VoteEndsAtProps) {
  const now = useServerNow(clock, endsAt);
  const at = clockTime(deviceTimeOf(clock, endsAt), locale);
  return <p className="vote-panel__note">{messages.endsAt(at, formatClock(secondsLeft(endsAt, now)))}</p>;
}
