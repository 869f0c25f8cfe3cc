import { AuditSignature, Sha256Hex } from '@plenum/audit/schemas';
import { defineProtocol, ParticipantId } from '@plenum/protocol';
import { Forbidden } from '@plenum/room-kit/forbidden';
import { z } from 'zod';

/** Longest title, subtitle and topic, in characters (code points) after trimming. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_SUBTITLE_LENGTH = 300;
export const MAX_TOPIC_LENGTH = 2000;
/** Longest cancel reason and problem report, in characters after trimming. */
export const MAX_REASON_LENGTH = 500;
export const MAX_PROBLEM_TEXT_LENGTH = 500;
/** Most eligible voters of one vote (the hash chain stays far below its limits with this many). */
export const MAX_ELIGIBLE = 1000;
/** Shortest and longest duration of a vote that ends by itself, in seconds. */
export const MIN_DURATION_SECONDS = 10;
export const MAX_DURATION_SECONDS = 86_400;

/** A vote's id, unique within the installation (random): its record is `legal-vote:<id>`. */
export const VoteId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export type VoteId = z.infer<typeof VoteId>;

/** A pseudonymous voter's single-use token: random, unlinkable to the voter in the record. */
export const VoteToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
export type VoteToken = z.infer<typeof VoteToken>;

/**
 * `rollCall`: names and choices are published at the end. `liveRollCall`: each ballot (name and choice) is shown to
 * everyone as it is cast. `pseudonymous`: each voter gets a single-use token; the record and the result list tokens,
 * never names, so each voter can find their own ballot and nobody learns how others voted.
 */
export const VoteKind = z.enum(['rollCall', 'liveRollCall', 'pseudonymous']);
export type VoteKind = z.infer<typeof VoteKind>;

export const Choice = z.enum(['yes', 'no', 'abstain']);
export type Choice = z.infer<typeof Choice>;

/** Why a vote ended. `interrupted`: its record could not be written, or the server stopped while it ran. */
export const EndReason = z.enum(['stopped', 'deadline', 'allVoted', 'cancelled', 'roomClosed', 'interrupted']);
export type EndReason = z.infer<typeof EndReason>;

export const ProblemKind = z.enum(['audio', 'video', 'other']);
export type ProblemKind = z.infer<typeof ProblemKind>;

/**
 * A technical problem a voter reported during the vote, as its moderators and initiator see it: who, what kind, their
 * words (null without) and when it was stored (server clock, milliseconds since the epoch).
 */
export const ReportedProblem = z.object({
  participant: ParticipantId,
  name: z.string(),
  kind: ProblemKind,
  text: z.string().nullable(),
  at: z.number(),
});
export type ReportedProblem = z.infer<typeof ReportedProblem>;

/** An eligible voter as the vote names them: the participant at the start, their account and their name. */
export const Voter = z.object({ participant: ParticipantId, userId: z.string(), name: z.string() });
export type Voter = z.infer<typeof Voter>;

/** A vote's parameters as everyone sees them, from its start. */
export const VoteInfo = z.object({
  id: VoteId,
  /** The record's subject: `legal-vote:<id>`. */
  subject: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  topic: z.string().nullable(),
  kind: VoteKind,
  options: z.object({ abstain: z.boolean() }),
  eligible: z.array(Voter),
  initiator: z.object({ participant: ParticipantId, name: z.string() }),
  closeWhenAllVoted: z.boolean(),
  /** Milliseconds since the epoch, server clock. */
  startedAt: z.number(),
  /** When it ends by itself, or null. */
  endsAt: z.number().nullable(),
});
export type VoteInfo = z.infer<typeof VoteInfo>;

/** The counts of a vote, computed from its ballots. */
export const Tally = z.object({
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  /** How many voted (the sum of the three). */
  ballots: z.number(),
  eligible: z.number(),
});
export type Tally = z.infer<typeof Tally>;

/** One published ballot: the voter's name (roll calls) or their token (pseudonymous), and the choice. */
export const PublishedBallot = z.union([
  z.object({ name: z.string(), choice: Choice }),
  z.object({ token: VoteToken, choice: Choice }),
]);
export type PublishedBallot = z.infer<typeof PublishedBallot>;

/** The signed head of a vote's record: what a verifier anchors to. */
export const SignedRecordHead = z.object({
  seq: z.number(),
  hash: Sha256Hex,
  signature: AuditSignature,
});
export type SignedRecordHead = z.infer<typeof SignedRecordHead>;

