import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { EndReason, LegalVoteProtocol, ProblemKind, VoteFilesFailure } from '../protocol.js';
import { type LegalVoteState, namedEligible } from './legalVoteReducer.js';

type Empty = Readonly<Record<string, never>>;

/** What the legal-vote module announces, with the parameters of each (the UI has the words). */
export type LegalVoteAnnouncements = {
  /**
   * To everyone: "Formal vote started: <title>", and to those who may vote, that they may. A brief notice to those who
   * do not vote; spoken only to voters, who see the toolbar's notice with a button that opens the panel instead (it
   * stays until their ballot is stored), and to its initiator.
   */
  readonly voteStarted: { readonly title: string; readonly eligible: boolean };
  /**
   * To everyone, as a brief notice that ends the start's: the vote ended, why, and its counts; a cancelled vote has no
   * result, its words give the cancel reason instead (`cancelReason`, '' without).
   */
  readonly voteEnded: {
    readonly title: string;
    readonly reason: EndReason;
    readonly cancelReason: string;
    readonly yes: number;
    readonly no: number;
    readonly abstain: number;
  };
  /** To the voter, politely: the ballot is stored and the receipt is in the panel. */
  readonly ballotStored: Empty;
  /** To the reporter, politely: the problem report went into the record. */
  readonly problemRecorded: Empty;
  /**
   * To the vote's moderators and initiator (not the reporter), as a notice on the vote's topic, so that the vote's end
   * replaces it (the problem is about that vote, not the rest of the meeting): a voter reported a technical problem.
   * `text`: their words, '' without.
   */
  readonly problemReported: { readonly name: string; readonly kind: ProblemKind; readonly text: string };
  /** To moderators, politely: the vote's protocol and report are stored and can be downloaded from the panel. */
  readonly filesReady: { readonly title: string };
  /**
   * To moderators, as a notice: the vote's protocol and report could not be stored (the record stands), why, and
   * whether the protocol was stored (only the report was refused).
   */
  readonly filesFailed: { readonly title: string; readonly reason: VoteFilesFailure; readonly protocolStored: boolean };
  // Notices: a refused command (the forms check the same limits first, so most are rare).
  readonly notAllowed: Empty;
  readonly titleInvalid: { readonly maxLength: number };
  readonly subtitleInvalid: { readonly maxLength: number };
  readonly topicInvalid: { readonly maxLength: number };
  readonly durationInvalid: { readonly minSeconds: number; readonly maxSeconds: number };
  readonly noEligibleVoters: Empty;
  /** `name`: the participant's name, '' when they already left. */
  readonly participantIneligible: {
    readonly name: string;
    readonly reason: 'unknownParticipant' | 'notRegistered' | 'notABrowser';
  };
  readonly anotherVoteRunning: Empty;
  /** The vote named by a command has ended or never ran here. */
  readonly voteGone: Empty;
  /** The own ballot came after the end: not counted, recorded as refused after the end. */
  readonly ballotAfterEnd: Empty;
  readonly notEligible: Empty;
  readonly alreadyVoted: Empty;
  readonly wrongToken: Empty;
  readonly abstainNotOffered: Empty;
  readonly notInitiator: Empty;
  readonly reasonInvalid: { readonly maxLength: number };
  readonly problemTextInvalid: { readonly maxLength: number };
  readonly recovering: Empty;
};

/**
 * The topic of a vote's start, end, the own stored ballot and the chair's problem reports: the end, or the stored
 * ballot, ends the start's notice; the end ends the problem reports' notice.
 */
const voteTopic = 'legal-vote';

/**
 * Starts and ends are announced to everyone (screen readers hear both; the notices are alerts); the own stored ballot
 * and problem report politely to the person, a problem report as a notice to the chair; every refused command as a
 * notice to its issuer. Single ballots are not announced (they would talk over the meeting; a live roll call shows
 * them in the panel).
 */
