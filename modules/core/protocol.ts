import {
  AccessTicket,
  ConnectionId,
  DisplayName,
  defineProtocol,
  displayNameMaxLength,
  ParticipantId,
} from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/** Limits of the core module, shared by server validation and client forms. */
export const coreLimits = {
  displayNameMaxLength,
  /** How long a participant whose last connection dropped is kept before they leave. */
  reconnectGraceSeconds: 10,
  maxParticipants: 250,
} as const;

export { DisplayName };

/**
 * What a participant may do, as clients see it. The room's owner is shown as `moderator`
 * with `owner: true` on their `ParticipantInfo`: the owner has every moderator right, and
 * keeping this enum unchanged keeps clients that map every role to a label working.
 */
export const Role = z.enum(['moderator', 'participant', 'guest']);
export type Role = z.infer<typeof Role>;

export const ParticipantKind = z.enum(['browser', 'phone', 'roomSystem', 'recorder']);
export type ParticipantKind = z.infer<typeof ParticipantKind>;

/** `online` while at least one connection is up; `reconnecting` during the grace period. */
export const Presence = z.enum(['online', 'reconnecting']);
export type Presence = z.infer<typeof Presence>;

/**
 * What a participant may do with their media: `microphone: false` means muted by microphone restrictions (cannot
 * unmute); `screen` whether they may share their screen (moderators by default).
 */
export const Permissions = z.object({ microphone: z.boolean(), screen: z.boolean() });
export type Permissions = z.infer<typeof Permissions>;

export const ParticipantInfo = z.object({
  id: ParticipantId,
  displayName: z.string(),
  role: Role,
  /** Present (true) only for the room's owner, who is a moderator that nobody can demote. */
  owner: z.literal(true).optional(),
  kind: ParticipantKind,
  /**
   * Whether the participant signed in with an account (guests, phone callers and the recorder have none). Only
   * registered people can be eligible in a formal vote, whatever their role: a guest promoted to moderator is not.
   */
  registered: z.boolean(),
  presence: Presence,
  /** Milliseconds since the epoch, server clock. */
  joinedAt: z.number(),
  permissions: Permissions,
  /** The breakout room they are in; null in the main room. */
  group: z.string().nullable(),
});
export type ParticipantInfo = z.infer<typeof ParticipantInfo>;

/** Proof that a reconnecting client is the participant it claims to be. Never logged. */
export const ResumeTicket = z.object({
  participantId: ParticipantId,
  secret: z.string().min(16).max(128),
});
export type ResumeTicket = z.infer<typeof ResumeTicket>;

/**
 * Room-wide rules set by moderators: whether participants may rename themselves, and which modules are switched off
 * (their commands are refused to all but owner and moderators).
 */
export const RoomPolicy = z.object({ selfRename: z.boolean(), switchedOff: z.array(z.string()) });
export type RoomPolicy = z.infer<typeof RoomPolicy>;

/** Why a moderator took someone out of the meeting. */
export const RemovalReason = z.enum(['kicked', 'banned', 'debrief', 'meetingEnded']);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** `sentToWaitingRoom`: a moderator moved them back to the waiting room; they may be admitted again. */
export const LeaveReason = z.enum(['left', 'timedOut', 'removed', 'roomClosed', 'sentToWaitingRoom']);

export const coreProtocol = defineProtocol({
  ns: 'core',
  commands: {
    /**
     * First frame on a connection. `ticket` (from `POST /v1/rooms/{roomId}/tickets`, single-use) says who this is
     * and with which role; with `resume`, a dropped connection takes back its participant.
     */
    join: z.object({ displayName: DisplayName, ticket: AccessTicket, resume: ResumeTicket.optional() }),
    /** Leave the room on purpose: no grace period. The only command a waiting person may send. */
    leave: z.object({}),
    /** Owner or moderator only: gives a participant moderator rights. Guests and phone callers cannot have them. */
    promote: z.object({ participantId: ParticipantId }),
    /** Owner or moderator only: takes moderator rights away (never from the owner). A moderator may demote themselves. */
    demote: z.object({ participantId: ParticipantId }),
    /** Change your own display name, unless moderators locked self-renaming (owner and moderators always may). */
    rename: z.object({ displayName: DisplayName }),
  },
  events: {
    /**
     * To the joining connection only. `modules` holds each enabled module's join state by
     * namespace; a module that is off for this room is absent.
     */
    joined: z.object({
      participantId: ParticipantId,
      connectionId: ConnectionId,
      resumed: z.boolean(),
      resume: ResumeTicket,
      reconnectGraceSeconds: z.number(),
      participants: z.array(ParticipantInfo),
      policy: RoomPolicy,
      modules: z.record(z.string(), z.unknown()),
    }),
    participantJoined: z.object({ participant: ParticipantInfo }),
    participantUpdated: z.object({ participant: ParticipantInfo }),
    /**
     * Several participants changed in one step (breakout rooms opened or closed): each entry replaces that
     * participant's info, as one `participantUpdated` each would. One frame instead of hundreds.
     */
    participantsUpdated: z.object({ participants: z.array(ParticipantInfo) }),
    participantLeft: z.object({ participantId: ParticipantId, reason: LeaveReason }),
    /**
     * To a connection that must wait for a moderator, instead of `joined`: it gets no roster,
     * no module state and no media until admitted (then `joined` follows on the same
     * connection), and may only send `leave`. `participantId` is the id it will have inside.
     * Waiting survives no connection loss: a dropped waiting connection has to join again.
     * `moderatorPresent`: whether an owner or moderator is in the meeting, who could let them in.
     */
    waiting: z.object({
      participantId: ParticipantId,
      connectionId: ConnectionId,
      sentBack: z.boolean(),
      moderatorPresent: z.boolean(),
    }),
    /**
     * To waiting connections only: the last owner or moderator left the meeting (`false`: nobody can let them in
     * until one joins), or one arrived (`true`).
     */
    moderatorPresence: z.object({ present: z.boolean() }),
    /** To a waiting connection a moderator turned away, right before the server closes it. */
    notAdmitted: z.object({ reason: z.enum(['rejected']) }),
    /** To someone a moderator took out of the meeting (or everyone, when it ended), right before the server closes. */
    removed: z.object({ reason: RemovalReason, by: ParticipantId.optional() }),
    /** To everyone: the room policy changed. */
    policyChanged: z.object({ policy: RoomPolicy }),
  },
  errors: {
    /** `join` on a connection that already joined. */
    alreadyJoined: z.object({}),
    /** The resume ticket is unknown or expired: join afresh without it. */
    resumeRejected: z.object({}),
    roomFull: z.object({ maxParticipants: z.number() }),
    /** The command needs moderator rights the issuer does not have. Nobody else is told. */
    forbidden: Forbidden,
    /** Sent while waiting for admission: only `leave` is accepted until a moderator admits you. */
    stillWaiting: z.object({}),
    /** No participant with that id is in the room. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** Guests, phone callers and recorders can never be moderators. */
    cannotBeModerator: z.object({ participantId: ParticipantId }),
    /** The owner's role never changes. */
    cannotDemoteOwner: z.object({ participantId: ParticipantId }),
    /** Moderators locked self-renaming. */
    renameLocked: z.object({}),
    /** A moderator banned you from this meeting. */
    banned: z.object({}),
  },
  joinState: z.object({ participants: z.array(ParticipantInfo), policy: RoomPolicy }),
});
export type CoreProtocol = typeof coreProtocol;
