import { randomUUID } from 'node:crypto';
import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import { type ReportSettings, reportSettings } from '@plenum/reports';
import {
  defineModule,
  FatalModuleError,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  moderatorRoles,
  type Participant,
  type RoomFact,
} from '@plenum/room-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import * as Y from 'yjs';
import { base64Bytes, fromBase64, toBase64 } from '../base64.js';
import { addAgendaItem, agendaItems } from '../minutesDocument.js';
import {
  type CarriedOver,
  type ExportVisibility,
  MAX_CONCLUDED_VOTES,
  MAX_DOCUMENT_BYTES,
  MAX_UPDATE_BYTES,
  type MinutesFiles,
  type MinutesProtocol,
  minutesProtocol,
  type NotExportedOnClose,
  SYNC_PART_BYTES,
} from '../protocol.js';
import { checkUpdate } from './checkUpdate.js';
import { type LoadedMinutes, MinutesWriter, type StoredExport } from './MinutesWriter.js';
import { MinutesFileNames } from './minutesFileNames.js';
import { MinutesExportFailure, storeMinutesExport } from './storeMinutesExport.js';

/** Stored updates in the active stream after which one merged snapshot replaces them. */
export const COMPACT_AFTER = 500;

export interface MinutesOptions {
  /** See `COMPACT_AFTER`; tests lower it. */
  readonly compactAfter?: number;
  /** See `MAX_DOCUMENT_BYTES`; tests lower it. */
  readonly maxDocumentBytes?: number;
}

/** Results of the module's reads and writes, back in the room's turn. */
export type MinutesLoopback =
  | { readonly type: 'loaded'; readonly loaded: LoadedMinutes }
  | { readonly type: 'loadFailed'; readonly error: unknown }
  | { readonly type: 'writeFailed'; readonly error: unknown }
  | { readonly type: 'voteNotStored'; readonly error: unknown }
  | { readonly type: 'compactionFailed'; readonly error: unknown }
  | {
      readonly type: 'exported';
      readonly files: MinutesFiles;
      readonly record: StoredExport;
      readonly by: ParticipantId;
    }
  | { readonly type: 'exportFailed'; readonly connection: ConnectionId; readonly error: unknown }
  /** `startNew`: the old document is exported; now it is replaced. */
  | {
      readonly type: 'restartExported';
      readonly files: MinutesFiles;
      readonly record: StoredExport;
      readonly by: ParticipantId;
    }
  | { readonly type: 'restartNotStored'; readonly error: unknown };

type Ctx = ModuleContext<MinutesProtocol, MinutesLoopback>;
type Command<A extends CommandOf<MinutesProtocol>['action']> = Extract<CommandOf<MinutesProtocol>, { action: A }>;

