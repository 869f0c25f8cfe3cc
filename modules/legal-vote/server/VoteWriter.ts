import type { RoomRecords } from '@plenum/room-kit';
import { INDEX_STREAM, type StoredVoteRecord, type VoteIndexRecord, voteStream } from './voteRecord.js';

/** A vote whose stream had a failed write: nothing more of it is written, so the stored chain never has a gap. */
export class VoteWriteAbandoned extends Error {
  override readonly name = 'VoteWriteAbandoned';
}

/**
 * The module's writes, strictly one after another in the order they were asked for, so every vote's entries reach the
 * store in chain order. Records never expire (a vote's record outlives the meeting and the retention of chat). After a
 * write of a vote fails, every later write of that vote is refused without touching the store; other votes and the
 * index go on.
 */
export class VoteWriter {
  readonly #records: RoomRecords;
  readonly #failed = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(records: RoomRecords) {
    this.#records = records;
  }

  /** Appends to `voteId`'s stream; settles once stored, rejects if it (or an earlier write of the vote) failed. */
  entry(voteId: string, body: StoredVoteRecord): Promise<void> {
    return this.#then(async () => {
      if (this.#failed.has(voteId)) throw new VoteWriteAbandoned(voteId);
      try {
        await this.#records.append(voteStream(voteId), body, null);
      } catch (error) {
        this.#failed.add(voteId);
        throw error;
      }
    });
  }

  /**
   * Appends `bodies` in order to another stream of the vote (its after-the-end log); a failed write abandons that
   * stream, never the vote's record.
   */
  stream(stream: string, bodies: readonly StoredVoteRecord[]): Promise<void> {
    return this.#then(async () => {
      if (this.#failed.has(stream)) throw new VoteWriteAbandoned(stream);
      try {
        for (const body of bodies) await this.#records.append(stream, body, null);
      } catch (error) {
        this.#failed.add(stream);
        throw error;
      }
    });
  }

  /** Appends to the room's index of votes; a failed `opened` abandons the vote (it could never be recovered). */
  index(record: VoteIndexRecord): Promise<void> {
    return this.#then(async () => {
      try {
        await this.#records.append(INDEX_STREAM, record, null);
      } catch (error) {
        if (record.state === 'opened') this.#failed.add(record.voteId);
        throw error;
      }
    });
  }

  /** Runs `work` (e.g. the recovery of an interrupted vote) in turn with the writes. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return this.#then(work);
  }

  /** Settles when everything asked for so far has. */
  settled(): Promise<void> {
    return this.#queue.then(
      () => undefined,
      () => undefined,
    );
  }

  #then<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.catch(() => undefined).then(work);
    this.#queue = next;
    return next;
  }
}
