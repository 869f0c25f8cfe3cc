import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/** Longest topic, in characters (code points) after trimming. */
export const MAX_TOPIC_LENGTH = 300;
/** Longest choice, in characters (code points) after trimming. */
export const MAX_CHOICE_LENGTH = 120;
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 64;
/** Shortest and longest duration of a poll that ends by itself, in seconds. */
export const MIN_DURATION_SECONDS = 10;
export const MAX_DURATION_SECONDS = 86_400;
/** Polls that may run at the same time in one room: one, so nobody has to tell two ballots apart. */
export const MAX_RUNNING_POLLS = 1;
/** Running counts are sent at most this often: a burst of votes becomes one tally. */
export const TALLY_INTERVAL_MS = 500;

/**
 * `live`: everyone sees the running counts. `hidden`: participants see only how many have voted until the end;
 * owner and moderators see the running counts (they run the meeting and decide when to close it).
 */
export const ResultVisibility = z.enum(['live', 'hidden']);
export type ResultVisibility = z.infer<typeof ResultVisibility>;

/** A poll's id, unique within the room. */
export const PollId = z.string().min(1).max(64);
export type PollId = z.infer<typeof PollId>;

/** A poll as everyone sees it while it runs. Choices are addressed by their index. */
export const PollInfo = z.object({
  id: PollId,
  topic: z.string(),
  choices: z.array(z.string()),
  /** Whether a ballot may name several choices. */
  multiple: z.boolean(),
  results: ResultVisibility,
  /** Whether a vote may be changed while the poll runs. */
  changeable: z.boolean(),
  startedBy: ParticipantId,
  /** Milliseconds since the epoch, server clock. */
  startedAt: z.number(),
  /** When it ends by itself (server clock), or null when a person ends it. */
  endsAt: z.number().nullable(),
});
export type PollInfo = z.infer<typeof PollInfo>;

/** How a poll ended: a person closed it, or its duration ran out. */
export const PollEnd = z.enum(['closed', 'expired']);
export type PollEnd = z.infer<typeof PollEnd>;

/** The outcome of a poll: anonymous counts per choice (by index) and how many voted. Never who voted what. */
export const PollResult = z.object({
  poll: PollInfo,
  counts: z.array(z.number()),
  voters: z.number(),
  reason: PollEnd,
  /** Who closed it; null when it expired. */
  endedBy: ParticipantId.nullable(),
  endedAt: z.number(),
});
export type PollResult = z.infer<typeof PollResult>;

/**
 * The running poll as one participant sees it: the counts only when they may see them (null otherwise), and their
 * own ballot (null before they voted).
 */
export const RunningPoll = z.object({
  poll: PollInfo,
  voters: z.number(),
  counts: z.array(z.number()).nullable(),
  myChoices: z.array(z.number()).nullable(),
});
export type RunningPoll = z.infer<typeof RunningPoll>;

/**
 * Quick polls (not legal votes: that is a separate module). A moderator starts one; everyone in the room (all
 * breakout groups included) votes once, or changes the vote when the poll allows it. The server keeps who voted
 * only to count each person once and to give them their own ballot back; it never sends anyone's choice to anyone
 * but that person. Limits are checked by the module, so a broken limit is a typed error naming it.
 */
export const pollsProtocol = defineProtocol({
  ns: 'polls',
  commands: {
    /** Moderators: starts a poll. Topic and choices are trimmed; choices must differ (ignoring case). */
    start: z.object({
      topic: z.string(),
      choices: z.array(z.string()),
      multiple: z.boolean(),
      results: ResultVisibility,
      changeable: z.boolean(),
      /** Whole seconds until it ends by itself; absent: until a person ends it. */
      durationSeconds: z.number().optional(),
    }),
    /** Casts (or, when allowed, replaces) this participant's ballot: the indexes of the chosen choices. */
    vote: z.object({ pollId: PollId, choices: z.array(z.number()) }),
    /** Its initiator or any moderator ends the poll; everyone gets the result. */
    end: z.object({ pollId: PollId }),
  },
  events: {
    /** To everyone: a poll started. */
    started: z.object({ poll: PollInfo }),
    /**
     * Running counts, coalesced (at most every `TALLY_INTERVAL_MS`): to everyone for live results, to owner and
     * moderators only for hidden results.
     */
    tally: z.object({ pollId: PollId, counts: z.array(z.number()), voters: z.number() }),
    /**
     * To everyone, for hidden results: how many have voted (coalesced like `tally`). Owner and moderators get it
     * too, followed by a `tally`; it never clears counts a client already has.
     */
    progress: z.object({ pollId: PollId, voters: z.number() }),
    /** To the voter's own connections only: the ballot the server counted. */
    voted: z.object({ pollId: PollId, choices: z.array(z.number()) }),
    /** To everyone: the poll ended, with its result. */
    ended: z.object({ result: PollResult }),
  },
  errors: {
    forbidden: Forbidden,
    /** Another poll runs; end it first. */
    pollRunning: z.object({ pollId: PollId, maxRunning: z.number() }),
    /** The topic is empty or longer than the limit (after trimming). */
    invalidTopic: z.object({ maxLength: z.number() }),
    /** Too few or too many choices. */
    invalidChoiceCount: z.object({ min: z.number(), max: z.number() }),
    /** The choice at `index` is empty or longer than the limit (after trimming). */
    invalidChoice: z.object({ index: z.number(), maxLength: z.number() }),
    /** The choice at `index` repeats an earlier one (after trimming, ignoring case). */
    duplicateChoice: z.object({ index: z.number() }),
    /** The duration is not a whole number of seconds within the limits. */
    invalidDuration: z.object({ minSeconds: z.number(), maxSeconds: z.number() }),
    /** No poll with that id is running (it ended, or never existed). */
    noSuchPoll: z.object({ pollId: PollId }),
    /** A ballot must name at least one choice. */
    emptyBallot: z.object({ pollId: PollId }),
    /** A single-choice poll takes one choice per ballot. */
    tooManyChoices: z.object({ pollId: PollId, maxChoices: z.number() }),
    /** A ballot names a choice the poll does not have; `choiceCount` is how many it has (indexes from 0). */
    unknownChoice: z.object({ pollId: PollId, choice: z.number(), choiceCount: z.number() }),
    /** A ballot names the same choice twice. */
    repeatedChoice: z.object({ pollId: PollId, choice: z.number() }),
    /** This poll does not allow changing a vote, and this participant has voted. */
    alreadyVoted: z.object({ pollId: PollId }),
  },
  /** `running`: the poll that runs now, as this participant sees it; `last`: the result of the latest ended poll. */
  /** `serverNow`: the server's clock when the state was made, so a late joiner's "time left" is right at once. */
  joinState: z.object({ running: RunningPoll.nullable(), last: PollResult.nullable(), serverNow: z.number() }),
});
export type PollsProtocol = typeof pollsProtocol;
