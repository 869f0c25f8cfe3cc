import type { ParticipantId } from '@plenum/protocol';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import type { CarriedOver, MinutesFiles } from '../protocol.js';
import type { MinutesSession } from './MinutesSession.js';

/**
 * The minutes module's client state. Everything but `session` is plain and replaced on change; `session` holds the
 * Y.Doc and its sync (mutable, see `MinutesSession`) and stays the same object while this participant is in the
 * room, across resumed connections, until a moderator starts new minutes (`restarted`: a new session for the new
 * document). `epoch` counts the (re)joins and restarts: a new one means sync again.
 */
export interface MinutesState {
  readonly writers: readonly ParticipantId[];
  /** Whether this client may write (a moderator, or listed in `writers`). */
  readonly canWrite: boolean;
  /** The room's concluded formal votes, oldest first, for linking decisions. */
  readonly votes: readonly ConcludedVote[];
  /** The latest export this client may download. */
  readonly files: MinutesFiles | null;
  /** Set while the minutes continue an earlier meeting and no moderator has chosen (start new or continue). */
  readonly carriedOver: CarriedOver | null;
  /** This client's copy of the current document (`session.generation` is the room's generation). */
  readonly session: MinutesSession;
  readonly epoch: number;
}
