import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/** Most people one speaker list may hold (a room's largest size). */
export const MAX_SPEAKERS = 250;
/** Shortest time per speaker, when there is a limit at all. */
export const MIN_SECONDS_PER_SPEAKER = 10;
/** Longest time per speaker: one hour. */
export const MAX_SECONDS_PER_SPEAKER = 3600;

/**
 * How the order is made: `fixed` as the moderator listed the people, `random` shuffled by the
 * server, `nominate` each speaker picks the next from those who have not spoken yet.
 */
export const SpeakerMode = z.enum(['fixed', 'random', 'nominate']);
export type SpeakerMode = z.infer<typeof SpeakerMode>;

/**
 * Why a turn ended: the speaker passed the stick, a moderator skipped them, their time ran out,
 * they left the meeting, or a moderator took them off the list.
 */
export const TurnEnd = z.enum(['passed', 'skipped', 'timeUp', 'left', 'removed']);
export type TurnEnd = z.infer<typeof TurnEnd>;

/** Why the list ended: a moderator stopped it, or the last turn ended (for that reason) with nobody left. */
export const ListEnd = z.enum(['stopped', ...TurnEnd.options]);
export type ListEnd = z.infer<typeof ListEnd>;

/**
 * A running speaker list, as everyone sees it. A running list always has a speaker; when the
 * last one is done, the list ends.
 */
export const SpeakerList = z.object({
  mode: SpeakerMode,
  /** Who holds the stick now. */
  speaker: ParticipantId,
  /**
   * Who has not spoken yet, in order. `fixed`/`random`: exactly the order they will speak in.
   * `nominate`: the people the speaker may nominate from; the first of them takes over when the
   * turn ends without a nomination.
   */
  waiting: z.array(ParticipantId),
  /** Who speaks after the current speaker (one of `waiting`); in `nominate` mode null until nominated. */
  next: ParticipantId.nullable(),
  /** Who already had their turn, in order (someone added again speaks again). */
  spoken: z.array(ParticipantId),
  /** The time each speaker has, or null for no limit. */
  secondsPerSpeaker: z.number().int().nullable(),
  /** Server clock, milliseconds since the epoch: when this turn began and, with a limit, when it ends. */
  turnStartedAt: z.number(),
  turnEndsAt: z.number().nullable(),
});
export type SpeakerList = z.infer<typeof SpeakerList>;

/**
 * `now` in every frame that carries the list is the server clock when it was sent, so a client
 * can count the speaker's time down on its own clock without trusting the two clocks agree.
 */
const Now = z.number();

/**
 * The talking stick: a speaker order that moderators start and steer and that the speakers
 * pass on. Every command is checked on the server; a refused one changes nothing and only its
 * issuer is told. The list is room-wide (breakout groups do not have their own).
 */
export const talkingStickProtocol = defineProtocol({
  ns: 'talking-stick',
  commands: {
    /**
     * Moderators: starts a list. `participantIds` are the people in order (default: everyone
     * present, in join order; the recorder never speaks); `random` shuffles them; in `nominate`
     * mode the first of them starts. `secondsPerSpeaker` null or absent: no time limit.
     */
    start: z.object({
      mode: SpeakerMode,
      participantIds: z.array(ParticipantId).optional(),
      secondsPerSpeaker: z.number().int().nullable().optional(),
    }),
    /** The current speaker: "I'm done", the stick passes on. */
    pass: z.object({}),
    /** The current speaker in `nominate` mode: who speaks next (may be changed until the turn ends). */
    nominate: z.object({ participantId: ParticipantId }),
    /**
     * Moderators: ends the turn of `participantId`, who must still be the speaker (so a skip
     * meant for someone who just passed does not skip the next person).
     */
    skip: z.object({ participantId: ParticipantId }),
    /** Moderators: puts someone on the list, at the end (default) or as the next speaker. */
    add: z.object({ participantId: ParticipantId, position: z.enum(['end', 'next']).optional() }),
    /** Moderators: takes someone off the list; if they are speaking, the stick passes on. */
    remove: z.object({ participantId: ParticipantId }),
    /** Moderators: ends the list. */
    stop: z.object({}),
  },
  events: {
    /** To everyone: a moderator started a list. */
    started: z.object({ list: SpeakerList, by: ParticipantId, now: Now }),
    /** To everyone: the stick moved from `previous` to `list.speaker`. */
    turnChanged: z.object({ list: SpeakerList, previous: ParticipantId, reason: TurnEnd, now: Now }),
    /** To everyone: someone was added, removed (not the speaker) or nominated; the speaker is the same. */
    orderChanged: z.object({
      list: SpeakerList,
      change: z.enum(['added', 'removed', 'nominated']),
      participantId: ParticipantId,
      now: Now,
    }),
    /** To everyone: the list is over. `previous` held the stick last. */
    ended: z.object({ reason: ListEnd, previous: ParticipantId }),
    /** To the new speaker only: it is your turn (a UI plays a sound and announces it). */
    yourTurn: z.object({ secondsPerSpeaker: z.number().int().nullable(), turnEndsAt: z.number().nullable() }),
    /** To the next speaker only, whenever the next speaker changes: you are next. */
    youAreNext: z.object({}),
  },
  errors: {
    forbidden: Forbidden,
    /** A list is running; stop it first. */
    alreadyRunning: z.object({}),
    /** No list is running. */
    notRunning: z.object({}),
    /** The time per speaker is outside the limits. */
    invalidDuration: z.object({ minSeconds: z.number(), maxSeconds: z.number() }),
    /** The list would hold more people than allowed. */
    tooManySpeakers: z.object({ maxSpeakers: z.number() }),
    /** Nobody who could speak is present (or the given list is empty). */
    nobodyToList: z.object({}),
    /** No participant with that id is in the room. */
    unknownParticipant: z.object({ participantId: ParticipantId }),
    /** The recorder never speaks. */
    cannotSpeak: z.object({ participantId: ParticipantId }),
    /** The same person twice in one list. */
    duplicateParticipant: z.object({ participantId: ParticipantId }),
    /** Only the current speaker may pass or nominate. */
    notYourTurn: z.object({}),
    /** A skip for someone who no longer holds the stick. */
    notSpeaking: z.object({ participantId: ParticipantId }),
    /** Nominating only exists in `nominate` mode. */
    wrongMode: z.object({ mode: SpeakerMode }),
    /** Only someone on the list who has not spoken yet can be nominated. */
    notNominable: z.object({ participantId: ParticipantId }),
    /** That person is already on the list (waiting or speaking). */
    alreadyListed: z.object({ participantId: ParticipantId }),
    /** That person is not on the list. */
    notListed: z.object({ participantId: ParticipantId }),
  },
  /** The running list (null when none) and the server clock. */
  joinState: z.object({ list: SpeakerList.nullable(), now: Now }),
});
export type TalkingStickProtocol = typeof talkingStickProtocol;
