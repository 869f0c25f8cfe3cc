import type { ModuleAnnouncement } from '@plenum/client-kit';
import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import type { Notice } from './Notice.js';

/** What the session knows that decides whether a notice about a state still holds. */
export interface NoticeFacts {
  /** This client's roster entry; undefined while it is not inside (waiting, removed). */
  readonly self: ParticipantInfo | undefined;
  readonly policy: RoomPolicy;
}

/**
 * Which notices replace each other, one per kind or source: the core's per device or feature (a camera that fell
 * back, then could not start: only the latter is true), a module's per topic (default: the announcement's key).
 */
export function noticeSlot(notice: Notice): string {
  switch (notice.kind) {
    case 'micProblem':
    case 'microphoneFallback':
    case 'microphoneRestricted':
      return 'core:microphone';
    case 'cameraProblem':
    case 'cameraFallback':
      return 'core:camera';
    case 'speakerFallback':
      return 'core:speaker';
    case 'screenProblem':
    case 'screenShareNotAllowed':
    case 'screenShareRevoked':
      return 'core:screen';
    case 'mediaUnavailable':
    case 'publishFailed':
      return 'core:media';
    case 'moderationFailed':
      return 'core:moderation';
    case 'renameLocked':
    case 'renamedByModerator':
      return 'core:name';
    case 'module':
      return moduleSlot(notice);
  }
}

/** The slot of a module's announcement: its namespace and topic (see `AnnouncementOf`). */
export function moduleSlot({ ns, announcement }: ModuleAnnouncement): string {
  return `module:${ns}:${announcement.topic ?? announcement.key}`;
}

/**
 * Whether a notice still describes the present. Notices about a state of this client (restricted microphone, no
 * permission to share, renaming locked) go when it ends, also when this client leaves the meeting for the waiting
 * room; the others stay until dismissed, replaced or, counting down, over.
 */
export function noticeHolds(notice: Notice, { self, policy }: NoticeFacts): boolean {
  switch (notice.kind) {
    case 'microphoneRestricted':
      return self?.permissions.microphone === false;
    case 'screenShareNotAllowed':
    case 'screenShareRevoked':
      return self?.permissions.screen === false;
    case 'renameLocked':
      return self !== undefined && !policy.selfRename && self.role !== 'moderator';
    default:
      return true;
  }
}

/**
 * What to say when a notice went because its state ended: the person may share or rename again. None for the
 * microphone: the moderation module already says "You may speak again".
 */
export function endedAnnouncement(notice: Notice): 'screenShareAllowed' | 'renameAllowed' | null {
  switch (notice.kind) {
    case 'screenShareNotAllowed':
    case 'screenShareRevoked':
      return 'screenShareAllowed';
    case 'renameLocked':
      return 'renameAllowed';
    default:
      return null;
  }
}

/** Seconds of the wait a notice is about: a module's notice with `countdown` and a number `params.seconds`. */
export function countdownSeconds(notice: Notice): number | null {
  if (notice.kind !== 'module' || notice.announcement.countdown !== true) return null;
  const seconds: unknown = (notice.announcement.params as { readonly seconds?: unknown }).seconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null;
}
