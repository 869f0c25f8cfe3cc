import type { ModuleAnnouncement } from '@plenum/client-kit';

/** What the live region should say; the UI turns it into words of the current language. */
export type Announcement =
  | {
      readonly kind:
        | 'youJoined'
        | 'micMuted'
        | 'micUnmuted'
        | 'cameraOff'
        | 'cameraOn'
        | 'youShare'
        | 'youStopShare'
        | 'mediaRestoring'
        | 'mediaRestored'
        /** From the UI: the meeting link is on the clipboard. */
        | 'linkCopied'
        /** Waiting for a moderator, first time or sent back from the meeting. */
        | 'waiting'
        | 'sentBack'
        /** Waiting while no moderator is in the meeting; then one arrived, or the last one left. */
        | 'waitingForModerator'
        | 'moderatorArrived'
        | 'moderatorGone'
        /** A moderator let this person in. */
        | 'admitted'
        | 'youAreModerator'
        | 'youAreNoLongerModerator'
        /** A notice about a state went because it ended: the person may rename again. */
        | 'renameAllowed';
    }
  | {
      /**
       * `nameChanged`: this person's own rename went through (`name` is the new one). Someone else went: `left` on
       * their own, `lostConnection`, `removed` by a moderator, `sentToWaitingRoom` by a moderator (see `leaveKind`).
       */
      readonly kind:
        | 'joined'
        | 'left'
        | 'lostConnection'
        | 'removed'
        | 'sentToWaitingRoom'
        | 'shareStarted'
        | 'shareStopped'
        | 'nameChanged';
      readonly name: string;
    }
  /** Said by a registered module (see `ClientModule.announce`); its UI has the words. */
  | ({ readonly kind: 'module' } & ModuleAnnouncement);
