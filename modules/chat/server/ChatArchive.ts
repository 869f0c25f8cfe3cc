import type { RoomRecords } from '@plenum/room-kit';
import type { z } from 'zod';
import { ChatMessage } from '../protocol.js';

const STREAM = 'main';
const DAY_MS = 86_400_000;
/**
 * The longest retention honoured (100 years): a tenant quota may be any positive 32-bit number, but an expiry beyond
 * what a date can hold would make every write fail.
 */
export const maxKeepDays = 36_500;

/** A kept message as stored: the public message without its meeting-local `seq`. */
const KeptMessage = ChatMessage.pick({ from: true, fromName: true, text: true, at: true });
type KeptMessage = z.infer<typeof KeptMessage>;

/**
 * The kept part of a room's chat, when its tenant keeps chat: the main room's public messages, stored through the
 * room's records for `days` days. Writes go one after the other, after the initial read, so the stored order is the
 * order of the meeting and the read never sees this meeting's own messages.
 */
export class ChatArchive {
  readonly #records: RoomRecords;
  readonly #keepMs: number;
  #queue: Promise<unknown>;

  constructor(
    records: RoomRecords,
    readonly days: number,
  ) {
    this.#records = records;
    this.#keepMs = Math.min(days, maxKeepDays) * DAY_MS;
    this.#queue = Promise.resolve();
  }

  /**
   * The kept messages, oldest first and at most `limit`, numbered 1… and marked `earlier`. Records that no longer
   * fit the schema are skipped. Call once, before anything is kept.
   */
  load(limit: number): Promise<ChatMessage[]> {
    const read = this.#records
      .latest(STREAM, limit)
      .then((bodies) =>
        bodies
          .map((body) => KeptMessage.safeParse(body))
          .flatMap((parsed, i) => (parsed.success ? [{ ...parsed.data, seq: i + 1, earlier: true as const }] : [])),
      );
    this.#queue = read.catch(() => undefined);
    return read;
  }

  /** Stores a public main-room message; settles when stored (rejects when the store failed). */
  keep(message: ChatMessage, now: number): Promise<void> {
    const kept: KeptMessage = { from: message.from, fromName: message.fromName, text: message.text, at: message.at };
    return this.#then(() => this.#records.append(STREAM, kept, now + this.#keepMs));
  }

  /** Deletes every kept message of the room. */
  clear(): Promise<void> {
    return this.#then(() => this.#records.clear(STREAM));
  }

  /** Settles when every write so far has. */
  settled(): Promise<void> {
    return this.#queue.then(
      () => undefined,
      () => undefined,
    );
  }

  #then(write: () => Promise<void>): Promise<void> {
    const next = this.#queue.catch(() => undefined).then(write);
    this.#queue = next;
    return next;
  }
}