/** The outcome of a vote, to everyone at its end. */
export const VoteResult = z.object({
  voteId: VoteId,
  title: z.string(),
  kind: VoteKind,
  /** Whether abstaining was offered (without it, the abstain count is always zero and not shown). */
  options: z.object({ abstain: z.boolean() }),
  reason: EndReason,
  /** Who stopped or cancelled it; null when it ended by itself. */
  endedBy: ParticipantId.nullable(),
  /** The cancel reason, when cancelled by a moderator. */
  cancelReason: z.string().nullable(),
  endedAt: z.number(),
  tally: Tally,
  /**
   * Every ballot: names for roll calls, in the order cast; tokens for pseudonymous votes, sorted by token (not in the
   * order cast, so the order does not tell who cast which).
   */
  ballots: z.array(PublishedBallot),
  /** The record's signed head; null when the record could not be completed (it ends as interrupted later). */
  record: SignedRecordHead.nullable(),
});
export type VoteResult = z.infer<typeof VoteResult>;

/** The stored files of an ended vote, as meeting assets (download: `GET /v1/assets/{id}`). */
export const VoteFileIds = z.object({ protocolAssetId: z.string(), reportAssetId: z.string() });

/**
 * Why an ended vote's files could not be stored: the organisation's storage is full (its quota), a file is larger than
 * the installation allows, or another fault (try again is not possible from the room: the files are made at the end).
 */
export const VoteFilesFailure = z.enum(['storageFull', 'tooLarge', 'other']);
export type VoteFilesFailure = z.infer<typeof VoteFilesFailure>;

/**
 * Participants (devices) that are one account, each group in the order they joined; only groups of two or more. The
 * start form lists such a person once: the server counts an account once anyway, and lets every device of it vote.
 */
export const SameAccount = z.array(z.array(ParticipantId).min(2));
export type SameAccount = z.infer<typeof SameAccount>;
export type VoteFileIds = z.infer<typeof VoteFileIds>;

/** What a voter keeps to check their own ballot in the exported record (`plenum verify-vote`). */
export const VoteReceipt = z.object({
  voteId: VoteId,
  subject: z.string(),
  entryHash: Sha256Hex,
  /** Pseudonymous votes: the voter's token, as it appears in the record. */
  token: VoteToken.optional(),
});
export type VoteReceipt = z.infer<typeof VoteReceipt>;

/** One participant's own standing in the running vote. */
export const MyBallot = z.object({
  eligible: z.boolean(),
  /** The choice, once the ballot is stored; null before. */
  choice: Choice.nullable(),
  /** Pseudonymous votes: the voter's token (only to the voter). */
  token: VoteToken.nullable(),
  receipt: VoteReceipt.nullable(),
});
export type MyBallot = z.infer<typeof MyBallot>;

/**
 * Audit-proof votes (issue 7). A moderator starts one vote at a time; only registered participants can be eligible.
 * Every fact (the start, each ballot, refusals, joins and leaves of eligible people, problem reports, the end with its
 * results) is appended to a hash chain and stored before anyone is told; the final entry is signed with the
 * installation key, and each voter gets a receipt for their ballot.
 */
