import type { RoomId } from '@plenum/protocol';

/**
 * Where rooms keep what must outlive a meeting (e.g. a tenant's kept chat): append-only streams of JSON records,
 * per room, per module, per stream name. The host injects one store for all rooms (PostgreSQL in production, memory in
 * tests); the runtime hands each module a view bound to its room and namespace (`RoomRecords`), so no module can read
 * another's records.
 *
 * Bodies are whatever the module wrote; a module parses them back with its own schema, because stored records can
 * be older than the code reading them.
 */
export interface RoomRecordStore {
  /** Appends one record; resolves once it is stored. `expiresAt` (ms since the epoch) lets housekeeping delete it. */
  append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void>;
  /** The stream's newest `limit` records that have not expired, oldest first. */
  latest(key: RecordStreamKey, limit: number, now: number): Promise<unknown[]>;
  /** Deletes every record of the stream. */
  clear(key: RecordStreamKey): Promise<void>;
}

export interface RecordStreamKey {
  readonly room: RoomId;
  readonly module: string;
  readonly stream: string;
}

/** A module's view of the store: its own room and namespace, streams by name. */
export interface RoomRecords {
  append(stream: string, body: unknown, expiresAt: number | null): Promise<void>;
  latest(stream: string, limit: number): Promise<unknown[]>;
  clear(stream: string): Promise<void>;
}

/** The view of `store` for one module of one room. */
export function recordsFor(store: RoomRecordStore, room: RoomId, module: string, now: () => number): RoomRecords {
  const key = (stream: string): RecordStreamKey => ({ room, module, stream });
  return {
    append: (stream, body, expiresAt) => store.append(key(stream), body, expiresAt),
    latest: (stream, limit) => store.latest(key(stream), limit, now()),
    clear: (stream) => store.clear(key(stream)),
  };
}