/** A `sync` that came before the stored minutes were loaded; answered once they are. */
interface WaitingSync {
  readonly connection: ConnectionId;
  readonly commandId: string | undefined;
  readonly stateVector: string;
  readonly generation: number | undefined;
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
 *
 * Moderators export the minutes (`export`): one export at a time per room, rendered from the document as it was when
 * asked for, stored as two meeting assets and announced to those who may download them; the latest export is
 * offered again to those joining later in this run of the room (join state `files`).
 *
 * Minutes belong to a meeting. A room that opens with minutes written in an earlier meeting says so (join state
 * `carriedOver`) until a moderator continues them (`continue`) or starts new ones (`startNew`: the old document is
 * exported unless a stored export already holds it, then replaced by a new one with the same agenda titles, and the
 * concluded votes are forgotten; clients drop theirs on `restarted`, and `sync`/`update` of the old generation are
 * refused). When the room closes with changes made in this meeting that no export holds, they are exported (awaited
 * within the room's close deadline); a failure is logged and kept with the minutes, and the next meeting's moderators
 * are told (`notExportedOnClose`) until an export is stored.
 *
 * Every stored export is recorded (`EXPORTS_STREAM`): what it holds (the document's latest change) and its
 * visibility. The export on close uses the visibility of the room's latest export, moderators when there was none;
 * the export of `startNew` is for moderators. An export of carried-over minutes that no moderator continued, or that
 * hold nothing written in this meeting, says they are of an earlier meeting and claims neither this meeting's date,
 * start, chair, attendance nor minute-takers. An update that changes nothing is not a change (not stored, not sent
 * on, no minute-taker).
 */
export class MinutesModule implements ModuleInstance<MinutesProtocol, MinutesLoopback> {
  readonly #ctx: Ctx;
  readonly #writer: MinutesWriter;
  #doc = new Y.Doc();
  /**
   * The document's size in bytes, encoded: measured when it opens, restarts or is compacted, and counted up by each
   * accepted update in between (deletions are only seen at the next measure).
   */
  #size = 0;
  /** Which document this is (see `MinutesGeneration`): one more after each `startNew`. */
  #generation = 0;
  /** Set while the minutes continue an earlier meeting and no moderator has chosen. */
  #carriedOver: CarriedOver | null = null;
  /** The latest change of the document (stored with compactions), null when not known. */
  #lastChangedAt: number | null = null;
  /** Updates accepted in this meeting, and how many of them the latest successful export held. */
  #changes = 0;
  #exportedChanges = 0;
  /** How many the running export holds (null: none runs). */
  #exportingChanges: number | null = null;
  /**
   * The document holds minutes of an earlier meeting that no stored export holds (the export when that room closed
   * failed, or records older than `EXPORTS_STREAM`): cleared by any export in this meeting and by `startNew`.
   */
  #carriedUnexported = false;
  /** The document was carried over from an earlier meeting (until `startNew` replaces it). */
  #carried = false;
  /**
   * The export when the room last closed failed, and the minutes it was to hold are still not exported: moderators are
   * told (join state, `notExportedOnClose`) until an export is stored or new minutes are started.
   */
  #notExportedOnClose: NotExportedOnClose | null = null;
  /** The carried-over minutes' latest change before this meeting (null: unknown): continued minutes cite it. */
  #carriedLastChangedAt: number | null = null;
  /** The exports' file names, unique in this run of the room. */
  readonly #fileNames = new MinutesFileNames();
  /** The room's latest stored export: its visibility is the automatic exports'. */
  #lastExport: StoredExport | null = null;
  /** A `startNew` is exporting the old document: syncs wait and updates are refused until it is replaced or not. */
  #restarting = false;
  /** Participants granted write access (moderators write without being here). */
  readonly #writers = new Set<ParticipantId>();
  /** Who changed this document in this run of the room, by their latest name: the exports' "Protokollführung". */
  readonly #minuteTakers = new Map<ParticipantId, string>();
  #loaded = false;
  #waiting: WaitingSync[] = [];
  /** Connections that synced: they get every change (`updated`); the others have not opened the minutes. */
  readonly #subscribers = new Set<ConnectionId>();
  /** The room's concluded votes, oldest first (loaded, then as the legal-vote module tells them). */
  #votes: ConcludedVote[] = [];
  /** Records in the active stream, counted towards the next compaction. */
  #stored = 0;
  /** An export is being made (one at a time per room). */
  #exporting = false;
  /** The latest export (moderators may download every export), and the latest one for everyone. */
  #latestFiles: MinutesFiles | null = null;
  #latestParticipantFiles: MinutesFiles | null = null;

  readonly #compactAfter: number;
  readonly #maxBytes: number;
  readonly #report: ReportSettings;

  constructor(ctx: Ctx, report: ReportSettings = reportSettings({}), options: MinutesOptions = {}) {
    this.#ctx = ctx;
    this.#report = report;
    this.#compactAfter = options.compactAfter ?? COMPACT_AFTER;
    this.#maxBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
    this.#writer = new MinutesWriter(ctx.ports.records);
    ctx.spawn(this.#writer.load(), (o) =>
      o.ok ? { type: 'loaded', loaded: o.value } : { type: 'loadFailed', error: o.error },
    );
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<MinutesProtocol> {
    return {
      writers: [...this.#writers],
      canWrite: this.#mayWrite(participant),
      votes: this.#votes,
      files: isModerator(participant.role) ? this.#latestFiles : this.#latestParticipantFiles,
      generation: this.#generation,
      carriedOver: this.#carriedOver,
      notExportedOnClose: isModerator(participant.role) ? this.#notExportedOnClose : null,
    };
  }

  onDisconnect(connection: ConnectionId): void {
    this.#subscribers.delete(connection);
    this.#waiting = this.#waiting.filter((w) => w.connection !== connection);
  }

  onLeave(participant: Participant): void {
    for (const connection of participant.connections) this.#subscribers.delete(connection);
    if (this.#writers.delete(participant.id)) this.#writersChanged();
  }

  /** A formal vote ended: remembered and stored for the minutes, and offered to writers to link. */
  onRoomFact(fact: RoomFact): void {
    if (fact.kind !== 'voteConcluded') return;
    if (this.#votes.some((v) => v.voteId === fact.vote.voteId)) return;
    this.#votes = [...this.#votes, fact.vote].slice(-MAX_CONCLUDED_VOTES);
    this.#ctx.broadcast({ event: 'voteConcluded', vote: fact.vote });
    this.#ctx.spawn(this.#writer.appendVote(fact.vote), (o) =>
      o.ok ? undefined : { type: 'voteNotStored', error: o.error },
    );
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
      case 'export':
        this.#requireExport(from);
        this.#startExport(command.visibility, from, (files, record) => ({
          type: 'exported',
          files,
          record,
          by: from.participant.id,
        }));
        break;
      case 'startNew':
        this.#requireExport(from);
        if (!this.#unexported()) {
          this.#restart(from.participant.id);
          break;
        }
        this.#restarting = true;
        // The old minutes are stored for moderators, as the confirm step says.
        this.#startExport('moderators', from, (files, record) => ({
          type: 'restartExported',
          files,
          record,
          by: from.participant.id,
        }));
        break;
      case 'continue':
        this.#ctx.requireModerator(from);
        if (this.#carriedOver === null) return;
        this.#carriedOver = null;
        this.#ctx.broadcast({ event: 'continued', by: from.participant.id });
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
      case 'voteNotStored':
        this.#ctx.log.error({ err: event.error }, 'concluded vote not stored for the minutes');
        break;
      case 'compactionFailed':
        this.#ctx.log.error({ err: event.error }, 'minutes not compacted; retried later');
        break;
      case 'exported':
        this.#exported(event.files, event.record, event.by);
        break;
      case 'restartExported':
        this.#exported(event.files, event.record, event.by);
        this.#restart(event.by);
        break;
      case 'restartNotStored':
        this.#ctx.log.error({ err: event.error }, 'new minutes not stored; compacting to store them');
        this.#compact();
        break;
      case 'exportFailed': {
        this.#exporting = false;
        this.#exportingChanges = null;
        const reason = event.error instanceof MinutesExportFailure ? event.error.reason : 'internal';
        // Only the error's kind: its message or cause may quote the minutes or a name.
        this.#ctx.log.error({ reason, error: errorKind(event.error) }, 'minutes not exported');
        this.#ctx.send({ connection: event.connection }, { event: 'exportFailed', reason });
        if (this.#restarting) {
          // Nothing changed: the document stays, and those who waited sync it.
          this.#restarting = false;
          this.#answerWaiting();
        }
        break;
      }
      default:
        assertNever(event);
    }
  }

