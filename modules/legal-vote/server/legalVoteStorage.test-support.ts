import { randomBytes } from 'node:crypto';
import { RoomId } from '@plenum/protocol';
import type { RecordStreamKey, RoomRecordStore } from '@plenum/room-kit';
import { MemoryRecordStore } from '@plenum/room-kit/testing';

/** Where a scenario's room keeps its records: a store, and a room that exists in it (PostgreSQL checks the room). */
export interface VoteStorage {
  readonly records: RoomRecordStore;
  readonly roomId: RoomId;
}

/**
 * Gives each call a new room to play a scenario in. The scenarios take one, so the same rules run on the in-memory
 * store (unit tests) and on PostgreSQL (service tests). Call it inside a test: the database is ready only then.
 */
export type VoteStore = () => Promise<VoteStorage>;

/** A new in-memory store per call, with a fresh room id. */
export const memoryVoteStore: VoteStore = async () => ({
  records: new MemoryRecordStore(),
  roomId: RoomId.parse(randomBytes(16).toString('base64url')),
});

/**
 * Passes everything to `inner`; a fault (a gate, a lost connection) is a subclass overriding `append`, so the same
 * fault can be put in front of any store.
 */
export class ForwardingRecordStore implements RoomRecordStore {
  readonly inner: RoomRecordStore;

  constructor(inner: RoomRecordStore) {
    this.inner = inner;
  }

  append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void> {
    return this.inner.append(key, body, expiresAt);
  }

  latest(key: RecordStreamKey, limit: number, now: number): Promise<unknown[]> {
    return this.inner.latest(key, limit, now);
  }

  clear(key: RecordStreamKey): Promise<void> {
    return this.inner.clear(key);
  }
}
