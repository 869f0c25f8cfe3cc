import type { RoomRecords } from '@plenum/room-kit';
import { ConcludedVote } from '@plenum/room-kit/facts';
import { z } from 'zod';
import { BASE64, fromBase64, toBase64 } from '../base64.js';
import { ExportVisibility, MAX_CONCLUDED_VOTES, NotExportedOnClose } from '../protocol.js';

/**
 * The two streams the minutes live in. Updates go to the active one; a compaction writes one merged snapshot to the
 * other (after clearing it) and makes that one active. The stream cleared is always one whose whole content is
 * already in the active stream's snapshot, so no moment exists where the minutes are stored nowhere — a single stream
 * cannot do that, because `clear` would delete the snapshot written just before it.
 */
export const MINUTES_STREAMS = ['minutes', 'minutes-alt'] as const;
/** The stream of the room's concluded votes, as the legal-vote module told them (decisions link them). */
export const VOTES_STREAM = 'votes';
/**
 * Updates made outside a meeting (the owner preparing the agenda over REST, see `preparedAgenda.ts`): append-only,
 * never cleared by a compaction. Re-applying one that a snapshot already holds changes nothing (Yjs), so an item
 * prepared here and deleted later in a meeting stays deleted.
 */
export const PREPARED_STREAM = 'prepared';
/**
 * One record per stored export of the room's minutes (by a moderator, on `startNew`, or when the room closed), so a
 * later meeting knows what an export already holds and which visibility the moderators chose. Kept across `startNew`.
 */
export const EXPORTS_STREAM = 'exports';
/**
 * One record (`NotExportedOnClose`) per export that failed when the room closed, so the next meeting's moderators are
 * told: it stands while no later export is recorded in `EXPORTS_STREAM`. Kept across `startNew`.
 */
export const FAILED_EXPORTS_STREAM = 'failed-exports';
/** Records read per stream when the room opens: far above `COMPACT_AFTER`, so nothing is ever cut off. */
export const LOAD_LIMIT = 10_000;

/**
 * One stored record. `generation` orders snapshots: the highest one's stream is the active one. `at`: when the change
 * was made (a snapshot: the latest change it holds), ms since the epoch; records written before it existed lack it.
 */
export const StoredMinutes = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('update'), update: z.string().regex(BASE64), at: z.number().optional() }),
  z.object({
    kind: z.literal('snapshot'),
    generation: z.number().int(),
    update: z.string().regex(BASE64),
    at: z.number().optional(),
  }),
]);
export type StoredMinutes = z.infer<typeof StoredMinutes>;

/**
 * A stored export: when it was made (`at`, ms since the epoch), the latest change of the document it holds
 * (`lastChangedAt`, null when not known) and who may download it.
 */
export const StoredExport = z.object({
  at: z.number(),
  lastChangedAt: z.number().nullable(),
  visibility: ExportVisibility,
});
export type StoredExport = z.infer<typeof StoredExport>;

/** What the room's records held when it opened. */
export interface LoadedMinutes {
  /** Every stored update and snapshot of both streams and of `PREPARED_STREAM` (Yjs merges them in any order). */
  readonly updates: readonly Uint8Array[];
  /** Records in the active stream: how close it is to the next compaction. */
  readonly activeCount: number;
  /** Records that no longer parse (skipped, counted for the log). */
  readonly skipped: number;
  /** The room's concluded votes, oldest first, at most `MAX_CONCLUDED_VOTES`. */
  readonly votes: readonly ConcludedVote[];
  /**
   * Whether minutes were written in an earlier meeting: records in `MINUTES_STREAMS` (an agenda only prepared in
   * `PREPARED_STREAM` does not count), with the latest `at` among them (null when none has one).
   */
  readonly carriedOver: { readonly lastChangedAt: number | null } | null;
  /** The room's latest stored export (`EXPORTS_STREAM`); null when there was none. */
  readonly lastExport: StoredExport | null;
  /** The room's latest failed export on close (`FAILED_EXPORTS_STREAM`); null when there was none. */
  readonly lastFailure: NotExportedOnClose | null;
}

/**
 * The minutes' writes, strictly one after another in the order asked for. Records never expire: minutes must outlive
 * the meeting. Which stream an append goes to is decided when it runs, so appends asked for after a compaction land
 * after its snapshot, and a failed compaction leaves the old stream active (the next one tries again).
 */
export class MinutesWriter {
  readonly #records: RoomRecords;
  #queue: Promise<unknown> = Promise.resolve();
  #active = 0;
  #generation = 0;

  constructor(records: RoomRecords) {
    this.#records = records;
  }

