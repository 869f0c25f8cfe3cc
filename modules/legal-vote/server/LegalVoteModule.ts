import { randomBytes } from 'node:crypto';
import { appendEntry, type JsonValue, startChain } from '@plenum/audit';
import {
  assertNever,
  type CommandOf,
  type ConnectionId,
  type ErrorOf,
  type JoinStateOf,
  type ParticipantId,
} from '@plenum/protocol';
import { type ReportSettings, reportSettings } from '@plenum/reports';
import {
  defineModule,
  type Issuer,
  isModerator,
  type LeaveReason,
  type ModuleContext,
  type ModuleInstance,
  moderatorRoles,
  type Participant,
  type Role,
  type RoomCloseReason,
  type TimerHandle,
} from '@plenum/room-kit';
import {
  type Choice,
  type EndReason,
  type LegalVoteProtocol,
  legalVoteProtocol,
  MAX_PROBLEM_TEXT_LENGTH,
  MAX_REASON_LENGTH,
  type PublishedBallot,
  type ReportedProblem,
  type SameAccount,
  type VoteFilesFailure,
  type VoteInfo,
  type VoteResult,
} from '../protocol.js';
import {
  type AfterEndEntryData,
  afterEndStream,
  afterEndSubject,
  MAX_RECORDED_REFUSALS_AFTER_END,
} from './afterEndRecord.js';
import { cleanText, textLength } from './cleanText.js';
import { concludedVote } from './concludedVote.js';
import { recoverOpenVotes } from './recoverOpenVotes.js';
import { sameAccountGroups } from './sameAccountGroups.js';
import { storeVoteFiles, type VoteFiles, VoteFilesNotStored } from './storeVoteFiles.js';
import { Vote } from './Vote.js';
import { VoteWriter } from './VoteWriter.js';
import { validateStart } from './validateStart.js';
import { VoteFileNames } from './voteFileNames.js';
import { type StoredVoteRecord, type VoteEntryData, type VoteEntryKind, voteSubject } from './voteRecord.js';

/** What is told, and to whom, once an entry is stored. */
type Announcement =
  | { readonly type: 'started' }
  | { readonly type: 'ballot'; readonly userId: string; readonly name: string; readonly choice: Choice }
  | {
      readonly type: 'refusal';
      readonly connection: ConnectionId;
      readonly commandId: string | undefined;
      readonly error: ErrorOf<LegalVoteProtocol>;
    }
  | { readonly type: 'problem'; readonly connection: ConnectionId; readonly problem: ReportedProblem }
  | { readonly type: 'ended'; readonly result: VoteResult }
  | { readonly type: 'nothing' };

/** Results of the module's writes and timers, back in the room's turn. */
export type LegalVoteLoopback =
  | { readonly type: 'stored'; readonly vote: Vote; readonly hash: string; readonly announce: Announcement }
  | { readonly type: 'writeFailed'; readonly vote: Vote; readonly error: unknown }
  | {
      readonly type: 'afterEndFailed';
      readonly vote: Vote;
      readonly announce: Announcement;
      readonly error: unknown;
    }
  | { readonly type: 'deadline'; readonly vote: Vote }
  | { readonly type: 'refreshFiles'; readonly vote: Vote }
  | { readonly type: 'recovered'; readonly results: readonly VoteResult[] }
  | { readonly type: 'recoveryFailed'; readonly error: unknown }
  | { readonly type: 'filesStored'; readonly voteId: string; readonly files: VoteFiles }
  | { readonly type: 'filesFailed'; readonly voteId: string; readonly error: unknown };

type Ctx = ModuleContext<LegalVoteProtocol, LegalVoteLoopback>;
type Command<A extends CommandOf<LegalVoteProtocol>['action']> = Extract<CommandOf<LegalVoteProtocol>, { action: A }>;

const newId = (bytes: number): string => randomBytes(bytes).toString('base64url');

/** What `reportsFailed` tells of a failed store: why, and the protocol's id when only the report was refused. */
function failedFiles(error: unknown): { reason: VoteFilesFailure; protocolAssetId?: string } {
  if (!(error instanceof VoteFilesNotStored)) return { reason: 'other' };
  const { reason, protocolAssetId } = error;
  return protocolAssetId === null ? { reason } : { reason, protocolAssetId };
}

