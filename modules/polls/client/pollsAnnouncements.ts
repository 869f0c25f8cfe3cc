import type { AnnouncementOf, ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { PollsProtocol } from '../protocol.js';
import type { PollsState } from './pollsReducer.js';

type Empty = Readonly<Record<string, never>>;

/** What the polls module announces, with the parameters of each (the UI has the words). */
export type PollsAnnouncements = {
  /**
   * To everyone: "Poll started: <topic>", also shown briefly to all but who started it (the module does not know
   * whether the polls panel is on view, so it is shown also to those who have it open).
   */
  readonly pollStarted: { readonly topic: string };
  /** To everyone, politely: "Poll ended". */
  readonly pollEnded: { readonly topic: string };
  /** To the voter: the server counted the ballot. */
  readonly voteRecorded: Empty;
  // Notices: a refused command (the form checks the same limits first, so these are rare).
  readonly pollRunning: Empty;
  readonly topicInvalid: { readonly maxLength: number };
  readonly choiceCountInvalid: { readonly min: number; readonly max: number };
  /** `position` counts from 1. */
  readonly choiceInvalid: { readonly position: number; readonly maxLength: number };
  readonly choiceDuplicate: { readonly position: number };
  readonly durationInvalid: { readonly minSeconds: number; readonly maxSeconds: number };
  readonly ballotInvalid: Empty;
  readonly alreadyVoted: Empty;
  readonly pollGone: Empty;
  readonly notAllowed: Empty;
};

/** The topic of a poll's start and end: the end of a poll ends the notice of its start. */
const pollTopic = 'poll';

/**
 * Starts and ends are announced to everyone; the own vote politely to the voter; every refused command as a notice
 * to its issuer. Tallies are not announced (they would talk over the meeting).
 */
export function announcePolls(
  input: ModuleInput<PollsProtocol>,
  _before?: PollsState,
  context?: ModuleContext,
): AnnouncementOf<PollsAnnouncements> | null {
  if (input.type === 'event') {
    const event = input.event;
    switch (event.event) {
      case 'started': {
        const said = { key: 'pollStarted', params: { topic: event.poll.topic }, topic: pollTopic } as const;
        return event.poll.startedBy === context?.self.participantId ? said : { ...said, notice: true, brief: true };
      }
      case 'ended':
        return { key: 'pollEnded', params: { topic: event.result.poll.topic }, topic: pollTopic };
      case 'voted':
        return { key: 'voteRecorded', params: {} };
      case 'tally':
      case 'progress':
        return null;
      default:
        return assertNever(event);
    }
  }
  if (input.type !== 'error') return null;
  const error = input.error;
  switch (error.error) {
    case 'pollRunning':
      return { key: 'pollRunning', params: {}, notice: true };
    case 'invalidTopic':
      return { key: 'topicInvalid', params: { maxLength: error.maxLength }, notice: true };
    case 'invalidChoiceCount':
      return { key: 'choiceCountInvalid', params: { min: error.min, max: error.max }, notice: true };
    case 'invalidChoice':
      return { key: 'choiceInvalid', params: { position: error.index + 1, maxLength: error.maxLength }, notice: true };
    case 'duplicateChoice':
      return { key: 'choiceDuplicate', params: { position: error.index + 1 }, notice: true };
    case 'invalidDuration':
      return {
        key: 'durationInvalid',
        params: { minSeconds: error.minSeconds, maxSeconds: error.maxSeconds },
        notice: true,
      };
    case 'emptyBallot':
    case 'tooManyChoices':
    case 'unknownChoice':
    case 'repeatedChoice':
      return { key: 'ballotInvalid', params: {}, notice: true };
    case 'alreadyVoted':
      return { key: 'alreadyVoted', params: {}, notice: true };
    case 'noSuchPoll':
      return { key: 'pollGone', params: {}, notice: true };
    case 'forbidden':
      return { key: 'notAllowed', params: {}, notice: true };
    default:
      return assertNever(error);
  }
}
