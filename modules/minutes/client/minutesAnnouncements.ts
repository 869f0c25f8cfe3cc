import type { AnnouncementOf, ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { MinutesProtocol } from '../protocol.js';
import { mayWrite } from './minutesReducer.js';
import type { MinutesState } from './minutesState.js';

type Empty = Readonly<Record<string, never>>;

/** What the minutes module announces, with the parameters of each (the UI has the words). */
export type MinutesAnnouncements = {
  /** To a participant who was granted write access (not to moderators, who always write). */
  readonly writeAllowed: Empty;
  /** To a participant whose write access was taken back. */
  readonly writeRevoked: Empty;
  /** To those who may download it: an export is stored (links in the panel). */
  readonly exported: Empty;
  /** To the moderator who asked: the export failed; `storage` means the storage quota. */
  readonly exportFailed: { readonly reason: 'storage' | 'internal' };
  readonly exportRunning: Empty;
  readonly notAllowed: Empty;
  readonly readOnly: Empty;
  readonly updateTooLarge: Empty;
  readonly documentFull: Empty;
  /** An edit could not be stored (malformed, or the room was still loading): it is sent again with the next sync. */
  readonly updateFailed: Empty;
  /** `unknownParticipant`: the person has left. */
  readonly participantGone: Empty;
  /** To everyone: a moderator started new minutes (the old ones are files for moderators). */
  readonly restarted: Empty;
};

const topic = 'minutes-write';

/**
 * Write access changing is said politely to the person it concerns (not to moderators, who write anyway); a stored
 * export politely to those who may download it; refusals as notices. Document changes are never announced (they would
 * talk over the meeting). A gap in history is mended quietly by syncing again.
 */
export function announceMinutes(
  input: ModuleInput<MinutesProtocol>,
  before: MinutesState,
  context: ModuleContext,
): AnnouncementOf<MinutesAnnouncements> | null {
  if (input.type === 'selfChanged' || input.type === 'participantJoined' || input.type === 'participantLeft') {
    return null;
  }
  if (input.type === 'event') {
    const event = input.event;
    switch (event.event) {
      case 'writersChanged': {
        if (context.self.moderator) return null;
        const now = mayWrite(event.writers, context);
        if (now === before.canWrite) return null;
        return now ? { key: 'writeAllowed', params: {}, topic } : { key: 'writeRevoked', params: {}, topic };
      }
      case 'exported':
        return { key: 'exported', params: {} };
      case 'exportFailed':
        return { key: 'exportFailed', params: { reason: event.reason }, notice: true };
      case 'restarted':
        return before.generation === event.generation ? null : { key: 'restarted', params: {} };
      case 'synced':
      case 'updated':
      case 'voteConcluded':
      case 'continued':
      case 'carriedOver':
      // Shown in the panel while it stands (see `MinutesState.notExportedOnClose`).
      case 'notExportedOnClose':
        return null;
      default:
        return assertNever(event);
    }
  }
  const error = input.error;
  switch (error.error) {
    case 'forbidden':
      return { key: 'notAllowed', params: {}, notice: true };
    case 'readOnly':
      return { key: 'readOnly', params: {}, notice: true };
    case 'updateTooLarge':
      return { key: 'updateTooLarge', params: {}, notice: true };
    case 'documentFull':
      return { key: 'documentFull', params: {}, notice: true };
    case 'exportRunning':
      return { key: 'exportRunning', params: {}, notice: true };
    case 'unknownParticipant':
      return { key: 'participantGone', params: {}, notice: true };
    case 'invalidUpdate':
      return error.reason === 'missingHistory' ? null : { key: 'updateFailed', params: {}, notice: true };
    case 'notReady':
    case 'staleGeneration':
      return null;
    default:
      return assertNever(error);
  }
}
