import {
  assertNever,
  type CommandOf,
  type ConnectionId,
  type EventOf,
  type JoinStateOf,
  type ParticipantId,
} from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  moderatorRoles,
  type Participant,
  type Role,
  type TimerHandle,
} from '@plenum/room-kit';
import {
  MAX_RUNNING_POLLS,
  type PollEnd,
  type PollResult,
  type PollsProtocol,
  pollsProtocol,
  TALLY_INTERVAL_MS,
} from '../protocol.js';
import { Poll } from './Poll.js';
import { validateBallot } from './validateBallot.js';
import { validateStart } from './validateStart.js';

/** Timers of the module: a poll's duration ran out, or its coalesced tally is due. */
export type PollsLoopback =
  | { readonly type: 'expire'; readonly pollId: string }
  | { readonly type: 'tally'; readonly pollId: string };

type Ctx = ModuleContext<PollsProtocol, PollsLoopback>;
type Command<A extends CommandOf<PollsProtocol>['action']> = Extract<CommandOf<PollsProtocol>, { action: A }>;

/**
 * Quick polls, one at a time. Votes are counted by identity and never broadcast; running counts go out at most every
 * `TALLY_INTERVAL_MS` (to everyone for live results, to owner and moderators for hidden ones, with the number of
 * voters to everyone), and the result goes to everyone at the end. The latest result stays for late joiners.
 */
export class PollsModule implements ModuleInstance<PollsProtocol, PollsLoopback> {
  readonly #ctx: Ctx;
  #running: Poll | null = null;
  #last: PollResult | null = null;
  #expiry: TimerHandle | null = null;
  #tally: TimerHandle | null = null;
  #sequence = 0;

  constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<PollsProtocol> {
    const poll = this.#running;
    const serverNow = this.#ctx.now();
    if (!poll) return { running: null, last: this.#last, serverNow };
    const mine = poll.ballotOf(participant.identity);
    return {
      running: {
        poll: poll.info,
        voters: poll.voters,
        counts: this.#mayCount(poll, participant.role) ? poll.counts() : null,
        myChoices: mine ? [...mine] : null,
      },
      last: this.#last,
      serverNow,
    };
  }

  /** A new moderator of a hidden poll gets the running counts at once. */
  onRoleChange(participant: Participant, previous: Role): void {
    const poll = this.#running;
    if (!poll || poll.info.results === 'live' || !isModerator(participant.role) || isModerator(previous)) return;
    this.#ctx.send({ participant: participant.id }, this.#tallyEvent(poll));
  }

  onCommand(command: CommandOf<PollsProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'start':
        this.#start(command, from);
        break;
      case 'vote':
        this.#vote(command, from);
        break;
      case 'end':
        this.#end(command, from);
        break;
      default:
        assertNever(command);
    }
  }

  onLoopback(event: PollsLoopback): void {
    const poll = this.#running;
    if (!poll || poll.id !== event.pollId) return;
    switch (event.type) {
      case 'expire':
        this.#expiry = null;
        this.#finish(poll, 'expired', null);
        break;
      case 'tally':
        this.#tally = null;
        this.#sendTally(poll);
        break;
      default:
        assertNever(event);
    }
  }

  #start(command: Command<'start'>, from: Issuer): void {
    this.#ctx.requireModerator(from);
    if (this.#running)
      this.#ctx.reject({ error: 'pollRunning', pollId: this.#running.id, maxRunning: MAX_RUNNING_POLLS });
    const checked = validateStart(command);
    if (!checked.ok) this.#ctx.reject(checked.error);
    const now = this.#ctx.now();
    const duration = command.durationSeconds;
    const poll = new Poll({
      id: `poll-${++this.#sequence}`,
      topic: checked.topic,
      choices: [...checked.choices],
      multiple: command.multiple,
      results: command.results,
      changeable: command.changeable,
      startedBy: from.participant.id,
      startedAt: now,
      endsAt: duration === undefined ? null : now + duration * 1000,
    });
    this.#running = poll;
    if (duration !== undefined) this.#expiry = this.#ctx.after(duration * 1000, { type: 'expire', pollId: poll.id });
    this.#ctx.broadcast({ event: 'started', poll: poll.info });
  }

  #vote(command: Command<'vote'>, from: Issuer): void {
    const poll = this.#runningPoll(command.pollId);
    const invalid = validateBallot(poll.info, command.choices);
    if (invalid) this.#ctx.reject(invalid);
    const identity = from.participant.identity;
    if (poll.ballotOf(identity) && !poll.info.changeable) this.#ctx.reject({ error: 'alreadyVoted', pollId: poll.id });
    const changed = poll.cast(identity, command.choices);
    const voted: EventOf<PollsProtocol> = { event: 'voted', pollId: poll.id, choices: [...command.choices] };
    for (const p of this.#ctx.participants()) if (p.identity === identity) this.#ctx.send({ participant: p.id }, voted);
    if (changed && !this.#tally) this.#tally = this.#ctx.after(TALLY_INTERVAL_MS, { type: 'tally', pollId: poll.id });
  }

  #end(command: Command<'end'>, from: Issuer): void {
    const poll = this.#running?.id === command.pollId ? this.#running : null;
    if (!poll?.startedBy(from.participant.id)) this.#ctx.requireModerator(from);
    if (!poll) this.#ctx.reject({ error: 'noSuchPoll', pollId: command.pollId });
    this.#finish(poll, 'closed', from.participant.id);
  }

  #runningPoll(pollId: string): Poll {
    const poll = this.#running;
    if (!poll || poll.id !== pollId) return this.#ctx.reject({ error: 'noSuchPoll', pollId });
    return poll;
  }

  #finish(poll: Poll, reason: PollEnd, endedBy: ParticipantId | null): void {
    this.#expiry?.cancel();
    this.#tally?.cancel();
    this.#expiry = null;
    this.#tally = null;
    this.#running = null;
    const result: PollResult = {
      poll: poll.info,
      counts: poll.counts(),
      voters: poll.voters,
      reason,
      endedBy,
      endedAt: this.#ctx.now(),
    };
    this.#last = result;
    this.#ctx.broadcast({ event: 'ended', result });
  }

  #sendTally(poll: Poll): void {
    const tally = this.#tallyEvent(poll);
    if (poll.info.results === 'live') {
      this.#ctx.broadcast(tally);
      return;
    }
    this.#ctx.broadcast({ event: 'progress', pollId: poll.id, voters: poll.voters });
    this.#ctx.broadcast(tally, { roles: moderatorRoles });
  }

  #tallyEvent(poll: Poll): EventOf<PollsProtocol> {
    return { event: 'tally', pollId: poll.id, counts: poll.counts(), voters: poll.voters };
  }

  #mayCount(poll: Poll, role: Role): boolean {
    return poll.info.results === 'live' || isModerator(role);
  }
}

export const pollsModule = defineModule<PollsProtocol, PollsLoopback>({
  protocol: pollsProtocol,
  init: (ctx) => new PollsModule(ctx),
});
