import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { ModerationProtocol } from '../protocol.js';
import { type ModerationState, restrictsSelf } from './moderationReducer.js';

/** What moderation announces, with the parameters of each (the UI has the words). */
export type ModerationAnnouncements = {
  /** A brief notice to the muted person: who muted them (they may unmute again). */
  readonly mutedBy: { readonly name: string };
  /** A notice while it holds: microphone restrictions now hold this client muted. */
  readonly restrictedYou: Readonly<Record<string, never>>;
  /** This client may speak again (allowed, restrictions lifted, or made a moderator). */
  readonly allowedYou: Readonly<Record<string, never>>;
  /** Notices for refused commands. */
  readonly actionFailed: Readonly<Record<string, never>>;
  readonly tooManyTargets: { readonly maxTargets: number };
  readonly cannotRemoveOwner: Readonly<Record<string, never>>;
  readonly cannotRemoveModerator: Readonly<Record<string, never>>;
  readonly notRenamable: { readonly name: string };
  /** To moderators: a ban closed the guest link with this label (empty: the link has none). */
  readonly guestLinkClosed: { readonly label: string };
  /** To the moderator who banned: the ban went through, the link could not be closed. */
  readonly linkNotClosed: Readonly<Record<string, never>>;
};

type Announcement = AnnouncementOf<ModerationAnnouncements> | null;

/**
 * The muted person gets a brief notice naming who muted them, unless restrictions hold them muted anyway (the notice
 * about those says more); a change of the restrictions, or of this client's role, is announced to the people it holds
 * or frees; a refused command is a notice to the moderator who sent it. Everything about this client's microphone is
 * on the shared topic `microphone`, so a newer notice replaces an older one and "You may speak again" ends "Restrictions
 * are on" (see `AnnouncementOf`). `state` is the state before the input.
 */
export function announceModeration(
  input: ModuleInput<ModerationProtocol>,
  state: ModerationState,
  context: ModuleContext,
): Announcement {
  switch (input.type) {
    case 'error':
      return announceError(input.error, context);
    case 'selfChanged':
      return restrictionChange(restrictsSelf(state, input.previous), restrictsSelf(state, context.self));
    case 'participantJoined':
    case 'participantLeft':
      return null;
    case 'event':
      break;
    default:
      return assertNever(input);
  }
  const event = input.event;
  switch (event.event) {
    case 'muted': {
      if (restrictsSelf(state, context.self)) return null;
      const name = nameOf(context, event.by) || event.byName;
      return { key: 'mutedBy', params: { name }, notice: true, brief: true, topic: 'microphone' };
    }
    case 'microphoneRestrictionsChanged':
      return restrictionChange(
        restrictsSelf(state, context.self),
        restrictsSelf({ ...state, restrictions: event.restrictions }, context.self),
      );
    case 'linkGuests':
      return null;
    case 'guestLinkClosed':
      return { key: 'guestLinkClosed', params: { label: event.label } };
    default:
      return assertNever(event);
  }
}

/** Restrictions began or stopped holding this client muted: a notice while they hold, a word when they let go. */
function restrictionChange(before: boolean, after: boolean): Announcement {
  if (before === after) return null;
  return after
    ? { key: 'restrictedYou', params: {}, notice: true, topic: 'microphone' }
    : { key: 'allowedYou', params: {}, topic: 'microphone' };
}

function announceError(
  error: Extract<ModuleInput<ModerationProtocol>, { type: 'error' }>['error'],
  context: ModuleContext,
): Announcement {
  switch (error.error) {
    case 'forbidden':
    case 'unknownParticipant':
    case 'restrictionsOff':
      return { key: 'actionFailed', params: {}, notice: true };
    case 'tooManyTargets':
      return { key: 'tooManyTargets', params: { maxTargets: error.maxTargets }, notice: true };
    case 'cannotRemoveOwner':
      return { key: 'cannotRemoveOwner', params: {}, notice: true };
    case 'cannotRemoveModerator':
      return { key: 'cannotRemoveModerator', params: {}, notice: true };
    case 'notRenamable':
      return { key: 'notRenamable', params: { name: nameOf(context, error.participantId) }, notice: true };
    case 'linkNotClosed':
      return { key: 'linkNotClosed', params: {}, notice: true };
    default:
      return assertNever(error);
  }
}
