import { clockFrom, type ModuleContext, type ModuleInput, type ServerClock } from '@plenum/client-kit';
import { assertNever, type JoinStateOf } from '@plenum/protocol';
import type {
  LegalVoteProtocol,
  MyBallot,
  PublishedBallot,
  ReportedProblem,
  SameAccount,
  VoteFilesFailure,
  VoteInfo,
  VoteResult,
} from '../protocol.js';
import { type KeptReceipt, type KeptReceipts, withKeptReceipt } from './keptReceipts.js';

export type LegalVoteJoinState = JoinStateOf<LegalVoteProtocol>;

/**
 * The running vote as this client sees it: its parameters, how many have voted, the ballots so far (live roll calls
 * only; otherwise empty), this client's own standing (eligible, its stored choice, token and receipt) and, for its
 * moderators and initiator, the technical problems voters reported (oldest first; empty for others).
 */
export interface RunningVote {
  readonly vote: VoteInfo;
  readonly count: number;
  readonly ballots: readonly PublishedBallot[];
  readonly mine: MyBallot;
  readonly problems: readonly ReportedProblem[];
}

/**
 * The stored files of an ended vote: the signed JSON protocol and the PDF report as meeting assets, or that they could
 * not both be stored (the vote and its record stand): why, and the protocol when only the report was refused.
 */
export type VoteFiles =
  | { readonly state: 'ready'; readonly protocolAssetId: string; readonly reportAssetId: string }
  | { readonly state: 'failed'; readonly reason: VoteFilesFailure; readonly protocolAssetId: string | null };

/**
 * The latest ended vote: its result, this client's standing in it as it was at the end (its choice and receipt, to
 * keep after the end; null when this client joined after the end and cannot know), and its stored files once the
 * server says (null before; a client that joins after gets them with the join state).
 */
export interface EndedVote {
  readonly result: VoteResult;
  readonly mine: MyBallot | null;
  readonly files: VoteFiles | null;
}

/**
 * Formal votes as this client sees them, the server's clock as learned from the latest frame that carried it,
 * (moderators) which participants are one account, so the start form lists each person once, and the receipts this tab
 * received (`kept`, by vote id: the client module keeps them in the tab's session storage, so a receipt shows again
 * after a reload or a new run of the room, when the server no longer knows it).
 */
export interface LegalVoteState {
  readonly running: RunningVote | null;
  readonly last: EndedVote | null;
  readonly clock: ServerClock;
  readonly sameAccount: SameAccount;
  readonly kept: KeptReceipts;
}

/** This client's standing in a vote as a kept receipt tells it, or null without one. */
function keptStanding(kept: KeptReceipts, voteId: string): MyBallot | null {
  const found: KeptReceipt | undefined = kept[voteId];
  if (!found) return null;
  const { receipt, choice } = found;
  return { eligible: true, choice, token: receipt.token ?? null, receipt };
}

/**
 * Null (module off) when the server sent no legal-vote state; otherwise the join state replaces everything but the
 * receipts this tab kept (`kept`): the latest result, which the join state carries without this client's standing, and
 * a running vote whose standing came without a receipt get it from a kept receipt of theirs.
 */
export function initLegalVote(
  join: LegalVoteJoinState | undefined,
  context: ModuleContext,
  kept: KeptReceipts = {},
): LegalVoteState | null {
  if (!join) return null;
  const running = join.running;
  const keptRunning = running && running.mine.receipt === null ? keptStanding(kept, running.vote.id) : null;
  return {
    running: running && keptRunning ? { ...running, mine: keptRunning } : running,
    last: join.last && {
      result: join.last,
      mine: keptStanding(kept, join.last.voteId),
      files: join.lastFiles && { state: 'ready', ...join.lastFiles },
    },
    clock: clockFrom(join.serverNow, context),
    sameAccount: join.sameAccount,
    kept,
  };
}

/**
 * Whether this client is named eligible in a vote that just started. The start names voters by the participant they
 * were then; the `ballotIssued` that follows (sent to every device of the account), a `receipt` or the join state
 * corrects it for another device of the same account.
 */
