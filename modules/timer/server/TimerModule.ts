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
  type ParticipantKind,
  type Role,
  type TimerHandle,
} from '@plenum/room-kit';
import {
  ONE_MINUTE_MS,
  READY_COUNT_INTERVAL_MS,
  type TimerEnd,
  type TimerInfo,
  type TimerProtocol,
  timerProtocol,
} from '../protocol.js';
import { validateTimer } from './validateTimer.js';

/** Timers of the module, each for one timer id: the countdown ran out, one minute is left, the ready count is due. */
export type TimerLoopback = {
  readonly type: 'elapse' | 'oneMinuteLeft' | 'readyCount';
  readonly timerId: string;
};

type Ctx = ModuleContext<TimerProtocol, TimerLoopback>;
type Command<A extends CommandOf<TimerProtocol>['action']> = Extract<CommandOf<TimerProtocol>, { action: A }>;

/** The running timer with its pending room timers and who said they are ready. */
interface Running {
  readonly info: TimerInfo;
  readonly ready: Set<ParticipantId>;
  /** The countdown's end and its one-minute warning. */
  readonly handles: TimerHandle[];
  /** The coalesced ready count, while one is due. */
  readyCount: TimerHandle | null;
}

/** Only people at a screen are asked whether they are ready: not phone callers, not the recorder. */
export function isAsked(kind: ParticipantKind): boolean {
  return kind === 'browser' || kind === 'roomSystem';
}

/**
 * One timer per room. Moderators start and stop it; a countdown ends by itself and warns a minute before. The ready
 * check tells everyone how many are ready (coalesced), and owner, moderators and the person concerned who is.
 */
export class TimerModule implements ModuleInstance<TimerProtocol, TimerLoopback> {
  readonly #ctx: Ctx;
  #running: Running | null = null;
  #sequence = 0;

  constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<TimerProtocol> {
    const running = this.#running;
    const serverNow = this.#ctx.now();
    if (!running) return { running: null, serverNow };
    return {
      serverNow,
      running: {
        timer: running.info,
        ready: running.ready.size,
        total: this.#total(),
        mine: running.ready.has(participant.id),
        ...(isModerator(participant.role) ? { readyIds: [...running.ready] } : {}),
      },
    };
  }

  onJoin(participant: Participant): void {
    if (isAsked(participant.kind)) this.#readyCountSoon();
  }

  onLeave(participant: Participant): void {
    if (!isAsked(participant.kind)) return;
    this.#running?.ready.delete(participant.id);
    this.#readyCountSoon();
  }

  onRoleChange(participant: Participant, previous: Role): void {
    const running = this.#running;
    if (!running?.info.readyCheck || !isModerator(participant.role) || isModerator(previous)) return;
    this.#ctx.send(
      { participant: participant.id },
      { event: 'readyList', timerId: running.info.id, readyIds: [...running.ready] },
    );
  }

  onCommand(command: CommandOf<TimerProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'start':
        this.#start(command, from);
        break;
      case 'stop':
        this.#ctx.requireModerator(from);
        this.#finish(this.#timer(command.timerId), 'stopped', from.participant.id);
        break;
      case 'setReady':
        this.#setReady(command, from);
        break;
      default:
        assertNever(command);
    }
  }

  onLoopback(event: TimerLoopback): void {
    const running = this.#running;
    if (!running || running.info.id !== event.timerId) return;
    switch (event.type) {
      case 'elapse':
        this.#finish(running, 'elapsed', null);
        break;
      case 'oneMinuteLeft':
        this.#ctx.broadcast({ event: 'oneMinuteLeft', timerId: running.info.id });
        break;
      case 'readyCount':
        running.readyCount = null;
        this.#ctx.broadcast({
          event: 'readyCount',
          timerId: running.info.id,
          ready: running.ready.size,
          total: this.#total(),
        });
        break;
      default:
        assertNever(event.type);
    }
  }

  #start(command: Command<'start'>, from: Issuer): void {
    this.#ctx.requireModerator(from);
    if (this.#running) this.#ctx.reject({ error: 'timerRunning', timerId: this.#running.info.id });
    const checked = validateTimer(command);
    if (!checked.ok) this.#ctx.reject(checked.error);
    const now = this.#ctx.now();
    const { durationMs } = checked;
    const info: TimerInfo = {
      id: `timer-${++this.#sequence}`,
      kind: command.kind,
      title: checked.title,
      style: command.style,
      readyCheck: command.readyCheck,
      startedBy: from.participant.id,
      startedAt: now,
      endsAt: durationMs === null ? null : now + durationMs,
    };
    const running: Running = { info, ready: new Set(), handles: [], readyCount: null };
    if (durationMs !== null) {
      running.handles.push(this.#ctx.after(durationMs, { type: 'elapse', timerId: info.id }));
      if (durationMs > ONE_MINUTE_MS)
        running.handles.push(this.#ctx.after(durationMs - ONE_MINUTE_MS, { type: 'oneMinuteLeft', timerId: info.id }));
    }
    this.#running = running;
    this.#ctx.broadcast({ event: 'started', timer: info });
  }

  #setReady(command: Command<'setReady'>, from: Issuer): void {
    const running = this.#timer(command.timerId);
    if (!running.info.readyCheck) this.#ctx.reject({ error: 'noReadyCheck', timerId: running.info.id });
    const who = from.participant;
    if (!isAsked(who.kind)) this.#ctx.reject({ error: 'notAsked' });
    if (running.ready.has(who.id) === command.ready) return;
    if (command.ready) running.ready.add(who.id);
    else running.ready.delete(who.id);
    const changed: EventOf<TimerProtocol> = {
      event: 'readyChanged',
      timerId: running.info.id,
      participantId: who.id,
      ready: command.ready,
    };
    // The moderators and the participant themselves; nobody else learns who is ready.
    this.#ctx.broadcast(changed, { roles: moderatorRoles });
    if (!isModerator(who.role)) this.#ctx.send({ participant: who.id }, changed);
    this.#readyCountSoon();
  }

  #timer(timerId: string): Running {
    const running = this.#running;
    if (!running || running.info.id !== timerId) return this.#ctx.reject({ error: 'noSuchTimer', timerId });
    return running;
  }

  #finish(running: Running, reason: TimerEnd, by: ParticipantId | null): void {
    for (const handle of running.handles) handle.cancel();
    running.readyCount?.cancel();
    this.#running = null;
    this.#ctx.broadcast({ event: 'stopped', timerId: running.info.id, reason, at: this.#ctx.now(), by });
  }

  /** Schedules one ready count for everyone, unless one is already due. */
  #readyCountSoon(): void {
    const running = this.#running;
    if (!running?.info.readyCheck || running.readyCount) return;
    running.readyCount = this.#ctx.after(READY_COUNT_INTERVAL_MS, { type: 'readyCount', timerId: running.info.id });
  }

  #total(): number {
    let total = 0;
    for (const p of this.#ctx.participants()) if (isAsked(p.kind)) total++;
    return total;
  }
}

export const timerModule = defineModule<TimerProtocol, TimerLoopback>({
  protocol: timerProtocol,
  init: (ctx) => new TimerModule(ctx),
});
