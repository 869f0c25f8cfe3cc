import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { Choice, LegalVoteProtocol, ProblemKind, VoteKind } from '../protocol.js';

type Command<A extends CommandOf<LegalVoteProtocol>['action']> = Extract<CommandOf<LegalVoteProtocol>, { action: A }>;

/** What the start form collects; an absent duration means the vote runs until its initiator stops it. */
export interface VoteDraft {
  readonly title: string;
  readonly subtitle: string;
  readonly topic: string;
  readonly kind: VoteKind;
  readonly abstain: boolean;
  readonly eligible: readonly ParticipantId[];
  readonly durationSeconds?: number | undefined;
  readonly closeWhenAllVoted: boolean;
}

/** The start command for a draft; a blank subtitle or topic is left out (the vote has none). */
export function startVote(draft: VoteDraft): Command<'start'> {
  return {
    action: 'start',
    title: draft.title,
    ...(draft.subtitle.trim() === '' ? {} : { subtitle: draft.subtitle }),
    ...(draft.topic.trim() === '' ? {} : { topic: draft.topic }),
    kind: draft.kind,
    options: { abstain: draft.abstain },
    eligible: [...draft.eligible],
    ...(draft.durationSeconds === undefined ? {} : { durationSeconds: draft.durationSeconds }),
    closeWhenAllVoted: draft.closeWhenAllVoted,
  };
}

/** Casts this person's one ballot; a pseudonymous vote needs the token the server issued to them (null otherwise). */
export function castBallot(voteId: string, choice: Choice, token: string | null): Command<'castBallot'> {
  return token === null ? { action: 'castBallot', voteId, choice } : { action: 'castBallot', voteId, choice, token };
}

export function stopVote(voteId: string): Command<'stop'> {
  return { action: 'stop', voteId };
}

export function cancelVote(voteId: string, reason: string): Command<'cancel'> {
  return { action: 'cancel', voteId, reason };
}

/** Reports a technical problem during the vote; a blank text is left out. */
export function reportProblem(voteId: string, kind: ProblemKind, text: string): Command<'reportProblem'> {
  return text.trim() === ''
    ? { action: 'reportProblem', voteId, kind }
    : { action: 'reportProblem', voteId, kind, text };
}