export const legalVoteProtocol = defineProtocol({
  ns: 'legal-vote',
  commands: {
    /** Moderators: starts a vote. Texts are trimmed; `eligible` are participants now in the room. */
    start: z.object({
      title: z.string(),
      subtitle: z.string().optional(),
      topic: z.string().optional(),
      kind: VoteKind,
      options: z.object({ abstain: z.boolean() }),
      eligible: z.array(ParticipantId).max(MAX_ELIGIBLE),
      /** Whole seconds until it ends by itself; absent: until the initiator stops it. */
      durationSeconds: z.number().optional(),
      closeWhenAllVoted: z.boolean(),
    }),
    /** Casts this person's one ballot; pseudonymous votes need the voter's token. */
    castBallot: z.object({ voteId: VoteId, choice: Choice, token: z.string().max(64).optional() }),
    /** The initiator (or, once the initiator has left, a moderator) ends the vote now. */
    stop: z.object({ voteId: VoteId }),
    /** Moderators: cancels the vote, giving a reason (it goes into the record). */
    cancel: z.object({ voteId: VoteId, reason: z.string() }),
    /** A participant reports a technical problem during the vote; it goes into the record. */
    reportProblem: z.object({ voteId: VoteId, kind: ProblemKind, text: z.string().optional() }),
  },
  events: {
    /** To everyone: a vote started (once its start is stored). */
    started: z.object({ vote: VoteInfo }),
    /**
     * To every connection (device) of each eligible voter, privately, once the start is stored: they may vote, in
     * every kind; pseudonymous votes carry the voter's single-use token (null otherwise).
     */
    ballotIssued: z.object({ voteId: VoteId, token: VoteToken.nullable() }),
    /**
     * To everyone, once a ballot is stored: how many have voted; in a live roll call also who and what
     * (`name`, `choice`), otherwise neither.
     */
    ballotCast: z.object({ voteId: VoteId, count: z.number(), name: z.string().optional(), choice: Choice.optional() }),
    /** To the voter's own connections, once their ballot is stored: what to keep to check it later. */
    receipt: z.object({ receipt: VoteReceipt, choice: Choice }),
    /** To the reporter, once the report is stored. */
    problemRecorded: z.object({ voteId: VoteId }),
    /**
     * To the vote's moderators and its initiator (every device), once a problem report is stored: who reported what,
     * so the chair can act (wait, repeat, cancel).
     */
    problemReported: z.object({ voteId: VoteId, problem: ReportedProblem }),
    /** To everyone: the vote ended, with its result and the record's signed head. */
    ended: z.object({ result: VoteResult }),
    /**
     * To everyone, after the end: the signed JSON protocol and the PDF report are stored as assets of the meeting
     * (download: `GET /v1/assets/{id}`).
     */
    reportsReady: z.object({ voteId: VoteId, protocolAssetId: z.string(), reportAssetId: z.string() }),
    /**
     * To everyone, after the end: the protocol and report could not both be stored (the vote and its record stand).
     * `reason`: why (absent from older servers: `other`); `protocolAssetId`: the protocol, when it was stored and only
     * the report was refused (download: `GET /v1/assets/{id}`).
     */
    reportsFailed: z.object({
      voteId: VoteId,
      reason: VoteFilesFailure.optional(),
      protocolAssetId: z.string().optional(),
    }),
    /** To moderators, whenever it changes (and to one just promoted): which participants are one account. */
    sameAccount: z.object({ groups: SameAccount }),
  },
  errors: {
    forbidden: Forbidden,
    invalidTitle: z.object({ maxLength: z.number() }),
    invalidSubtitle: z.object({ maxLength: z.number() }),
    invalidTopic: z.object({ maxLength: z.number() }),
    invalidDuration: z.object({ minSeconds: z.number(), maxSeconds: z.number() }),
    /** A vote needs at least one eligible voter. */
    noEligibleVoters: z.object({}),
    /**
     * `participant` cannot be eligible: not in the room, a guest or someone without an account (`notRegistered`),
     * or a phone caller or recorder (`notABrowser`), who cannot see a ballot.
     */
    ineligibleParticipant: z.object({
      participant: ParticipantId,
      reason: z.enum(['unknownParticipant', 'notRegistered', 'notABrowser']),
    }),
    /** One vote at a time per room. */
    anotherVoteRunning: z.object({ voteId: VoteId }),
    /** No vote with that id ran in this meeting. */
    noSuchVote: z.object({ voteId: z.string() }),
    /** The vote has ended; nothing more goes into it. */
    voteEnded: z.object({ voteId: VoteId }),
    /**
     * A ballot that came after the end: not counted, and recorded as refused in the vote's signed after-the-end log
     * (a ballot after the end that is not recorded gets `voteEnded`).
     */
    ballotAfterEnd: z.object({ voteId: VoteId }),
    /** The issuer is not eligible (the refusal is recorded). */
    notEligible: z.object({ voteId: VoteId }),
    /** This person has voted already (the refusal is recorded). */
    alreadyVoted: z.object({ voteId: VoteId }),
    /** The token is missing or not this voter's (the refusal is recorded). */
    wrongToken: z.object({ voteId: VoteId }),
    /** The vote was started without the abstain option. */
    abstainNotOffered: z.object({ voteId: VoteId }),
    /** Only the initiator stops a vote while they are in the room (moderators may cancel it). */
    notInitiator: z.object({ voteId: VoteId }),
    invalidReason: z.object({ maxLength: z.number() }),
    invalidProblemText: z.object({ maxLength: z.number() }),
    /** The room is still finishing the record of an earlier, interrupted vote; try again in a moment. */
    recovering: z.object({}),
  },
  /**
   * `running`: the vote that runs now with this participant's own standing; `last`: the result of the latest vote of
   * this meeting. `serverNow`: the server's clock, so "time left" is right at once.
   */
  joinState: z.object({
    running: z
      .object({
        vote: VoteInfo,
        count: z.number(),
        /** Live roll calls: the ballots so far; otherwise empty. */
        ballots: z.array(PublishedBallot),
        mine: MyBallot,
        /** For moderators and the initiator: the problems reported so far, oldest first; empty for others. */
        problems: z.array(ReportedProblem),
      })
      .nullable(),
    last: VoteResult.nullable(),
    /** The stored protocol and report of `last`, once stored (null before, when they failed, or with no `last`). */
    lastFiles: VoteFileIds.nullable(),
    /** For moderators: which participants are one account (see the `sameAccount` event); empty for others. */
    sameAccount: SameAccount,
    serverNow: z.number(),
  }),
});
export type LegalVoteProtocol = typeof legalVoteProtocol;