/**
 * How long after a ballot after the end the vote's files are made again (with the grown after-the-end log): late
 * ballots come in bursts right after the end, so one new pair of files covers a burst. The room closing does it at once.
 */
export const FILES_REFRESH_DELAY_MS = 30_000;

/**
 * Audit-proof votes, one at a time per room. Every fact goes into the vote's hash chain at once (in the handler, so
 * the chain's order is the room's order) and is written through a serial queue; only once it is stored is its effect
 * announced (the `stored` loopback). The end's head is signed with the installation key, and the signature is stored
 * with the record. A failed write ends the vote as interrupted, at once and for everyone; its stored part is finished
 * (an `interrupted` end, signed) as soon as the store takes writes again, or when the room next opens.
 *
 * Decisions: the initiator leaving does not end the vote (it is recorded); while the initiator is away, any moderator
 * may stop it, and a moderator may cancel it at any time with a reason. A ballot after the end is refused with
 * `voteEnded`; the signed end is final, so the refusal goes into the vote's separate after-the-end log (capped per
 * person, see `afterEndRecord`). A restarted server does not carry a vote on (its tokens and
 * its voters' connections are gone); it ends it as `interrupted` with everything stored before.
 */
export class LegalVoteModule implements ModuleInstance<LegalVoteProtocol, LegalVoteLoopback> {
  readonly #ctx: Ctx;
  readonly #writer: VoteWriter;
  readonly #report: ReportSettings;
  /** The vote that runs (end not decided), if any. */
  #running: Vote | null = null;
  /** The latest vote of this meeting, running or ended (ballots for it after its end get `voteEnded`). */
  #current: Vote | null = null;
  #last: VoteResult | null = null;
  /** The stored protocol and report of `#last`, once stored: late joiners and reloads get the download links. */
  #lastFiles: VoteFiles | null = null;
  /** True until interrupted votes of earlier meetings are finished: no vote starts before. */
  #recovering = true;
  /** Ended votes whose after-the-end log grew since their files were made, and the timer that makes them again. */
  readonly #filesRefresh = new Map<Vote, TimerHandle>();
  /** The names of the vote files this run of the room made (votes of the same title and minute get distinct ones). */
  readonly #fileNames = new VoteFileNames();
  /**
   * The files each vote of this run has now, as the write queue stored them: read and set only in its turn (files made
   * again replace these), never in the room's.
   */
  readonly #storedFiles = new Map<string, VoteFiles>();
  /** Which participants are one account, as moderators were last told (see `#tellSameAccount`). */
  #sameAccount: SameAccount = [];

