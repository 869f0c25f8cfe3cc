import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { ModerationProtocol } from '../protocol.js';
import { type ModerationState, restrictsSelf } from './moderationReducer.js';

/** What moderation announces, with the parameters of each (the UI has the words). */
export type ModerationAnnouncements = {
  /** A notice to the muted person: who muted them, and whether they may unmute again. */
  readonly mutedBy: { readonly name: string; readonly canUnmute: boolean };
  /** Microphone restrictions now hold this client muted. */
  readonly restrictedYou: Readonly<Record<string, never>>;
  /** This client may speak again (allowed, or restrictions lifted). */
  readonly allowedYou: Readonly<Record<string, never>>;
  /** Notices for refused commands. */
  readonly actionFailed: Readonly<Record<string, never>>;
  readonly tooManyTargets: { readonly maxTargets: number };
  readonly cannotRemoveOwner: Readonly<Record<string, never>>;
  readonly cannotRemoveModerator: Readonly<Record<string, never>>;
  readonly notRenamable: { readonly name: string };
};

type Announcement = AnnouncementOf<ModerationAnnouncements> | null;

/**
 * The muted person gets a notice naming who muted them; a change of the restrictions is announced to the people it
 * holds or frees; a refused command is a notice to the moderator who sent it. `state` is the state before the input.
 */
export function announceModeration(
  input: ModuleInput<ModerationProtocol>,
  state: ModerationState,
  context: ModuleContext,
): Announcement {
  if (input.type === 'error') return announceError(input.error, context);
  if (input.type !== 'event') return null;
  const event = input.event;
  switch (event.event) {
    case 'muted': {
      const name = nameOf(context, event.by) || event.byName;
      return { key: 'mutedBy', params: { name, canUnmute: !restrictsSelf(state, context.self) }, notice: true };
    }
    case 'microphoneRestrictionsChanged': {
      const before = restrictsSelf(state, context.self);
      const after = restrictsSelf({ ...state, restrictions: event.restrictions }, context.self);
      if (before === after) return null;
      // One topic: "You may speak again" ends the notice "Restrictions are on" (see `AnnouncementOf`).
      return after
        ? { key: 'restrictedYou', params: {}, notice: true, topic: 'microphone' }
        : { key: 'allowedYou', params: {}, topic: 'microphone' };
    }
    default:
      return assertNever(event);
  }
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
    default:
      return assertNever(error);
  }
}
