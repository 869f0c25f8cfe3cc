import type { CommandOf } from '@plenum/protocol';
import * as Y from 'yjs';
import type { MinutesProtocol } from '../protocol.js';
import { MinutesSync } from './MinutesSync.js';

/**
 * This client's copy of the room's minutes: the Y.Doc and the `MinutesSync` that keeps it in step. The one mutable
 * part of the minutes state, on purpose: a Y.Doc is mutable by nature, the editors bind to it, and it must outlive
 * a dropped connection with the edits not yet sent (the client module hands the same session on when the same
 * participant joins again). The reducer feeds it the server's events; the panel starts it.
 *
 * Synced lazily: the server sends changes only to connections that synced, so nothing travels until the panel is
 * first opened after a (re)join and calls `start`. `subscribe`/`revision` let a view re-render when the doc changes.
 */
export class MinutesSession {
  readonly doc: Y.Doc;
  readonly sync: MinutesSync;
  #send: ((command: CommandOf<MinutesProtocol>) => void) | null = null;
  #revision = 0;
  readonly #listeners = new Set<() => void>();
  readonly #onUpdate = (): void => {
    this.#revision += 1;
    for (const listener of this.#listeners) listener();
  };

  /** `generation`: which document of the room's minutes this is (join state, `restarted`). */
  constructor(
    readonly generation = 0,
    doc: Y.Doc = new Y.Doc(),
  ) {
    this.doc = doc;
    // The first sync may change nothing (an empty document): views re-render all the same, to stop showing "loading".
    this.sync = new MinutesSync(doc, {
      send: (command) => this.#send?.(command),
      generation,
      onSynced: this.#onUpdate,
    });
    doc.on('update', this.#onUpdate);
  }

  /** Whether `start` was called since the last (re)join. */
  get started(): boolean {
    return this.#send !== null;
  }

  /** Counts the doc's changes: a snapshot for `useSyncExternalStore`. */
  get revision(): number {
    return this.#revision;
  }

  /** Syncs over `send` (the panel's sender), once per (re)join; later calls do nothing. */
  start(send: (command: CommandOf<MinutesProtocol>) => void): void {
    if (this.#send !== null) return;
    this.#send = send;
    this.sync.connected();
  }

  /** The connection was replaced (a resumed join): local edits collect until the next `start`. */
  suspend(): void {
    this.#send = null;
    this.sync.disconnected();
  }

  /**
   * The room started new minutes: this document is replaced and must never be sent again. Stops syncing and
   * listening (the doc stays readable for editors still bound to it until they re-render with the new session's).
   */
  close(): void {
    this.suspend();
    this.sync.destroy();
  }

  /** Calls `listener` after every change of the doc; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