  constructor(ctx: Ctx, report: ReportSettings = reportSettings({})) {
    this.#ctx = ctx;
    this.#report = report;
    this.#writer = new VoteWriter(ctx.ports.records);
    this.#recover([]);
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<LegalVoteProtocol> {
    const vote = this.#current;
    const serverNow = this.#ctx.now();
    const last = this.#last;
    const lastFiles = this.#lastFiles && { ...this.#lastFiles };
    const sameAccount = isModerator(participant.role) ? sameAccountGroups(this.#ctx.participants()) : [];
    if (!vote?.startAnnounced || vote.endAnnounced) return { running: null, last, lastFiles, sameAccount, serverNow };
    const voter = vote.voterOf(participant);
    const mine = voter ? vote.receiptOf(voter.userId) : undefined;
    const seesProblems = isModerator(participant.role) || vote.isInitiator(participant);
    return {
      running: {
        vote: vote.info,
        count: vote.storedCount,
        ballots: vote.info.kind === 'liveRollCall' ? [...vote.storedBallots] : [],
        mine: {
          eligible: voter !== undefined,
          choice: mine?.choice ?? null,
          token: (voter && vote.tokenOf(voter.userId)) ?? null,
          receipt: mine?.receipt ?? null,
        },
        problems: seesProblems ? [...vote.problems] : [],
      },
      last,
      lastFiles,
      sameAccount,
      serverNow,
    };
  }

  onJoin(participant: Participant): void {
    this.#tellSameAccount();
    const vote = this.#running;
    if (!vote || !(vote.voterOf(participant) || vote.isInitiator(participant))) return;
    this.#append(vote, 'participantJoined', this.#who(participant), { type: 'nothing' });
  }

  onLeave(participant: Participant, reason: LeaveReason): void {
    if (reason !== 'roomClosed') this.#tellSameAccount();
    const vote = this.#running;
    // The room closing ends the vote itself (`onClose`): that is the fact to record, not everyone leaving.
    if (!vote || reason === 'roomClosed' || !(vote.voterOf(participant) || vote.isInitiator(participant))) return;
    this.#append(vote, 'participantLeft', { ...this.#who(participant), reason }, { type: 'nothing' });
  }

  /**
   * A moderator just promoted learns which participants are one account (for the start form) and, during a vote, the
   * problems reported so far (the initiator knew them already).
   */
  onRoleChange(participant: Participant, previous: Role): void {
    if (!isModerator(participant.role) || isModerator(previous)) return;
    const to = { participant: participant.id };
    const groups = sameAccountGroups(this.#ctx.participants());
    if (groups.length > 0) this.#ctx.send(to, { event: 'sameAccount', groups });
    const vote = this.#running;
    if (!vote || vote.isInitiator(participant)) return;
    for (const problem of vote.problems) this.#ctx.send(to, { event: 'problemReported', voteId: vote.id, problem });
  }

  onCommand(command: CommandOf<LegalVoteProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'start':
        this.#start(command, from);
        break;
      case 'castBallot':
        this.#cast(command, from);
        break;
      case 'stop':
        this.#stop(command, from);
        break;
      case 'cancel':
        this.#cancel(command, from);
        break;
      case 'reportProblem':
        this.#reportProblem(command, from);
        break;
      default:
        assertNever(command);
    }
  }

  onLoopback(event: LegalVoteLoopback): void {
    switch (event.type) {
      case 'stored':
        this.#announce(event.vote, event.hash, event.announce);
        break;
      case 'writeFailed':
        this.#interrupt(event.vote, event.error);
        break;
      case 'afterEndFailed':
        // The refusal stands; its record is missing. The log stops here (a gap would break its chain).
        this.#ctx.log.error({ vote: event.vote.id, err: event.error }, 'ballot after the end not recorded');
        event.vote.signedEnd = null;
        this.#announce(event.vote, '', event.announce);
        break;
      case 'deadline':
        if (this.#running === event.vote) this.#finish(event.vote, 'deadline', null, null);
        break;
      case 'refreshFiles':
        this.#filesRefresh.delete(event.vote);
        this.#storeFiles(event.vote.id, this.#ctx.now());
        break;
      case 'recovered':
        this.#recovering = false;
        for (const result of event.results) {
          // Its record is now complete and signed: its files are made as for a regular end.
          this.#storeFiles(result.voteId, result.endedAt);
          if (this.#current?.id === result.voteId) {
            // This meeting's own failed vote: everyone was told already; the record is now complete.
            if (this.#last?.voteId === result.voteId) this.#last = { ...this.#last, record: result.record };
            continue;
          }
          this.#last = result;
          this.#lastFiles = null;
          this.#ctx.broadcast({ event: 'ended', result });
          // Who was eligible is in the record's start, not at hand here; an interrupted vote prints no names anyway.
          this.#ctx.tellRoom({ kind: 'voteConcluded', vote: concludedVote(result, null) });
        }
        break;
      case 'filesStored':
        if (this.#last?.voteId === event.voteId) this.#lastFiles = event.files;
        this.#ctx.broadcast({ event: 'reportsReady', voteId: event.voteId, ...event.files });
        break;
      case 'filesFailed':
        if (this.#last?.voteId === event.voteId && this.#lastFiles !== null) {
          // Made again after ballots after the end: the earlier files stand (without them), and so do their links.
          this.#ctx.log.error({ vote: event.voteId, err: event.error }, 'vote files not made again; earlier ones kept');
          break;
        }
        this.#ctx.log.error({ vote: event.voteId, err: event.error }, 'vote protocol and report not stored');
        this.#ctx.broadcast({ event: 'reportsFailed', voteId: event.voteId, ...failedFiles(event.error) });
        break;
      case 'recoveryFailed':
        this.#recovering = false;
        this.#ctx.log.error(
          { err: event.error },
          'interrupted votes could not be finished; retried when the room opens',
        );
        break;
      default:
        assertNever(event);
    }
  }

  /**
   * The room closes: when its meeting ended, a running vote ends as `roomClosed`; when the server shuts down, it stays
   * open in the record, and the room's next run finds it and ends it as `interrupted` (as after a crash), which those
   * who come back see as its result. Files due to be made again (ballots after an end) are made now, and the room
   * waits for the records and files to be stored.
   */
  onClose(reason: RoomCloseReason): Promise<void> {
    const vote = this.#running;
    if (vote && reason === 'ended') this.#finish(vote, 'roomClosed', null, null);
    for (const [ended, timer] of this.#filesRefresh) {
      timer.cancel();
      this.#storeFiles(ended.id, this.#ctx.now());
    }
    this.#filesRefresh.clear();
    return this.#writer.settled();
  }

  // ---- commands -------------------------------------------------------------------------

  #start(command: Command<'start'>, from: Issuer): void {
    this.#ctx.requireModerator(from);
    if (this.#recovering) this.#ctx.reject({ error: 'recovering' });
    if (this.#running) this.#ctx.reject({ error: 'anotherVoteRunning', voteId: this.#running.id });
    const checked = validateStart(command, (id) => this.#ctx.participant(id));
    if (!checked.ok) this.#ctx.reject(checked.error);
    const id = newId(16);
    const now = this.#ctx.now();
    const initiator = from.participant;
    const duration = command.durationSeconds ?? null;
    const info: VoteInfo = {
      id,
      subject: voteSubject(id),
      title: checked.title,
      subtitle: checked.subtitle,
      topic: checked.topic,
      kind: command.kind,
      options: { abstain: command.options.abstain },
      eligible: [...checked.eligible],
      initiator: { participant: initiator.id, name: initiator.displayName },
      closeWhenAllVoted: command.closeWhenAllVoted,
      startedAt: now,
      endsAt: duration === null ? null : now + duration * 1000,
    };
    const tokens = new Map<string, string>();
    if (command.kind === 'pseudonymous') for (const v of checked.eligible) tokens.set(v.userId, newId(18));
    const vote = new Vote(info, startChain(info.subject), initiator.userId, tokens);
    this.#running = vote;
    this.#current = vote;
    this.#ctx.spawn(this.#writer.index({ voteId: id, state: 'opened' }), (o) =>
      o.ok ? undefined : { type: 'writeFailed', vote, error: o.error },
    );
    const data: VoteEntryData<'started'> = {
      voteId: id,
      title: info.title,
      subtitle: info.subtitle,
      topic: info.topic,
      kind: info.kind,
      options: info.options,
      eligible: info.eligible,
      initiator: { participant: initiator.id, userId: initiator.userId, name: initiator.displayName },
      closeWhenAllVoted: info.closeWhenAllVoted,
      durationSeconds: duration,
      endsAt: info.endsAt,
    };
    this.#append(vote, 'started', data, { type: 'started' });
    if (duration !== null) vote.deadline = this.#ctx.after(duration * 1000, { type: 'deadline', vote });
    this.#ctx.log.info({ vote: id, kind: info.kind, eligible: info.eligible.length }, 'vote started');
  }

  #cast(command: Command<'castBallot'>, from: Issuer): void {
    const ended = this.#current;
    if (ended?.id === command.voteId && ended.ended) {
      this.#refuseAfterEnd(ended, from);
      return;
    }
    const vote = this.#openVote(command.voteId);
    const p = from.participant;
    const voter = vote.voterOf(p);
    const token = voter && vote.tokenOf(voter.userId);
    const refused: VoteEntryData<'ballotRefused'>['reason'] | null = !voter
      ? 'notEligible'
      : vote.hasVoted(voter.userId)
        ? 'alreadyVoted'
        : vote.info.kind === 'pseudonymous' && (token === undefined || command.token !== token)
          ? 'wrongToken'
          : command.choice === 'abstain' && !vote.info.options.abstain
            ? 'abstainNotOffered'
            : null;
    if (refused !== null || !voter) {
      const reason = refused ?? 'notEligible';
      const error: ErrorOf<LegalVoteProtocol> = { error: reason, voteId: vote.id };
      const announce = { type: 'refusal', connection: from.connectionId, commandId: from.commandId, error } as const;
      this.#append(vote, 'ballotRefused', { reason, ...this.#who(p) }, announce);
      return;
    }
    const { choice } = command;
    const published: PublishedBallot =
      vote.info.kind === 'pseudonymous' && token !== undefined ? { token, choice } : { name: voter.name, choice };
    const data: VoteEntryData<'ballotCast'> =
      'token' in published
        ? { token: published.token, choice }
        : { voter: { participant: p.id, userId: voter.userId, name: voter.name }, choice };
    vote.accept(voter.userId, choice, published);
    this.#append(vote, 'ballotCast', data, { type: 'ballot', userId: voter.userId, name: voter.name, choice });
    if (vote.info.closeWhenAllVoted && vote.allVoted) this.#finish(vote, 'allVoted', null, null);
  }

  #stop(command: Command<'stop'>, from: Issuer): void {
    const vote = this.#openVote(command.voteId);
    if (!vote.isInitiator(from.participant)) {
      const initiatorHere = [...this.#ctx.participants()].some((p) => vote.isInitiator(p));
      if (initiatorHere) this.#ctx.reject({ error: 'notInitiator', voteId: vote.id });
      this.#ctx.requireModerator(from);
    }
    this.#finish(vote, 'stopped', from.participant, null);
  }

  #cancel(command: Command<'cancel'>, from: Issuer): void {
    this.#ctx.requireModerator(from);
    const vote = this.#openVote(command.voteId);
    const reason = cleanText(command.reason);
    if (reason === '' || textLength(reason) > MAX_REASON_LENGTH)
      this.#ctx.reject({ error: 'invalidReason', maxLength: MAX_REASON_LENGTH });
    this.#finish(vote, 'cancelled', from.participant, reason);
  }

  #reportProblem(command: Command<'reportProblem'>, from: Issuer): void {
    const vote = this.#openVote(command.voteId);
    const p = from.participant;
    if (!vote.voterOf(p)) this.#ctx.reject({ error: 'notEligible', voteId: vote.id });
    const text = command.text === undefined ? '' : cleanText(command.text);
    if (textLength(text) > MAX_PROBLEM_TEXT_LENGTH)
      this.#ctx.reject({ error: 'invalidProblemText', maxLength: MAX_PROBLEM_TEXT_LENGTH });
    const data = { participant: p.id, name: p.displayName, kind: command.kind, text: text === '' ? null : text };
    const problem: ReportedProblem = { ...data, at: this.#ctx.now() };
    this.#append(vote, 'problemReported', data, { type: 'problem', connection: from.connectionId, problem });
  }

  /** The vote a command names, if it runs; otherwise the command is refused (`voteEnded`, `noSuchVote`). */
  #openVote(voteId: string): Vote {
    const vote = this.#current;
    if (!vote || vote.id !== voteId) return this.#ctx.reject({ error: 'noSuchVote', voteId });
    if (vote.ended) return this.#ctx.reject({ error: 'voteEnded', voteId: vote.id });
    return vote;
  }

  /**
   * A ballot after the end: recorded in the vote's after-the-end log (see `afterEndRecord`), signed again, before it
   * is refused with `ballotAfterEnd`. Refused with `voteEnded` instead, unrecorded, when the vote has no signed end (it
   * was interrupted), the person already has `MAX_RECORDED_REFUSALS_AFTER_END` recorded, or the record cannot be
   * written.
   */
  #refuseAfterEnd(vote: Vote, from: Issuer): void {
    const error: ErrorOf<LegalVoteProtocol> = { error: 'voteEnded', voteId: vote.id };
    const p = from.participant;
    const person = p.userId === null ? `identity:${p.identity}` : `user:${p.userId}`;
    const recorded = vote.refusalsAfterEnd.get(person) ?? 0;
    const end = vote.signedEnd;
    if (end === null || vote.failed || recorded >= MAX_RECORDED_REFUSALS_AFTER_END) this.#ctx.reject(error);
    vote.refusalsAfterEnd.set(person, recorded + 1);
    const now = this.#ctx.now();
    const bodies: StoredVoteRecord[] = [];
    let head = vote.afterEndHead;
    if (head === null) {
      const follows: AfterEndEntryData<'follows'> = { voteId: vote.id, end: { seq: end.seq, hash: end.hash } };
      const first = appendEntry(startChain(afterEndSubject(vote.id)), 'follows', follows, now);
      bodies.push({ entry: first.entry });
      head = first.head;
    }
    const data: AfterEndEntryData<'ballotRefused'> = { reason: 'voteEnded', ...this.#who(p) };
    const refusal = appendEntry(head, 'ballotRefused', data, now);
    bodies.push({ entry: refusal.entry });
    vote.afterEndHead = refusal.head;
    const signedHead = { seq: refusal.head.seq - 1, hash: refusal.hash };
    let signature: ReturnType<Ctx['ports']['signer']['sign']>;
    try {
      signature = this.#ctx.ports.signer.sign(refusal.head.subject, signedHead);
    } catch (err) {
      this.#ctx.log.error({ vote: vote.id, err }, 'ballot after the end not signed; refused without record');
      this.#ctx.reject(error);
    }
    bodies.push({ signed: { ...signedHead, signature } });
    const afterEnd: ErrorOf<LegalVoteProtocol> = { error: 'ballotAfterEnd', voteId: vote.id };
    const announce = { type: 'refusal', connection: from.connectionId, commandId: from.commandId } as const;
    this.#ctx.spawn(
      this.#writer.stream(afterEndStream(vote.id), bodies),
      (o): LegalVoteLoopback =>
        o.ok
          ? { type: 'stored', vote, hash: refusal.hash, announce: { ...announce, error: afterEnd } }
          : { type: 'afterEndFailed', vote, announce: { ...announce, error }, error: o.error },
    );
    if (!this.#filesRefresh.has(vote))
      this.#filesRefresh.set(vote, this.#ctx.after(FILES_REFRESH_DELAY_MS, { type: 'refreshFiles', vote }));
  }

  // ---- the record -----------------------------------------------------------------------

  /** Appends to the chain now and writes it in turn; `announce` happens once it is stored. */
  #append<K extends VoteEntryKind>(vote: Vote, kind: K, data: VoteEntryData<K>, announce: Announcement): void {
    const { entry, hash, head } = appendEntry(vote.head, kind, data as JsonValue, this.#ctx.now());
    vote.head = head;
    this.#ctx.spawn(this.#writer.entry(vote.id, { entry }), (o) =>
      o.ok ? { type: 'stored', vote, hash, announce } : { type: 'writeFailed', vote, error: o.error },
    );
  }

  /** Ends the vote: the end with its counts goes into the chain, its head is signed, and both are stored. */
  #finish(vote: Vote, reason: EndReason, by: Participant | null, cancelReason: string | null): void {
    vote.ended = true;
    vote.deadline?.cancel();
    vote.deadline = null;
    if (this.#running === vote) this.#running = null;
    const { tally, ballots } = vote.outcome('accepted');
    const endedBy = by === null ? null : { participant: by.id, name: by.displayName };
    this.#append(vote, 'ended', { reason, endedBy, cancelReason, tally }, { type: 'nothing' });
    const head = { seq: vote.head.seq - 1, hash: vote.head.hash };
    let signature: ReturnType<Ctx['ports']['signer']['sign']>;
    try {
      signature = this.#ctx.ports.signer.sign(vote.info.subject, head);
    } catch (error) {
      this.#interrupt(vote, error);
      return;
    }
    const record = { ...head, signature };
    vote.signedEnd = record;
    const result: VoteResult = {
      voteId: vote.id,
      title: vote.info.title,
      kind: vote.info.kind,
      options: { abstain: vote.info.options.abstain },
      reason,
      endedBy: by?.id ?? null,
      cancelReason,
      endedAt: this.#ctx.now(),
      tally,
      ballots,
      record,
    };
    this.#ctx.spawn(this.#writer.entry(vote.id, { signed: record }), (o) =>
      o.ok
        ? { type: 'stored', vote, hash: head.hash, announce: { type: 'ended', result } }
        : { type: 'writeFailed', vote, error: o.error },
    );
    this.#ctx.spawn(this.#writer.index({ voteId: vote.id, state: 'closed' }), (o) => {
      // The record is complete; the next opening of the room closes it in the index.
      if (!o.ok) this.#ctx.log.warn({ vote: vote.id, err: o.error }, 'vote not closed in the index');
      return undefined;
    });
    this.#storeFiles(vote.id, result.endedAt);
    this.#ctx.log.info({ vote: vote.id, reason }, 'vote ended');
  }

  /**
   * Hands the ended vote's protocol and report to the meeting, in turn after its record's writes (so they are made
   * from the complete, signed record and its after-the-end log as stored, and a closing room waits for them).
   * `createdAt`: the report's creation time (the end, or now when made again). A failure is logged and announced; the vote and its record stand.
   * Made again, the new pair replaces the vote's earlier one: it is stored first, then the earlier pair is removed (the
   * new protocol holds the whole earlier record and the after-the-end log, so nothing is lost); a file that cannot be
   * removed is logged and stays. A failure to make them again keeps the earlier pair and its links.
   */
  #storeFiles(voteId: string, createdAt: number): void {
    const options = {
      language: this.#report.language,
      organisation: this.#report.organisation,
      createdAt: new Date(createdAt).toISOString(),
      names: this.#fileNames,
    };
    this.#ctx.spawn(
      this.#writer.run(async () => {
        const files = await storeVoteFiles(this.#ctx.ports, voteId, options);
        const earlier = this.#storedFiles.get(voteId);
        this.#storedFiles.set(voteId, files);
        if (earlier) await this.#removeFiles(voteId, earlier);
        return files;
      }),
      (o): LegalVoteLoopback =>
        o.ok ? { type: 'filesStored', voteId, files: o.value } : { type: 'filesFailed', voteId, error: o.error },
    );
  }

  /** Removes a vote's replaced files; what cannot be removed is logged and stays (only wasted space). */
  async #removeFiles(voteId: string, files: VoteFiles): Promise<void> {
    const remove = this.#ctx.ports.assets.remove?.bind(this.#ctx.ports.assets);
    if (!remove) return;
    for (const id of [files.protocolAssetId, files.reportAssetId]) {
      try {
        if (!(await remove(id))) this.#ctx.log.warn({ vote: voteId, asset: id }, 'replaced vote file was gone already');
      } catch (err) {
        this.#ctx.log.error({ vote: voteId, asset: id, err }, 'replaced vote file not removed');
      }
    }
  }

  #announce(vote: Vote, hash: string, announce: Announcement): void {
    switch (announce.type) {
      case 'started': {
        vote.startAnnounced = true;
        this.#ctx.broadcast({ event: 'started', vote: vote.info });
        // By account: every participant (device) of an eligible person learns it may vote, not only the one named.
        for (const p of this.#ctx.participants()) {
          const voter = vote.voterOf(p);
          if (!voter) continue;
          const token = vote.tokenOf(voter.userId) ?? null;
          this.#ctx.send({ participant: p.id }, { event: 'ballotIssued', voteId: vote.id, token });
        }
        return;
      }
      case 'ballot': {
        const token = vote.tokenOf(announce.userId);
        const receipt = {
          voteId: vote.id,
          subject: vote.info.subject,
          entryHash: hash,
          ...(token === undefined ? {} : { token }),
        };
        const count = vote.stored(announce.userId, receipt);
        const live = vote.info.kind === 'liveRollCall';
        this.#ctx.broadcast({
          event: 'ballotCast',
          voteId: vote.id,
          count,
          ...(live ? { name: announce.name, choice: announce.choice } : {}),
        });
        for (const p of this.#ctx.participants())
          if (p.userId === announce.userId)
            this.#ctx.send({ participant: p.id }, { event: 'receipt', receipt, choice: announce.choice });
        return;
      }
      case 'refusal':
        this.#ctx.sendError(announce.connection, announce.error, announce.commandId);
        return;
      case 'problem': {
        vote.problems.push(announce.problem);
        this.#ctx.send({ connection: announce.connection }, { event: 'problemRecorded', voteId: vote.id });
        // The chair must learn of it while the vote runs: every device of a moderator or of the initiator.
        const event = { event: 'problemReported', voteId: vote.id, problem: announce.problem } as const;
        for (const p of this.#ctx.participants())
          if (isModerator(p.role) || vote.isInitiator(p)) this.#ctx.send({ participant: p.id }, event);
        return;
      }
      case 'ended':
        this.#ended(vote, announce.result);
        return;
      case 'nothing':
        return;
      default:
        assertNever(announce);
    }
  }

  #ended(vote: Vote, result: VoteResult): void {
    vote.endAnnounced = true;
    this.#last = result;
    this.#lastFiles = null;
    this.#ctx.broadcast({ event: 'ended', result });
    const eligible = vote.info.eligible.map((v) => v.name);
    this.#ctx.tellRoom({ kind: 'voteConcluded', vote: concludedVote(result, eligible) });
  }

  /**
   * A write of the vote's record failed: the vote ends now as interrupted, with what was stored, and everyone is told.
   * Its stored part is finished in turn with the writes (recovery), if the store takes writes again.
   */
  #interrupt(vote: Vote, error: unknown): void {
    if (vote.failed) return;
    vote.failed = true;
    this.#ctx.log.error({ vote: vote.id, err: error }, 'vote record not stored: the vote is interrupted');
    if (vote.endAnnounced) return;
    vote.ended = true;
    vote.deadline?.cancel();
    vote.deadline = null;
    if (this.#running === vote) this.#running = null;
    const { tally, ballots } = vote.outcome('stored');
    this.#ended(vote, {
      voteId: vote.id,
      title: vote.info.title,
      kind: vote.info.kind,
      options: { abstain: vote.info.options.abstain },
      reason: 'interrupted',
      endedBy: null,
      cancelReason: null,
      endedAt: this.#ctx.now(),
      tally,
      ballots,
      record: null,
    });
    this.#recover(this.#running ? [this.#running.id] : []);
  }

  /** Finishes the record of votes left open (see `recoverOpenVotes`), except the running one. */
  #recover(except: readonly string[]): void {
    const { records, signer } = this.#ctx.ports;
    const now = this.#ctx.now();
    const work = this.#writer.run(async () => {
      const results = await recoverOpenVotes(records, signer, now, except);
      return results;
    });
    this.#ctx.spawn(work, (o) =>
      o.ok ? { type: 'recovered', results: o.value } : { type: 'recoveryFailed', error: o.error },
    );
  }

  /** Tells the moderators which participants are one account, when that changed since they were last told. */
  #tellSameAccount(): void {
    const groups = sameAccountGroups(this.#ctx.participants());
    if (JSON.stringify(groups) === JSON.stringify(this.#sameAccount)) return;
    this.#sameAccount = groups;
    this.#ctx.broadcast({ event: 'sameAccount', groups }, { roles: moderatorRoles });
  }

  /** A participant as the record names them (ids and the name shown; never a token). */
  #who(p: Participant): { participant: ParticipantId; userId: string | null; name: string } {
    return { participant: p.id, userId: p.userId, name: p.displayName };
  }
}

export const legalVoteModule = defineModule<LegalVoteProtocol, LegalVoteLoopback>({
  protocol: legalVoteProtocol,
  init: (ctx, settings) => new LegalVoteModule(ctx, reportSettings(settings)),
});
