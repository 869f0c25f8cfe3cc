import { ConnectionId, defineProtocol, ParticipantId } from '@plenum/protocol';
import { z } from 'zod';

/** Limits of the core module, shared by server validation and client forms. */
export const coreLimits = {
  displayNameMaxLength: 64,
  /** How long a participant whose last connection dropped is kept before they leave. */
  reconnectGraceSeconds: 10,
  maxParticipants: 250,
} as const;

export const DisplayName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(coreLimits.displayNameMaxLength)
  // No control or invisible formatting characters (they can break layouts, spoof text direction
  // or hide a name), except the zero-width (non-)joiners that emoji sequences and scripts such
  // as Persian or Hindi need.
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name.replace(/[\u200C\u200D]/g, '')), {
    message: 'must not contain control or invisible formatting characters',
  });

export const Role = z.enum(['moderator', 'participant', 'guest']);
export type Role = z.infer<typeof Role>;

export const ParticipantKind = z.enum(['browser', 'phone', 'roomSystem', 'recorder']);
export type ParticipantKind = z.infer<typeof ParticipantKind>;

/** `online` while at least one connection is up; `reconnecting` during the grace period. */
export const Presence = z.enum(['online', 'reconnecting']);
export type Presence = z.infer<typeof Presence>;

export const ParticipantInfo = z.object({
  id: ParticipantId,
  displayName: z.string(),
  role: Role,
  kind: ParticipantKind,
  presence: Presence,
  /** Milliseconds since the epoch, server clock. */
  joinedAt: z.number(),
});
export type ParticipantInfo = z.infer<typeof ParticipantInfo>;

/** Proof that a reconnecting client is the participant it claims to be. Never logged. */
export const ResumeTicket = z.object({
  participantId: ParticipantId,
  secret: z.string().min(16).max(128),
});
export type ResumeTicket = z.infer<typeof ResumeTicket>;

export const LeaveReason = z.enum(['left', 'timedOut', 'removed', 'roomClosed']);

export const coreProtocol = defineProtocol({
  ns: 'core',
  commands: {
    /** First frame on a connection. With `resume`, a dropped connection takes back its participant. */
    join: z.object({ displayName: DisplayName, resume: ResumeTicket.optional() }),
    /** Leave the room on purpose: no grace period. */
    leave: z.object({}),
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
      modules: z.record(z.string(), z.unknown()),
    }),
    participantJoined: z.object({ participant: ParticipantInfo }),
    participantUpdated: z.object({ participant: ParticipantInfo }),
    participantLeft: z.object({ participantId: ParticipantId, reason: LeaveReason }),
  },
  errors: {
    /** `join` on a connection that already joined. */
    alreadyJoined: z.object({}),
    /** The resume ticket is unknown or expired: join afresh without it. */
    resumeRejected: z.object({}),
    roomFull: z.object({ maxParticipants: z.number() }),
  },
  joinState: z.object({ participants: z.array(ParticipantInfo) }),
});
export type CoreProtocol = typeof coreProtocol;
