import { secondsLeft } from '@plenum/client-kit';
import { useServerNow } from '@plenum/client-kit/ui';
import type { BreakoutSession } from '../client/breakoutReducer.js';

/** Whole seconds left of the set duration (null without one, or while closing) and of the closing countdown. */
export interface RoomsCountdown {
  readonly timeLeft: number | null;
  readonly closingLeft: number | null;
}

/** The countdowns at server time `now`: while the rooms close, only the closing one counts. */
export function roomsCountdown(session: BreakoutSession, now: number): RoomsCountdown {
  if (session.closing) return { timeLeft: null, closingLeft: secondsLeft(session.closing.endsAt, now) };
  return { timeLeft: session.endsAt === null ? null : secondsLeft(session.endsAt, now), closingLeft: null };
}

/** `roomsCountdown` ticking each second on the server's clock as the session learned it. */
export function useRoomsCountdown(session: BreakoutSession): RoomsCountdown {
  const now = useServerNow(session.clock, session.closing?.endsAt ?? session.endsAt);
  return roomsCountdown(session, now);
}
