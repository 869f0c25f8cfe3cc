import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  FatalModuleError,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
} from '@plenum/room-kit';
import * as Y from 'yjs';
import { base64Bytes, fromBase64, toBase64 } from '../base64.js';
import { MAX_UPDATE_BYTES, type MinutesProtocol, minutesProtocol, SYNC_PART_BYTES } from '../protocol.js';
import { checkUpdate } from './checkUpdate.js';
import { type LoadedMinutes, MinutesWriter } from './MinutesWriter.js';

/** Stored updates in the active stream after which one merged snapshot replaces them. */
export const COMPACT_AFTER = 500;

export interface MinutesOptions {
  /** See `COMPACT_AFTER`; tests lower it. */
  readonly compactAfter?: number;
}

/** Results of the module's reads and writes, back in the room's turn. */
export type MinutesLoopback =
  | { readonly type: 'loaded'; readonly loaded: LoadedMinutes }
  | { readonly type: 'loadFailed'; readonly error: unknown }
  | { readonly type: 'writeFailed'; readonly error: unknown }
  | { readonly type: 'compactionFailed'; readonly error: unknown };

type Ctx = ModuleContext<MinutesProtocol, MinutesLoopback>;
type Command<A extends CommandOf<MinutesProtocol>['action']> = Extract<CommandOf<MinutesProtocol>, { action: A }>;

/** A `sync` that came before the stored minutes were loaded; answered once they are. */
interface WaitingSync {
  readonly connection: ConnectionId;
  readonly commandId: string | undefined;
  readonly stateVector: string;
}

/**
 * Collaborative minutes: one Yjs document per room. Moderators always write; others once a moderator granted it (for
 * this meeting: grants are not stored, and end when the participant leaves). Every accepted update is applied,
 * sent to everyone else, and appended to the room's records (announced first and stored in order behind, like chat:
 * a slow database must not stall typing; a failed write is covered by a compaction, whose snapshot holds it).
 *
 * The document is loaded from the records when the room opens (minutes and agendas prepared earlier). Until then a
 * `sync` waits and is answered once loaded (a joining client just sees its minutes a moment later), while an `update`
 * is refused with `notReady` (a client cannot have edited a document it has not received yet, except offline, and it
 * resends after its sync). A load that fails disables the module in this room rather than let writers start a second,
 * empty history over the stored one.
 */
export class MinutesModule implements ModuleInstance<MinutesProtocol, MinutesLoopback> {
  readonly #ctx: Ctx;
  readonly #writer: MinutesWriter;
  readonly #doc = new Y.Doc();
  /** Participants granted write access (moderators write without being here). */
  readonly #writers = new Set<ParticipantId>();
  #loaded = false;
  #waiting: WaitingSync[] = [];
  /** Records in the active stream, counted towards the next compaction. */
  #stored = 0;

  readonly #compactAfter: number;

