import { defineProtocol, ParticipantId, WaitingRoomMode } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/**
 * Who must wait for a moderator: nobody, guests (and so phone callers, who join as guests),
 * or everyone but the owner and moderators. The room starts with its configured policy.
 */
export const WaitingRoomPolicy = WaitingRoomMode;
export type WaitingRoomPolicy = z.infer<typeof WaitingRoomPolicy>;

/** A waiting person as moderators see them. `participantId` is the id they will have once admitted. */
export const WaitingPersonInfo = z.object({
  participantId: ParticipantId,
  displayName: z.string(),
  /** Moderators never wait, so this is `participant` or `guest`. */
  role: z.enum(['participant', 'guest']),
  kind: z.enum(['browser', 'phone', 'roomSystem', 'recorder']),
  /** Milliseconds since the epoch, server clock. */
  since: z.number(),
  /** A moderator sent them back from the meeting. */
  sentBack: z.boolean(),
});
export type WaitingPersonInfo = z.infer<typeof WaitingPersonInfo>;

/** Why someone is no longer waiting. */
export const WaitingEnd = z.enum(['admitted', 'rejected', 'left']);

/**
 * The waiting room as moderators operate it. Who waits is decided by the runtime (waiting
 * people are not participants and never reach a module); this module shows them to owner and
 * moderators and carries their decisions. Every command needs moderator rights; a refused
 * command is answered to its issuer only.
 */
export const lobbyProtocol = defineProtocol({
  ns: 'lobby',
  commands: {
    /** Lets one waiting person in; they join exactly like a direct joiner. */
    admit: z.object({ participantId: ParticipantId }),
    /** Lets everyone who waits in, in arrival order, while seats last. */
    admitAll: z.object({}),
    /** Turns a waiting person away: they are told `core.notAdmitted` and their connection closes. */
    reject: z.object({ participantId: ParticipantId }),
    /** Moves a participant (not owner or moderator) back to the waiting room; their media is released. */
    sendToWaitingRoom: z.object({ participantId: ParticipantId }),
    /** Changes who must wait from now on; `off` admits everyone who waits. */
    setWaitingRoom: z.object({ policy: WaitingRoomPolicy }),
  },
  events: {
    /** To owner and moderators: someone started waiting (a UI plays a sound and announces it). */
    waitingStarted: z.object({ person: WaitingPersonInfo }),
    /** To owner and moderators: someone is no longer waiting. */
    waitingEnded: z.object({ participantId: ParticipantId, reason: WaitingEnd }),
    /** To everyone in the room: who must wait changed. */
    waitingRoomChanged: z.object({ policy: WaitingRoomPolicy }),
    /** To someone who just became a moderator: the waiting list as it is now. */
    waitingList: z.object({ waiting: z.array(WaitingPersonInfo) }),
    /** To everyone in the room: the owner changed whether guests with a link wait whatever the policy. */
    guestLinksWaitChanged: z.object({ guestLinksWait: z.boolean() }),
    /**
     * To everyone in the room: the last owner or moderator left, was removed or stepped down (`false`: nobody can let
     * waiting people in or moderate until one joins), or one is there again (`true`).
     */
    moderatorPresence: z.object({ present: z.boolean() }),
  },
  errors: {
    forbidden: Forbidden,
    /** Nobody with that id waits (already admitted, rejected, or gone). */
    notWaiting: z.object({ participantId: ParticipantId }),
    /** Admitting would exceed the room's seats; those who did not fit still wait. */
    roomFull: z.object({ maxParticipants: z.number() }),
    /** No participant with that id is in the room. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** Owner and moderators cannot be sent back; demote a moderator first. */
    cannotSendBackModerator: z.object({ participantId: ParticipantId }),
  },
  /**
   * `waiting` is present for owner and moderators only. `guestLinksWait`: guests who come through one of the room's
   * links wait whatever the policy (the room's guest access is "through the waiting room", set by its owner).
   */
  joinState: z.object({
    policy: WaitingRoomPolicy,
    guestLinksWait: z.boolean(),
    waiting: z.array(WaitingPersonInfo).optional(),
  }),
});
export type LobbyProtocol = typeof lobbyProtocol;