  /** Reads both streams (and `PREPARED_STREAM`) and finds the active one; runs in turn with the writes. */
  load(): Promise<LoadedMinutes> {
    return this.#then(async () => {
      const updates: Uint8Array[] = [];
      const counts = [0, 0];
      let skipped = 0;
      let newest = { generation: 0, stream: 0 };
      let lastChangedAt: number | null = null;
      for (const body of await this.#records.latest(PREPARED_STREAM, LOAD_LIMIT)) {
        const record = StoredMinutes.safeParse(body);
        if (record.success) updates.push(fromBase64(record.data.update));
        else skipped++;
      }
      for (const [stream, name] of MINUTES_STREAMS.entries()) {
        for (const body of await this.#records.latest(name, LOAD_LIMIT)) {
          const record = StoredMinutes.safeParse(body);
          if (!record.success) {
            skipped++;
            continue;
          }
          counts[stream] = (counts[stream] ?? 0) + 1;
          updates.push(fromBase64(record.data.update));
          const { at } = record.data;
          if (at !== undefined && (lastChangedAt === null || at > lastChangedAt)) lastChangedAt = at;
          if (record.data.kind === 'snapshot' && record.data.generation > newest.generation)
            newest = { generation: record.data.generation, stream };
        }
      }
      const votes: ConcludedVote[] = [];
      for (const body of await this.#records.latest(VOTES_STREAM, MAX_CONCLUDED_VOTES)) {
        const vote = ConcludedVote.safeParse(body);
        if (vote.success) votes.push(vote.data);
        else skipped++;
      }
      let lastExport: StoredExport | null = null;
      for (const body of await this.#records.latest(EXPORTS_STREAM, 1)) {
        const record = StoredExport.safeParse(body);
        if (record.success) lastExport = record.data;
        else skipped++;
      }
      let lastFailure: NotExportedOnClose | null = null;
      for (const body of await this.#records.latest(FAILED_EXPORTS_STREAM, 1)) {
        const record = NotExportedOnClose.safeParse(body);
        if (record.success) lastFailure = record.data;
        else skipped++;
      }
      this.#active = newest.stream;
      this.#generation = newest.generation;
      const written = (counts[0] ?? 0) + (counts[1] ?? 0) > 0;
      return {
        updates,
        activeCount: counts[newest.stream] ?? 0,
        skipped,
        votes,
        carriedOver: written ? { lastChangedAt } : null,
        lastExport,
        lastFailure,
      };
    });
  }

  /** Stores one accepted update, made `at`, in the active stream. */
  append(update: Uint8Array, at: number): Promise<void> {
    const body: StoredMinutes = { kind: 'update', update: toBase64(update), at };
    return this.#then(() => this.#records.append(this.#stream(this.#active), body, null));
  }

  /** Stores a concluded vote of the room (kept as long as the minutes). */
  appendVote(vote: ConcludedVote): Promise<void> {
    return this.#then(() => this.#records.append(VOTES_STREAM, vote, null));
  }

  /** Stores that an export was stored (see `EXPORTS_STREAM`). */
  appendExport(record: StoredExport): Promise<void> {
    return this.#then(() => this.#records.append(EXPORTS_STREAM, record, null));
  }

  /** Stores that the export when the room closed failed (see `FAILED_EXPORTS_STREAM`). */
  appendFailedExport(record: NotExportedOnClose): Promise<void> {
    return this.#then(() => this.#records.append(FAILED_EXPORTS_STREAM, record, null));
  }

  /**
   * Replaces the stored history by `snapshot` (the whole document, taken when this was asked for): clears the other
   * stream (its content is in the active one), writes the snapshot there, and only then makes it active. `at`: the
   * latest change the snapshot holds.
   */
  compact(snapshot: Uint8Array, at: number | null): Promise<void> {
    const update = toBase64(snapshot);
    return this.#then(async () => {
      const next = 1 - this.#active;
      const generation = this.#generation + 1;
      await this.#records.clear(this.#stream(next));
      const body: StoredMinutes = { kind: 'snapshot', generation, update, ...(at === null ? {} : { at }) };
      await this.#records.append(this.#stream(next), body, null);
      this.#active = next;
      this.#generation = generation;
    });
  }

  /**
   * Replaces everything stored of the minutes (both streams and `PREPARED_STREAM`) by `fresh`, a new document, which
   * goes to `PREPARED_STREAM`: like an agenda prepared before the meeting, it does not count as minutes written
   * (`carriedOver`). The concluded votes (`VOTES_STREAM`) go too: they belong to the old minutes. Runs behind every write asked for before, so no update of the old document lands after it. The
   * caller has exported the old document first: a failure half-way loses nothing the export does not hold.
   */
  restart(fresh: Uint8Array): Promise<void> {
    const update = toBase64(fresh);
    return this.#then(async () => {
      for (const name of MINUTES_STREAMS) await this.#records.clear(name);
      this.#active = 0;
      this.#generation = 0;
      await this.#records.clear(PREPARED_STREAM);
      await this.#records.clear(VOTES_STREAM);
      const body: StoredMinutes = { kind: 'update', update };
      await this.#records.append(PREPARED_STREAM, body, null);
    });
  }

  /** Settles when everything asked for so far has. */
  settled(): Promise<void> {
    return this.#queue.then(
      () => undefined,
      () => undefined,
    );
  }

  #stream(index: number): string {
    return MINUTES_STREAMS[index === 1 ? 1 : 0];
  }

  #then<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.catch(() => undefined).then(work);
    this.#queue = next;
    return next;
  }
}
