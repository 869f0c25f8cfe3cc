import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { z } from 'zod';

/** The fixed set of reactions, by name; the emoji are the client's business (`reactionEmoji`). */
export const Reaction = z.enum(['thumbsUp', 'clap', 'heart', 'laugh', 'surprised', 'celebrate']);
export type Reaction = z.infer<typeof Reaction>;

/** How each reaction looks. Names go over the wire, so a client can never be made to show arbitrary text. */
export const reactionEmoji: Readonly<Record<Reaction, string>> = {
  thumbsUp: '👍',
  clap: '👏',
  heart: '❤️',
  laugh: '😂',
  surprised: '😮',
  celebrate: '🎉',
};

/** Limits of the reactions module, shared by the server's checks and the client. */
export const reactionsLimits = {
  /** At most this many reactions per participant within `windowMs` (a sliding window)… */
  maxPerWindow: 3,
  windowMs: 5000,
  /** How long a reaction shows on the sender's tile. */
  displayMs: 4000,
  /** Screen readers hear at most one reaction per this long; the ones in between are counted into the next. */
  announceEveryMs: 3000,
} as const;

/**
 * Short-lived emoji reactions, shown for a moment on the sender's tile. Nothing is kept: a late
 * joiner sees no earlier reactions. A reaction goes to the participants in the sender's room
 * (the main room or their breakout group), serialised once. Moderators can restrict reactions
 * through the room policy (namespace `reactions` switched off): the runtime then refuses everyone
 * else's reactions (`signaling.moduleSwitchedOff`); owner and moderators may still react.
 */
export const reactionsProtocol = defineProtocol({
  ns: 'reactions',
  commands: {
    /** Show `reaction` on your tile; limited to `maxPerWindow` per `windowMs`. */
    react: z.object({ reaction: Reaction }),
  },
  events: {
    /** To everyone in the sender's room, the sender included. `at`: milliseconds since the epoch, server clock. */
    reacted: z.object({ participantId: ParticipantId, reaction: Reaction, at: z.number() }),
    /** To everyone: moderators switched reactions on or off (off: only owner and moderators may react). */
    availabilityChanged: z.object({ enabled: z.boolean() }),
  },
  errors: {
    /** Too many reactions: try again after `retryAfterMs`. */
    slowDown: z.object({ retryAfterMs: z.number(), maxPerWindow: z.number(), windowMs: z.number() }),
  },
  /** Whether reactions are on for everyone; no history. */
  joinState: z.object({ enabled: z.boolean() }),
});
export type ReactionsProtocol = typeof reactionsProtocol;
