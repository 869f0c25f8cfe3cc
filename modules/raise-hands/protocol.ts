import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/** Limits of the raise-hands module, shared by the server's checks and the client. */
export const raiseHandsLimits = {
  /**
   * Shortest time between two raises of the same participant. Every raise plays a sound for the
   * moderators, so raising and lowering in a loop must not turn into a siren.
   */
  raiseCooldownMs: 2000,
} as const;

/** A raised hand: who, and when (milliseconds since the epoch, server clock). The queue is ordered by `raisedAt`. */
export const RaisedHand = z.object({ participantId: ParticipantId, raisedAt: z.number() });
export type RaisedHand = z.infer<typeof RaisedHand>;

/** Why a hand went down: its owner lowered it, or a moderator did (`by` names them). */
export const LoweredBy = z.enum(['self', 'moderator']);

/**
 * Raise and lower your own hand; owner and moderators lower one hand or all. Everyone sees who
 * has a hand up (icons on tiles and in the participant list); moderators see the queue in the
 * order hands went up. A participant who leaves drops out of the queue without an event of this
 * module (clients see `core.participantLeft`). Moderators can switch the module off through the
 * room policy (namespace `raise-hands`): the runtime then refuses the others' commands and every
 * hand is lowered.
 */
export const raiseHandsProtocol = defineProtocol({
  ns: 'raise-hands',
  commands: {
    /** Raise your own hand. Raising a hand that is already up changes nothing (no event). */
    raise: z.object({}),
    /** Lower your own hand. Lowering a hand that is not up changes nothing (no event). */
    lower: z.object({}),
    /** Owner or moderator: lower someone's hand; they are told who did it. */
    lowerHand: z.object({ participantId: ParticipantId }),
    /** Owner or moderator: lower every hand. */
    lowerAll: z.object({}),
  },
  events: {
    /** To everyone: a hand went up (a moderator's client plays a sound and announces it). */
    handRaised: z.object({ hand: RaisedHand }),
    /** To everyone: a hand went down; `by` is the moderator who lowered it (absent when its owner did). */
    handLowered: z.object({ participantId: ParticipantId, reason: LoweredBy, by: ParticipantId.optional() }),
    /** To everyone: every hand went down, lowered by moderator `by`. */
    allLowered: z.object({ by: ParticipantId }),
    /**
     * To everyone: moderators switched raising hands on or off. Switching it off lowers every hand
     * (no `allLowered` is sent besides this event).
     */
    availabilityChanged: z.object({ enabled: z.boolean() }),
  },
  errors: {
    forbidden: Forbidden,
    /** Raising hands is switched off in this room (a moderator's own `raise` is refused too). */
    switchedOff: z.object({}),
    /** Raised again too soon after the last raise; try again after `retryAfterMs`. */
    slowDown: z.object({ retryAfterMs: z.number(), cooldownMs: z.number() }),
    /** No participant with that id is in the room. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** That participant's hand is not raised (already lowered by themselves or someone else). */
    handNotRaised: z.object({ participantId: ParticipantId }),
  },
  /** The raised hands in the order they went up, for everyone; `enabled` false when moderators switched it off. */
  joinState: z.object({ enabled: z.boolean(), hands: z.array(RaisedHand) }),
});
export type RaiseHandsProtocol = typeof raiseHandsProtocol;
