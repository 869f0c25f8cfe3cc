import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { ConcludedVote } from '@plenum/room-kit/facts';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';
import { BASE64 } from './base64.js';

/**
 * Largest Yjs update one `update` command may carry, in bytes before base64 (base64 adds a third: 16 KiB become
 * about 21.4 KiB of text), so a frame stays far below the signalling cap (`signaling.maxFrameBytes`, 64 KiB). A client
 * splits a bigger local change (a pasted document) into several transactions, or it is refused with `updateTooLarge`.
 */
export const MAX_UPDATE_BYTES = 16 * 1024;
/**
 * Largest minutes document, in bytes of its encoded state (tombstones included): far above any meeting's minutes
 * (a 100-item agenda with 20 pages of notes each is ~5 MiB), low enough that a writer cannot fill the server's memory
 * and storage. Above it, updates are refused with `documentFull`; deleting text makes room again.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** Largest piece of a `synced` answer, in bytes before base64; a bigger document comes in several parts. */
export const SYNC_PART_BYTES = 32 * 1024;
/** The schema's own bound on an update's text: above the limit, so an oversized update gets the typed error. */
const MAX_UPDATE_TEXT = 64 * 1024;

/** A Yjs update (or state vector), v1 encoding, as base64. */
export const EncodedUpdate = z.string().max(MAX_UPDATE_TEXT).regex(BASE64);
export type EncodedUpdate = z.infer<typeof EncodedUpdate>;

/** One agenda item as stored in the document's `agenda` array (a Y.Map with these keys). */
export const AgendaItem = z.object({ id: z.string().min(1), title: z.string(), prepared: z.boolean() });
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * A motion or decision as stored in the item's `motions` / `decisions` arrays. `voteId` links a legal-vote protocol
 * (`legal-vote:<voteId>`); `result` is the outcome in words (e.g. "angenommen 7:2:1").
 */
export const MinutesEntry = z.object({
  text: z.string(),
  result: z.string().optional(),
  voteId: z.string().optional(),
  /**
   * Whether the body adopted or rejected it (decisions), as the writer records it: whether a motion passed depends on
   * the body's own majority rules, which Plenum does not know. Absent: not recorded.
   */
  outcome: z.enum(['adopted', 'rejected']).optional(),
  /**
   * When the entry was added (ms since the epoch, the writer's clock): continued minutes print it where it is not the
   * meeting's day. Absent in entries written before it was kept.
   */
  addedAt: z.number().optional(),
});
export type MinutesEntry = z.infer<typeof MinutesEntry>;

/** Most concluded votes the minutes remember per room (the oldest are forgotten first). */
export const MAX_CONCLUDED_VOTES = 200;

/** Who may download an export: the meeting's moderators, or everyone who took part. */
export const ExportVisibility = z.enum(['participants', 'moderators']);
export type ExportVisibility = z.infer<typeof ExportVisibility>;

/** The files of one export, as meeting assets (download: `GET /v1/assets/{id}`). */
export const MinutesFiles = z.object({
  pdfAssetId: z.string(),
  markdownAssetId: z.string(),
  visibility: ExportVisibility,
  exportedAt: z.number(),
});
export type MinutesFiles = z.infer<typeof MinutesFiles>;

/**
 * Which document of the room's minutes a client holds: 0 when the room opens, one more after each `startNew`. A
 * client sends it with `sync` and `update`, so the server can refuse a document it has replaced (`staleGeneration`).
 */
export const MinutesGeneration = z.number().int().min(0);
/** `generation` of `sync` and `update`: absent means 0 (a client older than `startNew`; refused after one). */

/**
 * The room opened with minutes written in an earlier meeting (records of their own, not only an agenda prepared
 * through REST). `lastChangedAt`: the latest stored change (ms since the epoch); null for records older than that
 * time stamp.
 */
export const CarriedOver = z.object({ lastChangedAt: z.number().nullable() });
export type CarriedOver = z.infer<typeof CarriedOver>;

/** Why an export was not made or stored: the storage is full (the tenant's quota, the largest file), or else. */
export const ExportFailure = z.enum(['storage', 'internal']);
export type ExportFailure = z.infer<typeof ExportFailure>;

/**
 * The export when the room last closed failed (nobody was in the room to be told): when the room closed (`at`, ms
 * since the epoch) and why. Kept with the minutes until an export of them is stored.
 */
export const NotExportedOnClose = z.object({ at: z.number(), reason: ExportFailure });
export type NotExportedOnClose = z.infer<typeof NotExportedOnClose>;

/**
 * Collaborative meeting minutes (issue 7): one Yjs document per room, synced over Plenum's signalling and stored in
 * the room's records as it changes, so it outlives the meeting and can be prepared before it.
 *
 * The document (see `minutesDocument.ts` for the shape): `agenda` (Y.Array of Y.Map items `{id, title, prepared}`),
 * and per item id `notes:<id>` (Y.Text), `motions:<id>` and `decisions:<id>` (Y.Array of `MinutesEntry` objects).
 *
 * Syncing is a state-vector handshake: the join state carries no document (it rides in core's `joined` frame, which
 * every module shares under the frame cap, and a long meeting's minutes outgrow it). The client sends `sync` with its
 * state vector (empty doc at first) and gets exactly what it lacks; after a reconnect only the difference travels.
 */