  /**
   * The room waits for every write asked for, and for an export of changes made in this meeting that no export holds
   * yet (for moderators; a failure is logged and recorded for the next meeting: the records still hold the minutes). The document is dropped with
   * the room.
   */
  onClose(): Promise<void> {
    const work = [this.#writer.settled()];
    const unexported = this.#changes !== this.#exportedChanges && this.#changes !== this.#exportingChanges;
    if (this.#loaded && unexported) work.push(this.#exportOnClose());
    return Promise.all(work).then(() => this.#doc.destroy());
  }

  // ---- commands -------------------------------------------------------------------------

  #sync(command: Command<'sync'>, from: Issuer): void {
    const waiting = {
      connection: from.connectionId,
      commandId: from.commandId,
      stateVector: command.stateVector,
      generation: command.generation,
    };
    if (!this.#ready()) {
      this.#waiting.push(waiting);
      return;
    }
    this.#answerSync(waiting);
  }

  /** Answers the syncs that waited for the minutes to be loaded or replaced. */
  #answerWaiting(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const w of waiting) this.#answerSync(w);
  }

  #answerSync({ connection, commandId, stateVector, generation }: WaitingSync): void {
    if ((generation ?? 0) !== this.#generation) {
      this.#ctx.sendError(connection, { error: 'staleGeneration', generation: this.#generation }, commandId);
      return;
    }
    this.#subscribers.add(connection);
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
    if (!this.#ready()) this.#ctx.reject({ error: 'notReady' });
    if (!this.#mayWrite(from.participant)) this.#ctx.reject({ error: 'readOnly' });
    if ((command.generation ?? 0) !== this.#generation)
      this.#ctx.reject({ error: 'staleGeneration', generation: this.#generation });
    if (base64Bytes(command.update) > MAX_UPDATE_BYTES)
      this.#ctx.reject({ error: 'updateTooLarge', maxBytes: MAX_UPDATE_BYTES });
    const update = fromBase64(command.update);
    const problem = checkUpdate(this.#doc, update);
    if (problem !== null) this.#ctx.reject({ error: 'invalidUpdate', reason: problem });
    if (this.#size + update.length > this.#maxBytes) {
      // The count may be stale after deletions: measure once before refusing.
      this.#size = Y.encodeStateAsUpdate(this.#doc).length;
      if (this.#size + update.length > this.#maxBytes)
        this.#ctx.reject({ error: 'documentFull', maxBytes: this.#maxBytes });
    }
    let changed = false;
    const seen = (transaction: Y.Transaction): void => {
      changed ||= changesDocument(transaction);
    };
    this.#doc.on('afterTransaction', seen);
    try {
      Y.applyUpdate(this.#doc, update, from.participant.id);
    } catch (error) {
      // Checked above; should Yjs still throw, the update was not fully applied: the compaction stores what is.
      this.#ctx.log.warn({ participant: from.participant.id, err: error }, 'minutes update failed to apply');
      this.#compact();
      this.#ctx.reject({ error: 'invalidUpdate', reason: 'malformed' });
    } finally {
      this.#doc.off('afterTransaction', seen);
    }
    // Nothing new (a writer's client sends back deletions the server holds already, e.g. after its first sync): not a
    // change of the minutes, so not stored, not sent on, and it makes no one a minute-taker.
    if (!changed) return;
    const event = { event: 'updated', update: command.update, by: from.participant.id } as const;
    for (const connection of this.#subscribers)
      if (connection !== from.connectionId) this.#ctx.send({ connection }, event);
    this.#size += update.length;
    const at = this.#ctx.now();
    this.#lastChangedAt = at;
    this.#changes += 1;
    this.#minuteTakers.set(from.participant.id, from.participant.displayName);
    this.#ctx.spawn(this.#writer.append(update, at), (o) =>
      o.ok ? undefined : { type: 'writeFailed', error: o.error },
    );
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

  /** `export` and `startNew`: moderators, once loaded, one export at a time. */
  #requireExport(from: Issuer): void {
    this.#ctx.requireModerator(from);
    if (!this.#loaded) this.#ctx.reject({ error: 'notReady' });
    if (this.#exporting) this.#ctx.reject({ error: 'exportRunning' });
  }

  /** Exports the document as it is now; `done` is the loopback once it is stored. */
  #startExport(
    visibility: ExportVisibility,
    from: Issuer,
    done: (files: MinutesFiles, record: StoredExport) => MinutesLoopback,
  ): void {
    this.#exporting = true;
    this.#exportingChanges = this.#changes;
    const { connectionId } = from;
    this.#ctx.spawn(
      this.#storeExport(visibility, from.participant.userId),
      (o): MinutesLoopback =>
        o.ok ? done(o.value.files, o.value.record) : { type: 'exportFailed', connection: connectionId, error: o.error },
    );
  }

  /**
   * Stores an export of the document as it is now, then records it (`EXPORTS_STREAM`; a failure to record is only
   * logged: the files are stored, and at worst a later export repeats them). Minutes of an earlier meeting
   * (`#ofEarlierMeeting`) are exported as such (see `MinutesMeta.earlierMeeting`), without this meeting's date,
   * start, chair, attendance and minute-takers.
   */
  #storeExport(
    visibility: ExportVisibility,
    createdBy: string | null,
  ): Promise<{ files: MinutesFiles; record: StoredExport }> {
    const { attendance, assets } = this.#ctx.ports;
    const exportedAt = this.#ctx.now();
    const record: StoredExport = { at: exportedAt, lastChangedAt: this.#lastChangedAt, visibility };
    const earlier = this.#ofEarlierMeeting();
    const continues = !earlier && this.#carried;
    return storeMinutesExport(attendance, assets, {
      ...this.#report,
      snapshot: Y.encodeStateAsUpdate(this.#doc),
      votes: this.#votes,
      visibility,
      createdBy,
      exportedAt,
      name: this.#fileNames.next(this.#report.language, exportedAt),
      minuteTakers: [...this.#minuteTakers.values()],
      ...(earlier ? { earlierMeeting: { lastChangedAt: this.#lastChangedAt } } : {}),
      ...(continues ? { continues: { lastChangedAt: this.#carriedLastChangedAt } } : {}),
    }).then((files) =>
      this.#writer.appendExport(record).then(
        () => ({ files, record }),
        (error: unknown) => {
          this.#ctx.log.error({ error: errorKind(error) }, 'minutes export stored but not recorded');
          return { files, record };
        },
      ),
    );
  }

  /**
   * Whether the document is an earlier meeting's minutes: carried over, and either no moderator continued them yet
   * (whatever was added meanwhile: `startNew` archives them as the earlier meeting's) or nothing was written in them in
   * this meeting. Minutes continued and changed in this meeting are exported as its own, saying whose they continue
   * (`MinutesMeta.continues`).
   */
  #ofEarlierMeeting(): boolean {
    return this.#carried && (this.#carriedOver !== null || this.#changes === 0);
  }

  /** Whether the document holds changes that no stored export holds (this meeting's, or carried over). */
  #unexported(): boolean {
    return this.#changes !== this.#exportedChanges || this.#carriedUnexported;
  }

  /** The visibility of the export on close: the latest export's in this room, moderators when there was none. */
  #automaticVisibility(): ExportVisibility {
    return this.#lastExport?.visibility ?? 'moderators';
  }

  /**
   * The room closes with unexported changes: a file of them (see `#automaticVisibility`). Nobody is there to be told of
   * a failure: it is logged and recorded with the minutes (`FAILED_EXPORTS_STREAM`), for the next meeting's moderators.
   */
  #exportOnClose(): Promise<void> {
    const closedAt = this.#ctx.now();
    return this.#storeExport(this.#automaticVisibility(), null).then(
      ({ files }) => this.#ctx.log.info({ pdf: files.pdfAssetId, markdown: files.markdownAssetId }, 'minutes exported'),
      (error: unknown) => {
        const reason = error instanceof MinutesExportFailure ? error.reason : 'internal';
        this.#ctx.log.error({ reason, error: errorKind(error) }, 'minutes not exported when the room closed');
        return this.#writer.appendFailedExport({ at: closedAt, reason }).catch((failed: unknown) => {
          this.#ctx.log.error({ error: errorKind(failed) }, 'failed minutes export on close not recorded');
        });
      },
    );
  }

  /** Announces a stored export to those who may download it, and keeps it for those who join later. */
  #exported(files: MinutesFiles, record: StoredExport, by: ParticipantId): void {
    this.#exporting = false;
    this.#lastExport = record;
    this.#carriedUnexported = false;
    this.#notExportedOnClose = null;
    this.#exportedChanges = this.#exportingChanges ?? this.#exportedChanges;
    this.#exportingChanges = null;
    this.#latestFiles = files;
    if (files.visibility === 'participants') this.#latestParticipantFiles = files;
    this.#ctx.log.info({ pdf: files.pdfAssetId, markdown: files.markdownAssetId }, 'minutes exported');
    this.#ctx.broadcast(
      { event: 'exported', files, by },
      files.visibility === 'moderators' ? { roles: moderatorRoles } : {},
    );
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
    this.#size = Y.encodeStateAsUpdate(this.#doc).length;
    this.#carriedOver = loaded.carriedOver;
    this.#carried = loaded.carriedOver !== null;
    this.#lastChangedAt = loaded.carriedOver?.lastChangedAt ?? null;
    this.#carriedLastChangedAt = this.#lastChangedAt;
    this.#lastExport = loaded.lastExport;
    this.#carriedUnexported =
      loaded.carriedOver !== null && !holds(loaded.lastExport, loaded.carriedOver.lastChangedAt);
    const failure = loaded.lastFailure;
    // Told while the minutes it failed to export are not exported yet: no export since, and not started anew.
    if (failure && this.#carriedUnexported && (loaded.lastExport?.at ?? Number.NEGATIVE_INFINITY) < failure.at) {
      this.#notExportedOnClose = failure;
      // Moderators who joined while the minutes loaded were told nothing failed.
      this.#ctx.broadcast({ event: 'notExportedOnClose', ...failure }, { roles: moderatorRoles });
    }
    // Whoever joined while the minutes loaded was told nothing was carried over.
    if (loaded.carriedOver) this.#ctx.broadcast({ event: 'carriedOver', ...loaded.carriedOver });
    const told = new Set(this.#votes.map((v) => v.voteId));
    const stored = loaded.votes.filter((v) => !told.has(v.voteId));
    this.#votes = [...stored, ...this.#votes].slice(-MAX_CONCLUDED_VOTES);
    // Whoever joined while the minutes loaded got a join state without the stored votes: they learn them now.
    const kept = new Set(this.#votes.map((v) => v.voteId));
    for (const vote of stored) if (kept.has(vote.voteId)) this.#ctx.broadcast({ event: 'voteConcluded', vote });
    this.#loaded = true;
    this.#answerWaiting();
    if (this.#stored >= this.#compactAfter) this.#compact();
  }

  /** Replaces the stored history by one snapshot of the document as it is now (see `MinutesWriter.compact`). */
  #compact(): void {
    this.#stored = 1;
    const snapshot = Y.encodeStateAsUpdate(this.#doc);
    this.#size = snapshot.length;
    this.#ctx.spawn(this.#writer.compact(snapshot, this.#lastChangedAt), (o) =>
      o.ok ? undefined : { type: 'compactionFailed', error: o.error },
    );
  }

  /**
   * `startNew`, its export stored (or none needed): a new document with the old agenda's titles as new, prepared items
   * replaces the old one, in memory at once and in the records behind every write asked for before. The concluded
   * votes are forgotten (they belong to the old minutes; clients drop theirs on `restarted`). Everyone is told; nobody
   * is subscribed until they sync the new generation.
   */
  #restart(by: ParticipantId): void {
    const fresh = new Y.Doc();
    for (const item of agendaItems(this.#doc))
      addAgendaItem(fresh, { id: randomUUID(), title: item.title, prepared: true });
    this.#doc.destroy();
    this.#doc = fresh;
    this.#generation += 1;
    this.#minuteTakers.clear();
    this.#carriedOver = null;
    this.#carried = false;
    this.#carriedUnexported = false;
    this.#notExportedOnClose = null;
    this.#votes = [];
    this.#lastChangedAt = null;
    this.#changes = this.#exportedChanges;
    this.#stored = 0;
    this.#subscribers.clear();
    this.#restarting = false;
    const snapshot = Y.encodeStateAsUpdate(fresh);
    this.#size = snapshot.length;
    this.#ctx.spawn(this.#writer.restart(snapshot), (o) =>
      o.ok ? undefined : { type: 'restartNotStored', error: o.error },
    );
    this.#ctx.log.info({ generation: this.#generation }, 'new minutes started');
    this.#ctx.broadcast({ event: 'restarted', generation: this.#generation, by });
    this.#answerWaiting();
  }

  /** Loaded, and not being replaced: syncs are answered and updates accepted. */
  #ready(): boolean {
    return this.#loaded && !this.#restarting;
  }

  #mayWrite(participant: Participant): boolean {
    return isModerator(participant.role) || this.#writers.has(participant.id);
  }

  #writersChanged(): void {
    this.#ctx.broadcast({ event: 'writersChanged', writers: [...this.#writers] });
  }
}

/** Whether a transaction changed the document: new structs, or deletions of what was not deleted before. */
function changesDocument(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/** Whether `record`, an export, holds the document's change made `lastChangedAt` (not when either is unknown). */
function holds(record: StoredExport | null, lastChangedAt: number | null): boolean {
  if (record === null || record.lastChangedAt === null || lastChangedAt === null) return false;
  return record.lastChangedAt >= lastChangedAt;
}

/** An error's name and code, without its message (which may quote what failed to be written). */
function errorKind(error: unknown): { readonly name: string; readonly code?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const cause = error instanceof MinutesExportFailure ? error.cause : error;
  const name = cause instanceof Error ? cause.name : typeof cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined;
  return typeof code === 'string' ? { name, code } : { name };
}

/** The minutes module with non-default options (tests); the registry uses `minutesModule`. */
export const createMinutesModule = (options: MinutesOptions = {}) =>
  defineModule<MinutesProtocol, MinutesLoopback>({
    protocol: minutesProtocol,
    init: (ctx, settings) => new MinutesModule(ctx, reportSettings(settings), options),
  });

export const minutesModule = createMinutesModule();
