import type { ModuleAnnouncement } from '@plenum/client-kit';
import type { DeviceFailure } from '@plenum/module-media/client';

/** A problem, or a state that holds this person, worth a dismissible message; the meeting goes on. */
export type Notice =
  | {
      readonly kind:
        | 'mediaUnavailable'
        | 'publishFailed'
        | 'screenProblem'
        /** The chosen device went away mid-meeting and the system default took over. */
        | 'microphoneFallback'
        | 'cameraFallback'
        | 'speakerFallback'
        /** A moderator's role change was refused. */
        | 'moderationFailed'
        /** Moderators locked self-renaming (while it holds). */
        | 'renameLocked'
        /** Microphone restrictions hold this client muted (it tried to unmute; while they hold). */
        | 'microphoneRestricted'
        /** Only moderators and people a moderator allowed may share their screen (while not allowed). */
        | 'screenShareNotAllowed'
        /** A moderator took the permission to share away and so stopped this client's share (brief). */
        | 'screenShareRevoked'
        /** A moderator took the permission to share away while this client was not sharing (brief). */
        | 'screenShareTaken'
        /** A moderator allowed this client to share its screen (brief, while allowed). */
        | 'screenShareAllowed';
    }
  /** Someone else (a moderator) changed this client's display name to `name`. */
  | { readonly kind: 'renamedByModerator'; readonly name: string }
  /** A registered module's announcement that asked to be a notice (e.g. a refused command). */
  | ({ readonly kind: 'module' } & ModuleAnnouncement)
  /** The microphone or camera could not be started, and why (blocked, missing, in use, …). */
  | { readonly kind: 'micProblem' | 'cameraProblem'; readonly failure: DeviceFailure };

/**
 * A notice on screen. `id` is new for every notice raised (also one that replaces an older of its kind), so the UI
 * shows, and screen readers announce, each one once. `countdown`: the notice is about a wait of `seconds` that is
 * over at `until` (the session's clock); it counts down on screen and goes away then. `brief`: one-shot information
 * that goes by itself after `briefNoticeMs` unless the person holds it (points at it, has focus in it).
 */
export interface ShownNotice {
  readonly id: number;
  readonly notice: Notice;
  readonly countdown: { readonly seconds: number; readonly until: number } | null;
  readonly brief: boolean;
}
