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
    case 'screenShareTaken':
    case 'screenShareAllowed':
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

/** The topics a module's notice shares with the conference's own notices (see `AnnouncementOf`). */
export const sharedTopics = ['microphone', 'camera', 'screen', 'name'] as const;
export type SharedTopic = (typeof sharedTopics)[number];

/** The slot of the conference's notices about `topic`, which modules' notices on that topic share. */
export function topicSlot(topic: SharedTopic): string {
  return `core:${topic}`;
}

/**
 * The slot of a module's announcement: a shared topic's (`microphone`: "Alice muted you" replaces "Your microphone
 * fell back", and the other way round), else its namespace and topic (see `AnnouncementOf`).
 */
export function moduleSlot({ ns, announcement }: ModuleAnnouncement): string {
  const topic = announcement.topic ?? announcement.key;
  return isSharedTopic(topic) ? topicSlot(topic) : `module:${ns}:${topic}`;
}

function isSharedTopic(topic: string): topic is SharedTopic {
  return (sharedTopics as readonly string[]).includes(topic);
}

/** Whether any of `notices` is about `topic` (e.g. explains why the microphone cannot be unmuted). */
export function showsNoticeAbout(notices: readonly { readonly notice: Notice }[], topic: SharedTopic): boolean {
  return notices.some((n) => noticeSlot(n.notice) === topicSlot(topic));
}

/**
 * Whether a notice is one-shot information rather than a problem or a state that holds: it goes by itself after a
 * while (see `NoticeBoard`). A moderator renamed this person, stopped their share, took or gave the permission to
 * share; a device fell back to the system default; a module's notice that says it is `brief`.
 */
export function isBrief(notice: Notice): boolean {
  switch (notice.kind) {
    case 'renamedByModerator':
    case 'screenShareRevoked':
    case 'screenShareTaken':
    case 'screenShareAllowed':
    case 'microphoneFallback':
    case 'cameraFallback':
    case 'speakerFallback':
      return true;
    case 'module':
      return notice.announcement.brief === true && notice.announcement.countdown !== true;
    default:
      return false;
  }
}

/**
 * Whether a notice still describes the present. Notices about a state of this client (restricted microphone, no
 * permission to share, or the permission given, renaming locked) go when it ends, also when this client leaves the
 * meeting for the waiting room, as does a moderator's renaming in the meeting left; the others stay until dismissed,
 * replaced or, counting down or brief, over.
 */
export function noticeHolds(notice: Notice, { self, policy }: NoticeFacts): boolean {
  switch (notice.kind) {
    case 'microphoneRestricted':
      return self?.permissions.microphone === false;
    case 'screenShareNotAllowed':
    case 'screenShareRevoked':
    case 'screenShareTaken':
      return self?.permissions.screen === false;
    case 'screenShareAllowed':
      return self?.permissions.screen === true;
    case 'renameLocked':
      return self !== undefined && !policy.selfRename && self.role !== 'moderator';
    case 'renamedByModerator':
      return self !== undefined;
    default:
      return true;
  }
}

/**
 * What to say when a notice went because its state ended: the person may rename again. None for the microphone (the
 * moderation module says "You may speak again") nor for sharing (a notice says "A moderator allowed you to share").
 */
export function endedAnnouncement(notice: Notice): 'renameAllowed' | null {
  return notice.kind === 'renameLocked' ? 'renameAllowed' : null;
}

/** Seconds of the wait a notice is about: a module's notice with `countdown` and a number `params.seconds`. */
export function countdownSeconds(notice: Notice): number | null {
  if (notice.kind !== 'module' || notice.announcement.countdown !== true) return null;
  const seconds: unknown = (notice.announcement.params as { readonly seconds?: unknown }).seconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null;
}
