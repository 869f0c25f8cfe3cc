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

/**
 * Why a hand went down: its owner lowered it, a moderator did (`by` names them), or its owner moved to another
 * room (a breakout room, or back to the main room): a hand asks to speak in one room and does not travel.
 */
export const LoweredBy = z.enum(['self', 'moderator', 'moved']);

/**
 * How many hands are up in one room other than your own (`group`: a breakout room's id, null: the main room), for
 * owner and moderators, so that someone asking for help in a breakout room is noticed.
 */
export const HandsElsewhere = z.object({ group: z.string().nullable(), count: z.number().int().min(0) });
export type HandsElsewhere = z.infer<typeof HandsElsewhere>;

/**
 * Raise and lower your own hand; owner and moderators lower one hand or all. Everyone sees who
 * has a hand up (icons on tiles and in the participant list); moderators see the queue in the
 * order hands went up. A participant who leaves drops out of the queue without an event of this
 * module (clients see `core.participantLeft`). Moderators can switch the module off through the
 * room policy (namespace `raise-hands`): the runtime then refuses the others' commands and every
 * hand is lowered.
 *
 * The queue is per room: in breakout rooms (the runtime's groups) a hand is seen only in the room
 * where it went up, "Lower all" lowers the hands of the issuer's room, and moving to another room
 * lowers your hand (you get `handLowered` with `moved`, then the queue of the room you are in now).
 * Owner and moderators also get how many hands are up in each other room (`elsewhere`).
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
    /** To everyone in the raiser's room: a hand went up (a moderator's client plays a sound and announces it). */
    handRaised: z.object({ hand: RaisedHand }),
    /**
     * To everyone in the hand's room: a hand went down; `by` is the moderator who lowered it (absent when its owner
     * did, or moved: then its owner gets it too, in the room they went to).
     */
    handLowered: z.object({ participantId: ParticipantId, reason: LoweredBy, by: ParticipantId.optional() }),
    /** To everyone in moderator `by`'s room: every hand of that room went down. */
    allLowered: z.object({ by: ParticipantId }),
    /**
     * To one participant whose room changed (moved to another room or back) or whose moderator rights changed: the
     * queue of the room they are in now, replacing the one they had, and (owner and moderators) the other rooms' counts.
     */
    queue: z.object({ hands: z.array(RaisedHand), elsewhere: z.array(HandsElsewhere) }),
    /** To owner and moderators outside room `group`: the number of hands up there is now `count` (0: none). */
    elsewhereChanged: HandsElsewhere,
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
  /**
   * The raised hands of the joiner's room in the order they went up; `enabled` false when moderators switched it off;
   * `elsewhere` the rooms with hands up besides the joiner's (owner and moderators only; empty for everyone else).
   */
  joinState: z.object({ enabled: z.boolean(), hands: z.array(RaisedHand), elsewhere: z.array(HandsElsewhere) }),
});
export type RaiseHandsProtocol = typeof raiseHandsProtocol;