export function announceLegalVote(
  input: ModuleInput<LegalVoteProtocol>,
  before?: LegalVoteState,
  context?: ModuleContext,
): AnnouncementOf<LegalVoteAnnouncements> | null {
  if (input.type === 'event') {
    const event = input.event;
    switch (event.event) {
      case 'started': {
        const eligible = context ? namedEligible(event.vote, context) : false;
        const said = { key: 'voteStarted', params: { title: event.vote.title, eligible }, topic: voteTopic } as const;
        if (event.vote.initiator.participant === context?.self.participantId || eligible) return said;
        return { ...said, notice: true, brief: true };
      }
      case 'ended': {
        const { title, reason, cancelReason, tally } = event.result;
        const params = {
          title,
          reason,
          cancelReason: cancelReason ?? '',
          yes: tally.yes,
          no: tally.no,
          abstain: tally.abstain,
        };
        return { key: 'voteEnded', params, topic: voteTopic, notice: true, brief: true };
      }
      case 'receipt':
        return { key: 'ballotStored', params: {}, topic: voteTopic };
      case 'problemRecorded':
        return { key: 'problemRecorded', params: {} };
      case 'problemReported': {
        const { participant, name, kind, text } = event.problem;
        // The reporter is told `problemRecorded`; everyone else who gets this is the chair.
        if (participant === context?.self.participantId) return null;
        return { key: 'problemReported', params: { name, kind, text: text ?? '' }, notice: true, topic: voteTopic };
      }
      case 'reportsReady':
      case 'reportsFailed': {
        // Only moderators are told: they answer for the record; the others find the links with the result.
        const title = before?.last?.result.voteId === event.voteId ? before.last.result.title : null;
        if (!context?.self.moderator || title === null) return null;
        if (event.event === 'reportsReady') return { key: 'filesReady', params: { title } };
        const params = { title, reason: event.reason ?? 'other', protocolStored: event.protocolAssetId !== undefined };
        return { key: 'filesFailed', params, notice: true };
      }
      case 'ballotIssued':
      case 'ballotCast':
      case 'sameAccount':
        return null;
      default:
        return assertNever(event);
    }
  }
  if (input.type !== 'error') return null;
  const error = input.error;
  switch (error.error) {
    case 'forbidden':
      return { key: 'notAllowed', params: {}, notice: true };
    case 'invalidTitle':
      return { key: 'titleInvalid', params: { maxLength: error.maxLength }, notice: true };
    case 'invalidSubtitle':
      return { key: 'subtitleInvalid', params: { maxLength: error.maxLength }, notice: true };
    case 'invalidTopic':
      return { key: 'topicInvalid', params: { maxLength: error.maxLength }, notice: true };
    case 'invalidDuration':
      return {
        key: 'durationInvalid',
        params: { minSeconds: error.minSeconds, maxSeconds: error.maxSeconds },
        notice: true,
      };
    case 'noEligibleVoters':
      return { key: 'noEligibleVoters', params: {}, notice: true };
    case 'ineligibleParticipant': {
      const name = context ? nameOf(context, error.participant) : '';
      return { key: 'participantIneligible', params: { name, reason: error.reason }, notice: true };
    }
    case 'anotherVoteRunning':
      return { key: 'anotherVoteRunning', params: {}, notice: true };
    case 'noSuchVote':
    case 'voteEnded':
      return { key: 'voteGone', params: {}, notice: true };
    case 'ballotAfterEnd':
      return { key: 'ballotAfterEnd', params: {}, notice: true };
    case 'notEligible':
      return { key: 'notEligible', params: {}, notice: true };
    case 'alreadyVoted':
      return { key: 'alreadyVoted', params: {}, notice: true };
    case 'wrongToken':
      return { key: 'wrongToken', params: {}, notice: true };
    case 'abstainNotOffered':
      return { key: 'abstainNotOffered', params: {}, notice: true };
    case 'notInitiator':
      return { key: 'notInitiator', params: {}, notice: true };
    case 'invalidReason':
      return { key: 'reasonInvalid', params: { maxLength: error.maxLength }, notice: true };
    case 'invalidProblemText':
      return { key: 'problemTextInvalid', params: { maxLength: error.maxLength }, notice: true };
    case 'recovering':
      return { key: 'recovering', params: {}, notice: true };
    default:
      return assertNever(error);
  }
}
