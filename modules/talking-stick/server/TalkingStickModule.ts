import { assertNever, type CommandOf, type EventOf, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { Issuer, LeaveReason, ModuleContext, ModuleInstance, Participant, TimerHandle } from '@plenum/room-kit';
import {
  MAX_SECONDS_PER_SPEAKER,
  MAX_SPEAKERS,
  MIN_SECONDS_PER_SPEAKER,
  type TalkingStickProtocol,
  type TurnEnd,
} from '../protocol.js';
import { SpeakerOrder } from './SpeakerOrder.js';
import { type RandomIndex, shuffle } from './shuffle.js';

/** The timer of one turn; `turn` tells a stale timer (of an earlier turn) from the current one. */
export type TalkingStickLoopback = { readonly type: 'timeUp'; readonly turn: number };

type Ctx = ModuleContext<TalkingStickProtocol, TalkingStickLoopback>;
type Command = CommandOf<TalkingStickProtocol>;
type Cmd<A extends Command['action']> = Extract<Command, { action: A }>;

/** The current turn: the order, when the turn began, and its timer (with a time limit). */
interface Running {
  readonly order: SpeakerOrder;
  turn: number;
  turnStartedAt: number;
  turnEndsAt: number | null;
  timer: TimerHandle | null;
}

/**
 * The speaker list of one room. At most one list runs; it always has a speaker, and it ends when
 * the last speaker is done, when a moderator stops it, or when everyone on it has left. Every
 * change is one event to everyone with the whole list (sent once, the same bytes for all), then
 * "your turn" to the new speaker and "you are next" to a new next speaker. Each check comes
 * before any change, so a refused command (answered to its issuer only) changes nothing.
 */
export class TalkingStickModule implements ModuleInstance<TalkingStickProtocol, TalkingStickLoopback> {
  readonly #ctx: Ctx;
  readonly #random: RandomIndex;
  #running: Running | null = null;
  #turns = 0;

  constructor(ctx: Ctx, random: RandomIndex) {
    this.#ctx = ctx;
    this.#random = random;
  }

  onConnect(): JoinStateOf<TalkingStickProtocol> {
    return { list: this.#snapshot(), now: this.#ctx.now() };
  }

  onCommand(command: Command, from: Issuer): void {
    switch (command.action) {
      case 'start':
        this.#ctx.requireModerator(from);
        this.#start(command, from.participant.id);
        break;
      case 'pass':
        this.#requireSpeaker(from);
        this.#endTurn('passed');
        break;
      case 'nominate':
        this.#nominate(command, from);
        break;
      case 'skip': {
        this.#ctx.requireModerator(from);
        const running = this.#requireRunning();
        if (running.order.speaker !== command.participantId)
          this.#ctx.reject({ error: 'notSpeaking', participantId: command.participantId });
        this.#endTurn('skipped');
        break;
      }
      case 'add':
        this.#ctx.requireModerator(from);
        this.#add(command);
        break;
      case 'remove':
        this.#ctx.requireModerator(from);
        this.#remove(command.participantId);
        break;
      case 'stop': {
        this.#ctx.requireModerator(from);
        const running = this.#requireRunning();
        this.#end('stopped', running.order.speaker);
        break;
      }
      default:
        assertNever(command);
    }
  }

  onLoopback(event: TalkingStickLoopback): void {
    if (event.type === 'timeUp' && this.#running?.turn === event.turn) this.#endTurn('timeUp');
  }

  onLeave(participant: Participant, reason: LeaveReason): void {
    const running = this.#running;
    if (!running) return;
    if (reason === 'roomClosed') {
      running.timer?.cancel();
      this.#running = null;
      return;
    }
    const { order } = running;
    order.forgetSpoken(participant.id);
    if (order.speaker === participant.id) this.#endTurn('left');
    else if (order.isWaiting(participant.id)) this.#changeOrder('removed', participant.id);
  }

  onClose(): undefined {
    this.#running?.timer?.cancel();
    this.#running = null;
    return undefined;
  }

  // ---- commands -------------------------------------------------------------------------

  #start(command: Cmd<'start'>, by: ParticipantId): void {
    if (this.#running) this.#ctx.reject({ error: 'alreadyRunning' });
    const seconds = command.secondsPerSpeaker ?? null;
    if (seconds !== null && (seconds < MIN_SECONDS_PER_SPEAKER || seconds > MAX_SECONDS_PER_SPEAKER))
      this.#ctx.reject({
        error: 'invalidDuration',
        minSeconds: MIN_SECONDS_PER_SPEAKER,
        maxSeconds: MAX_SECONDS_PER_SPEAKER,
      });
    const ids = command.participantIds ?? this.#everyoneWhoCanSpeak();
    if (ids.length > MAX_SPEAKERS) this.#ctx.reject({ error: 'tooManySpeakers', maxSpeakers: MAX_SPEAKERS });
    const seen = new Set<ParticipantId>();
    for (const id of ids) {
      this.#requireSpeakable(id);
      if (seen.has(id)) this.#ctx.reject({ error: 'duplicateParticipant', participantId: id });
      seen.add(id);
    }
    if (ids.length === 0) this.#ctx.reject({ error: 'nobodyToList' });
    const order = new SpeakerOrder(command.mode, command.mode === 'random' ? shuffle(ids, this.#random) : ids, seconds);
    const running: Running = { order, turn: 0, turnStartedAt: 0, turnEndsAt: null, timer: null };
    this.#running = running;
    this.#beginTurn(running);
    this.#ctx.broadcast({ event: 'started', list: this.#list(running), by, now: this.#ctx.now() });
    this.#tellSpeaker(running);
    this.#tellNext(null, running.order.next);
  }

  #nominate(command: Cmd<'nominate'>, from: Issuer): void {
    const { order } = this.#requireSpeaker(from);
    if (order.mode !== 'nominate') this.#ctx.reject({ error: 'wrongMode', mode: order.mode });
    if (!order.isWaiting(command.participantId))
      this.#ctx.reject({ error: 'notNominable', participantId: command.participantId });
    if (order.next === command.participantId) return;
    this.#changeOrder('nominated', command.participantId);
  }

  #add(command: Cmd<'add'>): void {
    const { order } = this.#requireRunning();
    this.#requireSpeakable(command.participantId);
    if (order.lists(command.participantId))
      this.#ctx.reject({ error: 'alreadyListed', participantId: command.participantId });
    if (order.size >= MAX_SPEAKERS) this.#ctx.reject({ error: 'tooManySpeakers', maxSpeakers: MAX_SPEAKERS });
    this.#changeOrder('added', command.participantId, command.position ?? 'end');
  }

  #remove(participantId: ParticipantId): void {
    const { order } = this.#requireRunning();
    if (order.speaker === participantId) this.#endTurn('removed');
    else if (order.isWaiting(participantId)) this.#changeOrder('removed', participantId);
    else this.#ctx.reject({ error: 'notListed', participantId });
  }

  // ---- checks (each rejects, which aborts the handler) -----------------------------------

  #requireRunning(): Running {
    return this.#running ?? this.#ctx.reject({ error: 'notRunning' });
  }

  /** The issuer must hold the stick. */
  #requireSpeaker(from: Issuer): Running {
    const running = this.#requireRunning();
    if (running.order.speaker !== from.participant.id) this.#ctx.reject({ error: 'notYourTurn' });
    return running;
  }

  /** Present, and not the recorder. */
  #requireSpeakable(id: ParticipantId): void {
    const participant = this.#ctx.participant(id);
    if (!participant) this.#ctx.reject({ error: 'unknownParticipant', participantId: id });
    if (participant.kind === 'recorder') this.#ctx.reject({ error: 'cannotSpeak', participantId: id });
  }

  #everyoneWhoCanSpeak(): ParticipantId[] {
    return [...this.#ctx.participants()].filter((p) => p.kind !== 'recorder').map((p) => p.id);
  }

  // ---- changes ----------------------------------------------------------------------------

  /** Adds, removes (not the speaker) or nominates someone; the speaker and their time stay. */
  #changeOrder(
    change: 'added' | 'removed' | 'nominated',
    participantId: ParticipantId,
    position: 'end' | 'next' = 'end',
  ): void {
    const running = this.#running;
    if (!running) return;
    const { order } = running;
    const nextBefore = order.next;
    if (change === 'added') order.add(participantId, position);
    else if (change === 'removed') order.removeWaiting(participantId);
    else order.nominate(participantId);
    this.#ctx.broadcast({
      event: 'orderChanged',
      list: this.#list(running),
      change,
      participantId,
      now: this.#ctx.now(),
    });
    this.#tellNext(nextBefore, order.next);
  }

  /** The stick passes on, or the list ends when nobody is left. */
  #endTurn(reason: TurnEnd): void {
    const running = this.#running;
    if (!running) return;
    running.timer?.cancel();
    running.timer = null;
    const previous = running.order.speaker;
    if (running.order.advance(reason) === null) {
      this.#end(reason, previous);
      return;
    }
    this.#beginTurn(running);
    this.#ctx.broadcast({ event: 'turnChanged', list: this.#list(running), previous, reason, now: this.#ctx.now() });
    this.#tellSpeaker(running);
    this.#tellNext(null, running.order.next);
  }

  #end(reason: 'stopped' | TurnEnd, previous: ParticipantId): void {
    this.#running?.timer?.cancel();
    this.#running = null;
    this.#ctx.broadcast({ event: 'ended', reason, previous });
  }

  #beginTurn(running: Running): void {
    running.turn = ++this.#turns;
    running.turnStartedAt = this.#ctx.now();
    const seconds = running.order.secondsPerSpeaker;
    running.turnEndsAt = seconds === null ? null : running.turnStartedAt + seconds * 1000;
    running.timer = seconds === null ? null : this.#ctx.after(seconds * 1000, { type: 'timeUp', turn: running.turn });
  }

  #tellSpeaker(running: Running): void {
    const event: EventOf<TalkingStickProtocol> = {
      event: 'yourTurn',
      secondsPerSpeaker: running.order.secondsPerSpeaker,
      turnEndsAt: running.turnEndsAt,
    };
    this.#ctx.send({ participant: running.order.speaker }, event);
  }

  /** "You are next" to a next speaker who was not already next. */
  #tellNext(before: ParticipantId | null, after: ParticipantId | null): void {
    if (after !== null && after !== before) this.#ctx.send({ participant: after }, { event: 'youAreNext' });
  }

  #list(running: Running) {
    return running.order.snapshot(running.turnStartedAt, running.turnEndsAt);
  }

  #snapshot() {
    return this.#running ? this.#list(this.#running) : null;
  }
}
