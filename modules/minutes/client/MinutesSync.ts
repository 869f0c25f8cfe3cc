import { assertNever, type CommandOf, type ErrorOf, type EventOf, type ParticipantId } from '@plenum/protocol';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../base64.js';
import { MAX_UPDATE_BYTES, type MinutesProtocol } from '../protocol.js';

/** The origin of changes that came from the server: they are never sent back. */
const REMOTE = Symbol('minutes.remote');

/** What the helper reports that a UI must show or act on. */
export type MinutesSyncProblem =
  /** A local change above `MAX_UPDATE_BYTES`: it stays local until the next sync sends the difference (and is refused again if still too large). */
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  /** The server refused something; see the error. */
  | { readonly kind: 'refused'; readonly error: ErrorOf<MinutesProtocol> };

export interface MinutesSyncOptions {
  /** Sends a command over the signalling connection (the caller adds `ns`). */
  readonly send: (command: CommandOf<MinutesProtocol>) => void;
  readonly onProblem?: (problem: MinutesSyncProblem) => void;
  /** The document's generation (join state, `restarted`), sent with `sync` and `update`; absent means 0. */
  readonly generation?: number;
  /** Called once the first complete `synced` answer is applied (`synced` is true from then on). */
  readonly onSynced?: () => void;
}

/**
 * Keeps a local Y.Doc in step with the room's minutes. Call `connected()` when the signalling connection is (again)
 * up: it sends the doc's state vector, and the `synced` answer brings exactly what is missing; a writer then sends
 * back what the server lacks (edits made while offline). While connected, every local change is sent as an `update`
 * at once; while not, local changes only collect in the doc. Server events go to `receive`, errors to `refused`.
 *
 * Pure over its inputs: no timers, no socket; the UI binds editors to `doc` (e.g. a Y.Text per agenda item).
 */
export class MinutesSync {
  readonly doc: Y.Doc;
  readonly #options: MinutesSyncOptions;
  #connected = false;
  #parts: Uint8Array[] = [];
  #writers: readonly ParticipantId[] = [];
  #canWrite = false;
  #synced = false;
  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REMOTE || !this.#connected || !this.#canWrite) return;
    this.#sendUpdate(update);
  };

  constructor(doc: Y.Doc, options: MinutesSyncOptions) {
    this.doc = doc;
    this.#options = options;
    doc.on('update', this.#onUpdate);
  }

  /** Who was granted write access (from the join state and `writersChanged`). */
  get writers(): readonly ParticipantId[] {
    return this.#writers;
  }

  /**
   * Whether the doc has received the server's copy once (a complete `synced` answer): until then it may be empty or
   * old, and the UI shows it as loading. Stays true across reconnects (the doc is then only behind, not missing).
   */
  get synced(): boolean {
    return this.#synced;
  }

  /** Whether local changes are sent; the UI makes the editors read-only otherwise. */
  get canWrite(): boolean {
    return this.#canWrite;
  }

  /** Whether this client may write now (join state, a role change, or its own id in `writersChanged`). */
  setCanWrite(canWrite: boolean): void {
    this.#canWrite = canWrite;
  }

  /** The connection is up (first join or reconnect): asks for what the local doc lacks. */
  connected(): void {
    this.#connected = true;
    this.#parts = [];
    this.#options.send({ action: 'sync', stateVector: toBase64(Y.encodeStateVector(this.doc)), ...this.#generation() });
  }

  /** The connection is gone: local changes collect until `connected()`. */
  disconnected(): void {
    this.#connected = false;
    this.#parts = [];
  }

  /** One `minutes` event from the server; those that do not concern the document or its writers are ignored. */
  receive(event: EventOf<MinutesProtocol>): void {
    switch (event.event) {
      case 'synced': {
        if (event.part !== this.#parts.length) this.#parts = [];
        this.#parts.push(fromBase64(event.update));
        if (this.#parts.length < event.parts) return;
        const whole = concat(this.#parts);
        this.#parts = [];
        Y.applyUpdate(this.doc, whole, REMOTE);
        if (this.#canWrite) {
          // Holds the whole delete set even when the server has every deletion already: the server ignores an update
          // that changes nothing (no stored record, no minute-taker).
          const missing = Y.encodeStateAsUpdate(this.doc, fromBase64(event.stateVector));
          if (changesSomething(missing)) this.#sendUpdate(missing);
        }
        if (!this.#synced) {
          this.#synced = true;
          this.#options.onSynced?.();
        }
        return;
      }
      case 'updated':
        Y.applyUpdate(this.doc, fromBase64(event.update), REMOTE);
        return;
      case 'writersChanged':
        this.#writers = event.writers;
        return;
      case 'voteConcluded':
      case 'exported':
      case 'exportFailed':
      case 'continued':
      case 'carriedOver':
      case 'notExportedOnClose':
      // A new document: the owner of this sync drops it (see `minutesReducer`).
      case 'restarted':
        return;
      default:
        assertNever(event);
    }
  }

  /** A `minutes` error answering this client. A gap in history or a not-yet-loaded room: sync again. */
  refused(error: ErrorOf<MinutesProtocol>): void {
    this.#options.onProblem?.({ kind: 'refused', error });
    const resync = error.error === 'notReady' || (error.error === 'invalidUpdate' && error.reason === 'missingHistory');
    if (resync && this.#connected) this.connected();
  }

  /** Stops listening to the doc (the doc itself stays the caller's). */
  destroy(): void {
    this.doc.off('update', this.#onUpdate);
  }

  #sendUpdate(update: Uint8Array): void {
    if (update.length > MAX_UPDATE_BYTES) {
      this.#options.onProblem?.({ kind: 'tooLarge', bytes: update.length });
      return;
    }
    this.#options.send({ action: 'update', update: toBase64(update), ...this.#generation() });
  }

  /** Generation 0 goes without the field (absent means 0), so a room that never started new minutes sees no change. */
  #generation(): { generation?: number } {
    const { generation } = this.#options;
    return generation === undefined || generation === 0 ? {} : { generation };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An encoded update with no structs and no deletions is two zero bytes. */
const changesSomething = (update: Uint8Array): boolean => !(update.length === 2 && update[0] === 0 && update[1] === 0);
