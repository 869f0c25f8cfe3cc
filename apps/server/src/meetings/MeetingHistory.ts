import type { RoomId } from '@plenum/protocol';
import type { Participant } from '@plenum/room-kit';

/**
 * What the room host tells the meeting history. Every method returns at once: the writes happen behind, in order,
 * per meeting, and a failed write is logged, never thrown into the room.
 */
export interface MeetingHistory {
  /** A room's runtime started: a new meeting, whose id is known at once (the row is written behind). */
  begin(roomId: RoomId, at: number): MeetingRecorder;
}

/** The history of one running meeting. */
export interface MeetingRecorder {
  /** Unguessable; what modules store their assets under. */
  readonly meetingId: string;
  joined(participant: Participant, at: number): void;
  left(participant: Participant, at: number): void;
  /** A moderator promoted (or demoted) the participant. */
  roleChanged(participant: Participant): void;
  /**
   * Resolves once every write asked for so far is done (written, or failed and logged); never rejects. Readers of the
   * meeting's rows (the attendance report) wait for it, so a join of the last milliseconds is in what they read.
   */
  written(): Promise<void>;
  /** The room closed: the end is recorded after every pending write. Resolves when all is written; never rejects. */
  end(at: number): Promise<void>;
}