export function namedEligible(vote: VoteInfo, context: ModuleContext): boolean {
  return vote.eligible.some((v) => v.participant === context.self.participantId);
}

/** The tally of published ballots: what a live roll call shows while it runs. */
export function tallyOf(ballots: readonly PublishedBallot[]): { yes: number; no: number; abstain: number } {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const ballot of ballots) tally[ballot.choice] += 1;
  return tally;
}

/**
 * Pure reducer of the legal-vote state. Events of another vote than the running one change nothing (a receipt of the
 * latest ended vote still reaches it; every receipt is added to `kept`). `ended` moves the running vote, with this client's standing, to `last`; an end
 * of another vote (an interrupted one finished by the server later) replaces `last` and leaves the running vote alone.
 * An end this client did not see run (a vote of an earlier run of the room, ended by the server later) gets this
 * client's standing from a kept receipt. The stored files reach the latest result they name. Errors and roster changes change nothing. Returns the same object when nothing changed.
 */
export function legalVoteReducer(
  state: LegalVoteState,
  input: ModuleInput<LegalVoteProtocol>,
  context: ModuleContext,
): LegalVoteState {
  switch (input.type) {
    case 'selfChanged':
    case 'participantJoined':
    case 'participantLeft':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      const running = state.running;
      switch (event.event) {
        case 'started': {
          const mine: MyBallot = {
            eligible: namedEligible(event.vote, context),
            choice: null,
            token: null,
            receipt: null,
          };
          return {
            ...state,
            running: { vote: event.vote, count: 0, ballots: [], mine, problems: [] },
            clock: clockFrom(event.vote.startedAt, context),
          };
        }
        case 'ballotIssued':
          if (running?.vote.id !== event.voteId) return state;
          return { ...state, running: { ...running, mine: { ...running.mine, eligible: true, token: event.token } } };
        case 'ballotCast': {
          if (running?.vote.id !== event.voteId) return state;
          const { name, choice } = event;
          const ballots =
            name !== undefined && choice !== undefined ? [...running.ballots, { name, choice }] : running.ballots;
          return { ...state, running: { ...running, count: event.count, ballots } };
        }
        case 'receipt': {
          const { receipt, choice } = event;
          const kept = withKeptReceipt(state.kept, { receipt, choice });
          if (running?.vote.id === receipt.voteId) {
            const mine = { ...running.mine, eligible: true, choice, receipt };
            return { ...state, running: { ...running, mine }, kept };
          }
          const last = state.last;
          if (last?.result.voteId !== receipt.voteId) return state;
          const before = last.mine ?? { eligible: true, choice: null, token: receipt.token ?? null, receipt: null };
          return { ...state, last: { ...last, mine: { ...before, eligible: true, choice, receipt } }, kept };
        }
        case 'problemRecorded':
          return state;
        case 'problemReported':
          if (running?.vote.id !== event.voteId) return state;
          return { ...state, running: { ...running, problems: [...running.problems, event.problem] } };
        case 'sameAccount':
          return { ...state, sameAccount: event.groups };
        case 'reportsReady':
        case 'reportsFailed': {
          const last = state.last;
          if (last?.result.voteId !== event.voteId) return state;
          const files: VoteFiles =
            event.event === 'reportsReady'
              ? { state: 'ready', protocolAssetId: event.protocolAssetId, reportAssetId: event.reportAssetId }
              : { state: 'failed', reason: event.reason ?? 'other', protocolAssetId: event.protocolAssetId ?? null };
          return { ...state, last: { ...last, files } };
        }
        case 'ended': {
          const result = event.result;
          const ended = running?.vote.id === result.voteId ? running : null;
          return {
            ...state,
            running: ended ? null : running,
            last: { result, mine: ended?.mine ?? keptStanding(state.kept, result.voteId), files: null },
            clock: clockFrom(result.endedAt, context),
          };
        }
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}