  constructor(ctx: Ctx, options: MinutesOptions = {}) {
    this.#ctx = ctx;
    this.#compactAfter = options.compactAfter ?? COMPACT_AFTER;
    this.#writer = new MinutesWriter(ctx.ports.records);
    ctx.spawn(this.#writer.load(), (o) =>
      o.ok ? { type: 'loaded', loaded: o.value } : { type: 'loadFailed', error: o.error },
    );
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<MinutesProtocol> {
    return { writers: [...this.#writers], canWrite: this.#mayWrite(participant) };
  }

  onLeave(participant: Participant): void {
    if (this.#writers.delete(participant.id)) this.#writersChanged();
  }

  onCommand(command: CommandOf<MinutesProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'sync':
        this.#sync(command, from);
        break;
      case 'update':
        this.#update(command, from);
        break;
      case 'grantWrite':
        this.#setWriter(command.participantId, true, from);
        break;
      case 'revokeWrite':
        this.#setWriter(command.participantId, false, from);
        break;
      default:
        assertNever(command);
    }
  }

  onLoopback(event: MinutesLoopback): void {
    switch (event.type) {
      case 'loaded':
        this.#open(event.loaded);
        break;
      case 'loadFailed':
        this.#ctx.log.error({ err: event.error }, 'minutes not loaded');
        for (const w of this.#waiting) this.#ctx.sendError(w.connection, { error: 'notReady' }, w.commandId);
        this.#waiting = [];
        throw new FatalModuleError('the stored minutes could not be loaded');
      case 'writeFailed':
        this.#ctx.log.error({ err: event.error }, 'minutes update not stored; compacting to cover it');
        this.#compact();
        break;
      case 'compactionFailed':
        this.#ctx.log.error({ err: event.error }, 'minutes not compacted; retried later');
        break;
      default:
        assertNever(event);
    }
  }

  /** The room waits for every write asked for; the document is dropped with the room. */
  onClose(): Promise<void> {
    return this.#writer.settled().then(() => this.#doc.destroy());
  }

  // ---- commands -------------------------------------------------------------------------

  #sync(command: Command<'sync'>, from: Issuer): void {
    const waiting = { connection: from.connectionId, commandId: from.commandId, stateVector: command.stateVector };
    if (!this.#loaded) {
      this.#waiting.push(waiting);
      return;
    }
    this.#answerSync(waiting);
  }

  #answerSync({ connection, commandId, stateVector }: WaitingSync): void {
    let missing: Uint8Array;
    try {
      missing = Y.encodeStateAsUpdate(this.#doc, fromBase64(stateVector));
    } catch {
      this.#ctx.sendError(connection, { error: 'invalidUpdate', reason: 'malformed' }, commandId);
      return;
    }
    const serverVector = toBase64(Y.encodeStateVector(this.#doc));
    const parts = Math.max(1, Math.ceil(missing.length / SYNC_PART_BYTES));
    for (let part = 0; part < parts; part++) {
      const piece = missing.subarray(part * SYNC_PART_BYTES, (part + 1) * SYNC_PART_BYTES);
      this.#ctx.send(
        { connection },
        { event: 'synced', update: toBase64(piece), part, parts, stateVector: serverVector },
      );
    }
  }

  #update(command: Command<'update'>, from: Issuer): void {
    if (!this.#loaded) this.#ctx.reject({ error: 'notReady' });
    if (!this.#mayWrite(from.participant)) this.#ctx.reject({ error: 'readOnly' });
    if (base64Bytes(command.update) > MAX_UPDATE_BYTES)
      this.#ctx.reject({ error: 'updateTooLarge', maxBytes: MAX_UPDATE_BYTES });
    const update = fromBase64(command.update);
    const problem = checkUpdate(this.#doc, update);
    if (problem !== null) this.#ctx.reject({ error: 'invalidUpdate', reason: problem });
    try {
      Y.applyUpdate(this.#doc, update, from.participant.id);
    } catch (error) {
      // Checked above; should Yjs still throw, the update was not fully applied: the compaction stores what is.
      this.#ctx.log.warn({ participant: from.participant.id, err: error }, 'minutes update failed to apply');
      this.#compact();
      this.#ctx.reject({ error: 'invalidUpdate', reason: 'malformed' });
    }
    const by = from.participant.id;
    const event = { event: 'updated', update: command.update, by } as const;
    this.#ctx.broadcast(event, { except: by });
    for (const connection of from.participant.connections)
      if (connection !== from.connectionId) this.#ctx.send({ connection }, event);
    this.#ctx.spawn(this.#writer.append(update), (o) => (o.ok ? undefined : { type: 'writeFailed', error: o.error }));
    if (++this.#stored >= this.#compactAfter) this.#compact();
  }

  #setWriter(participantId: ParticipantId, write: boolean, from: Issuer): void {
    this.#ctx.requireModerator(from);
    if (!this.#ctx.participant(participantId)) this.#ctx.reject({ error: 'unknownParticipant', participantId });
    const changed = write ? !this.#writers.has(participantId) : this.#writers.has(participantId);
    if (!changed) return;
    if (write) this.#writers.add(participantId);
    else this.#writers.delete(participantId);
    this.#writersChanged();
  }

  // ---- the document ---------------------------------------------------------------------

  #open(loaded: LoadedMinutes): void {
    let broken = 0;
    for (const update of loaded.updates) {
      try {
        Y.applyUpdate(this.#doc, update);
      } catch {
        broken++;
      }
    }
    if (broken + loaded.skipped > 0)
      this.#ctx.log.warn({ broken, skipped: loaded.skipped }, 'stored minutes records skipped');
    this.#stored = loaded.activeCount;
    this.#loaded = true;
    for (const w of this.#waiting) this.#answerSync(w);
    this.#waiting = [];
    if (this.#stored >= this.#compactAfter) this.#compact();
  }

  /** Replaces the stored history by one snapshot of the document as it is now (see `MinutesWriter.compact`). */
  #compact(): void {
    this.#stored = 1;
    this.#ctx.spawn(this.#writer.compact(Y.encodeStateAsUpdate(this.#doc)), (o) =>
      o.ok ? undefined : { type: 'compactionFailed', error: o.error },
    );
  }

  #mayWrite(participant: Participant): boolean {
    return isModerator(participant.role) || this.#writers.has(participant.id);
  }

  #writersChanged(): void {
    this.#ctx.broadcast({ event: 'writersChanged', writers: [...this.#writers] });
  }
}

/** The minutes module with non-default options (tests); the registry uses `minutesModule`. */
export const createMinutesModule = (options: MinutesOptions = {}) =>
  defineModule<MinutesProtocol, MinutesLoopback>({
    protocol: minutesProtocol,
    init: (ctx) => new MinutesModule(ctx, options),
  });

export const minutesModule = createMinutesModule();