export const minutesProtocol = defineProtocol({
  ns: 'minutes',
  commands: {
    /** Asks for everything the server has that this state vector lacks; answered with `synced` (maybe in parts). */
    sync: z.object({ stateVector: EncodedUpdate, generation: MinutesGeneration.optional() }),
    /** A local change (writers only): applied, stored, and sent to everyone else as `updated`. */
    update: z.object({ update: EncodedUpdate, generation: MinutesGeneration.optional() }),
    /** Moderators: this participant may write (moderators always may). */
    grantWrite: z.object({ participantId: ParticipantId }),
    /** Moderators: this participant reads only again. */
    revokeWrite: z.object({ participantId: ParticipantId }),
    /**
     * Moderators: renders the minutes as they are now as a PDF and as Markdown (body, date, place, attendance, agenda,
     * notes, motions, decisions with the linked votes' results as recorded) and stores both as meeting assets.
     */
    export: z.object({ visibility: ExportVisibility }),
    /**
     * Moderators: ends the current document and starts a new one. The current minutes are exported first unless a
     * stored export already holds them (files for moderators; announced as `exported`); if that fails nothing changes
     * (`exportFailed`). Then the stored minutes, the
     * prepared agenda and the concluded votes are replaced by a new document holding the old agenda's titles as new,
     * prepared items, and everyone is told `restarted`.
     */
    startNew: z.object({}),
    /** Moderators: the carried-over minutes are continued in this meeting; the notice goes away for everyone. */
    continue: z.object({}),
  },
  events: {
    /**
     * To the connection that sent `sync`: what its state vector lacked. Apply the parts in order once all
     * `parts` have come (`part` counts from 0); a document smaller than `SYNC_PART_BYTES` comes as one part.
     * `stateVector` is the server's: a writer sends back what the server lacks (changes made while offline).
     */
    synced: z.object({
      update: EncodedUpdate,
      part: z.number().int(),
      parts: z.number().int(),
      stateVector: EncodedUpdate,
    }),
    /** To every connection that sent `sync` (has the minutes open), except the writer's: an accepted change. */
    updated: z.object({ update: EncodedUpdate, by: ParticipantId }),
    /** To everyone: who was granted write access (moderators write without being listed). */
    writersChanged: z.object({ writers: z.array(ParticipantId) }),
    /** To everyone: a formal vote of this room ended; decisions can link it (`MinutesEntry.voteId`). */
    voteConcluded: z.object({ vote: ConcludedVote }),
    /** To those who may download them (see `visibility`): an export is stored. */
    exported: z.object({ files: MinutesFiles, by: ParticipantId }),
    /** To the moderator who asked: the export could not be made or stored (e.g. the storage quota); nothing kept. */
    exportFailed: z.object({ reason: ExportFailure }),
    /**
     * To everyone: a moderator started new minutes (`startNew`). Drop the old document and sync a new, empty one for
     * `generation`; updates of the old one are refused. The concluded votes are gone with the old minutes (join state
     * `votes` is empty until the next `voteConcluded`).
     */
    restarted: z.object({ generation: MinutesGeneration, by: ParticipantId }),
    /** To everyone, once the stored minutes are loaded: they continue an earlier meeting (see join state). */
    carriedOver: CarriedOver,
    /** To everyone: a moderator chose to continue the carried-over minutes (join state `carriedOver` is null now). */
    continued: z.object({ by: ParticipantId }),
    /**
     * To moderators, once the stored minutes are loaded: the export when the room last closed failed (see join state
     * `notExportedOnClose`). It stands until an export is stored (`exported`) or new minutes are started (`restarted`).
     */
    notExportedOnClose: NotExportedOnClose,
  },
  errors: {
    forbidden: Forbidden,
    /** The issuer may not write: a moderator has to grant it. Nothing changed. */
    readOnly: z.object({}),
    /** The update is above the limit; split it into smaller transactions. */
    updateTooLarge: z.object({ maxBytes: z.number() }),
    /** The document is at `MAX_DOCUMENT_BYTES`; nothing changed. Delete something, or export and start new minutes. */
    documentFull: z.object({ maxBytes: z.number() }),
    /**
     * The update could not be applied; nothing changed. `missingHistory`: it builds on changes the server does not
     * have (sync again, then resend); `malformed`: not a Yjs update.
     */
    invalidUpdate: z.object({ reason: z.enum(['malformed', 'missingHistory']) }),
    /** The stored minutes are still being loaded; `sync` waits for them, `update` must be sent again later. */
    notReady: z.object({}),
    /** No such participant in the room. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** An export is being made; wait for `exported` or `exportFailed`. */
    exportRunning: z.object({}),
    /**
     * `sync` or `update` for a document the server has replaced (`startNew`); nothing changed. Drop the local document
     * and sync the current `generation` with a new one.
     */
    staleGeneration: z.object({ generation: MinutesGeneration }),
  },
  /** Who was granted write access, and whether this participant may write now. The document comes through `sync`. */
  joinState: z.object({
    writers: z.array(ParticipantId),
    canWrite: z.boolean(),
    /** The room's concluded formal votes, oldest first (at most `MAX_CONCLUDED_VOTES`). */
    votes: z.array(ConcludedVote),
    /** The latest export this participant may download; null when there is none (in this meeting). */
    files: MinutesFiles.nullable(),
    /** The document's generation: sent back with `sync` and `update`. */
    generation: MinutesGeneration,
    /** Set when the minutes continue an earlier meeting and no moderator has chosen yet (see `startNew`, `continue`). */
    carriedOver: CarriedOver.nullable(),
    /**
     * Moderators: the export when the room last closed failed and no export of the minutes is stored since; null when
     * not (always null for everyone else).
     */
    notExportedOnClose: NotExportedOnClose.nullable(),
  }),
});
export type MinutesProtocol = typeof minutesProtocol;
