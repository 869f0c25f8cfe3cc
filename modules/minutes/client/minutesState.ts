import type { ParticipantId } from '@plenum/protocol';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import type { CarriedOver, MinutesFiles, NotExportedOnClose } from '../protocol.js';
import type { MinutesSession } from './MinutesSession.js';

/**
 * The minutes module's client state. Everything but `session` is plain and replaced on change; `session` holds the
 * Y.Doc and its sync (mutable, see `MinutesSession`). It is created by the panel when first opened (the document's
 * code, yjs, is a chunk of its own that a participant who never opens the minutes does not load; the server sends
 * document updates only to connections that synced, so nothing is missed meanwhile) and stays the same object while
 * this participant is in the room, across resumed connections, until a moderator starts new minutes (`restarted`: the
 * session is dropped, the panel creates one for the new document). `epoch` counts the (re)joins and restarts: a new
 * one means sync again.
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
  /** Moderators: the export when the room last closed failed; set until an export is stored or new minutes start. */
  readonly notExportedOnClose: NotExportedOnClose | null;
  /** Which document of the room's minutes is current (join state, `restarted`). */
  readonly generation: number;
  /** This client's copy of that document (`session.generation === generation`); null until the panel opens. */
  readonly session: MinutesSession | null;
  readonly epoch: number;
}
