import type { RecordStreamKey, RoomRecordStore } from '../RoomRecords.js';

interface Entry {
  readonly body: unknown;
  readonly expiresAt: number | null;
}

const keyOf = (k: RecordStreamKey): string => JSON.stringify([k.room, k.module, k.stream]);

/**
 * The record store in memory, for scenario tests and anything that needs no durability. The same contract tests run
 * against it and against the PostgreSQL store. Bodies are copied through JSON, as a database would.
 */
export class MemoryRecordStore implements RoomRecordStore {
  readonly #streams = new Map<string, Entry[]>();

  async append(key: RecordStreamKey, body: unknown, expiresAt: number | null): Promise<void> {
    // As a database refuses it: a time no date can hold.
    if (expiresAt !== null && Number.isNaN(new Date(expiresAt).getTime())) throw new RangeError('invalid expiry');
    const list = this.#streams.get(keyOf(key)) ?? [];
    list.push({ body: JSON.parse(JSON.stringify(body)) as unknown, expiresAt });
    this.#streams.set(keyOf(key), list);
  }

  async latest(key: RecordStreamKey, limit: number, now: number): Promise<unknown[]> {
    const live = (this.#streams.get(keyOf(key)) ?? []).filter((e) => e.expiresAt === null || e.expiresAt > now);
    return live.slice(Math.max(0, live.length - limit)).map((e) => e.body);
  }

  async clear(key: RecordStreamKey): Promise<void> {
    this.#streams.delete(keyOf(key));
  }
}
