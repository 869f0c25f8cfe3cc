import type { ParticipantId } from '@plenum/protocol';
import type { ChatMessage } from '../protocol.js';

/** The main room's key; breakout groups use their own names. */
const MAIN = '\u0000main';
const keyOf = (group: string | null): string => (group === null ? MAIN : group);

/** Where a room's chat history lives during the meeting (what a tenant keeps beyond it is `ChatArchive`). */
export interface ChatHistory {
  append(group: string | null, message: ChatMessage): void;
  /** Puts older messages (oldest first) before the group's current ones, within the cap. */
  restore(group: string | null, earlier: readonly ChatMessage[]): void;
  /** The group's messages that `reader` may read: every public one and the private ones they sent or got. */
  visibleTo(group: string | null, reader: ParticipantId): ChatMessage[];
  clear(group: string | null): void;
}

/**
 * The chat history of one room, kept per group (the main room and each breakout group), oldest
 * first and capped per group: the oldest message goes when a new one would exceed the cap. Private
 * messages are kept with the group's public ones and are only ever read back through `visibleTo`.
 *
 * This is in memory and ends with the meeting.
 */
export class GroupHistory implements ChatHistory {
  readonly #groups = new Map<string, ChatMessage[]>();

  constructor(readonly perGroup: number) {}

  append(group: string | null, message: ChatMessage): void {
    const key = keyOf(group);
    const list = this.#groups.get(key) ?? [];
    list.push(message);
    if (list.length > this.perGroup) list.splice(0, list.length - this.perGroup);
    this.#groups.set(key, list);
  }

  restore(group: string | null, earlier: readonly ChatMessage[]): void {
    const key = keyOf(group);
    const list = [...earlier, ...(this.#groups.get(key) ?? [])];
    this.#groups.set(key, list.slice(Math.max(0, list.length - this.perGroup)));
  }

  visibleTo(group: string | null, reader: ParticipantId): ChatMessage[] {
    const list = this.#groups.get(keyOf(group)) ?? [];
    return list.filter((m) => m.to === undefined || m.to === reader || m.from === reader);
  }

  clear(group: string | null): void {
    this.#groups.delete(keyOf(group));
  }
}
