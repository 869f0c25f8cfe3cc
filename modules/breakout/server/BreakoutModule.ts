import { assertNever, type CommandOf, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
  type TimerHandle,
} from '@plenum/room-kit';
import {
  type BreakoutAssignment,
  type BreakoutClosing,
  type BreakoutMessage,
  type BreakoutProtocol,
  type BreakoutRoomId,
  type BreakoutRoomInfo,
  type BreakoutSessionInfo,
  breakoutLimits,
  breakoutProtocol,
  type ClosingReason,
} from '../protocol.js';
import { normalizeMessage } from './breakoutText.js';
import { planStart, type StartPlan } from './planStart.js';

/** Timers come back as loopbacks; `session` tells a timer of an earlier session from the current one. */
export type BreakoutLoopback = { readonly type: 'warn' | 'close'; readonly session: number };

type Ctx = ModuleContext<BreakoutProtocol, BreakoutLoopback>;
type Start = Extract<CommandOf<BreakoutProtocol>, { action: 'start' }>;

interface Session {
  readonly seq: number;
  readonly rooms: readonly BreakoutRoomInfo[];
  readonly endsAt: number | null;
  freeChoice: boolean;
  message: BreakoutMessage | null;
  closing: BreakoutClosing | null;
  /** The duration's warning timer, or the closing countdown. */
  timer: TimerHandle | null;
}

export interface BreakoutOptions {
  /** A value in [0, 1), like `Math.random`: the order of random assignment. Injected by tests. */
  readonly random?: () => number;
}

/**
 * Breakout rooms on the runtime's groups. Where people are is not kept here: the runtime's
 * participant record holds the group (`ctx.moveToGroups`), so people who leave drop out by
 * themselves, a resumed participant is still in their room, and a newcomer starts in the main
 * room. The module keeps only the session: its rooms, free choice, the last message and the
 * timers. Media and chat follow the group in their own modules.
 */
export class BreakoutModule implements ModuleInstance<BreakoutProtocol, BreakoutLoopback> {
  readonly #ctx: Ctx;
  readonly #random: () => number;
  #session: Session | null = null;
  #seq = 0;

  constructor(ctx: Ctx, random: () => number) {
    this.#ctx = ctx;
    this.#random = random;
  }

  onConnect(): JoinStateOf<BreakoutProtocol> {
    return { session: this.#session ? this.#info(this.#session) : null };
  }

  onCommand(command: CommandOf<BreakoutProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'start':
        this.#ctx.requireModerator(from);
        this.#start(command);
        break;
      case 'assign': {
        this.#ctx.requireModerator(from);
        const session = this.#running();
        this.#move(session, this.#target(command.participantId), command.roomId);
        break;
      }
      case 'goTo': {
        const session = this.#running();
        if (!isModerator(from.participant.role) && !session.freeChoice) this.#ctx.requireModerator(from);
        this.#move(session, from.participant, command.roomId);
        break;
      }
      case 'setFreeChoice': {
        this.#ctx.requireModerator(from);
        const session = this.#running();
        if (session.freeChoice === command.freeChoice) break;
        session.freeChoice = command.freeChoice;
        this.#ctx.broadcast({ event: 'freeChoiceChanged', freeChoice: command.freeChoice });
        break;
      }
      case 'message':
        this.#ctx.requireModerator(from);
        this.#message(this.#running(), command.text, from.participant.id);
        break;
      case 'close':
        this.#ctx.requireModerator(from);
        this.#close(this.#running(), command.warningSeconds);
        break;
      default:
        assertNever(command);
    }
  }

  onLoopback(event: BreakoutLoopback): void {
    const session = this.#session;
    if (!session || session.seq !== event.session) return;
    session.timer = null;
    switch (event.type) {
      case 'warn':
        if (!session.closing && session.endsAt !== null) this.#beginClosing(session, session.endsAt, 'timeUp');
        break;
      case 'close':
        this.#finish();
        break;
      default:
        assertNever(event.type);
    }
  }

  onClose(): undefined {
    this.#session?.timer?.cancel();
    this.#session = null;
    return undefined;
  }

  // ---- commands ---------------------------------------------------------------------------

  #start(command: Start): void {
    if (this.#session) this.#ctx.reject({ error: 'alreadyRunning' });
    const plan = planStart(command, this.#ctx, this.#random);
    if ('error' in plan) this.#ctx.reject(plan);
    const now = this.#ctx.now();
    const session: Session = {
      seq: ++this.#seq,
      rooms: plan.rooms,
      endsAt: plan.durationMs === null ? null : now + plan.durationMs,
      freeChoice: command.freeChoice ?? false,
      message: null,
      closing: null,
      timer: null,
    };
    this.#session = session;
    if (plan.durationMs !== null) {
      const warningMs = Math.min(breakoutLimits.defaultWarningSeconds * 1000, plan.durationMs);
      session.timer = this.#ctx.after(plan.durationMs - warningMs, { type: 'warn', session: session.seq });
    }
    this.#ctx.log.info({ rooms: plan.rooms.length, moved: plan.moves.length }, 'breakout rooms opened');
    // Everyone learns the rooms first, so the roster's group changes that follow can be named.
    this.#ctx.broadcast({ event: 'started', ...this.#info(session, plan) });
    this.#ctx.moveToGroups(plan.moves.map((m) => ({ participant: m.participantId, group: m.roomId })));
  }

  #move(session: Session, who: Participant, roomId: BreakoutRoomId | null): void {
    if (roomId !== null && !session.rooms.some((r) => r.id === roomId))
      this.#ctx.reject({ error: 'unknownRoom', roomId });
    if (who.kind === 'recorder') this.#ctx.reject({ error: 'cannotAssign', participantId: who.id });
    if (this.#ctx.moveToGroup(who.id, roomId) === 'changed')
      this.#ctx.broadcast({ event: 'moved', participantId: who.id, roomId });
  }

  #message(session: Session, raw: string, from: ParticipantId): void {
    const text = normalizeMessage(raw);
    if (text === '') this.#ctx.reject({ error: 'emptyMessage' });
    if (text.length > breakoutLimits.messageMaxLength)
      this.#ctx.reject({ error: 'messageTooLong', maxLength: breakoutLimits.messageMaxLength });
    const message: BreakoutMessage = { text, from, sentAt: this.#ctx.now() };
    session.message = message;
    this.#ctx.broadcast({ event: 'message', ...message });
  }

  #close(session: Session, warningSeconds: number | undefined): void {
    const seconds = warningSeconds ?? breakoutLimits.defaultWarningSeconds;
    if (seconds < 0 || seconds > breakoutLimits.maxWarningSeconds)
      this.#ctx.reject({ error: 'invalidWarning', minSeconds: 0, maxSeconds: breakoutLimits.maxWarningSeconds });
    const endsAt = this.#ctx.now() + seconds * 1000;
    if (session.closing && session.closing.endsAt <= endsAt)
      this.#ctx.reject({ error: 'alreadyClosing', endsAt: session.closing.endsAt });
    this.#beginClosing(session, endsAt, 'moderator');
  }

  // ---- closing ----------------------------------------------------------------------------

  /** Announces the countdown to everyone; at `endsAt` everyone returns. No countdown left: at once. */
  #beginClosing(session: Session, endsAt: number, reason: ClosingReason): void {
    session.timer?.cancel();
    session.timer = null;
    const now = this.#ctx.now();
    if (endsAt <= now) {
      this.#finish();
      return;
    }
    session.closing = { endsAt, reason };
    this.#ctx.broadcast({ event: 'closing', endsAt, reason, serverNow: now });
    session.timer = this.#ctx.after(endsAt - now, { type: 'close', session: session.seq });
  }

  /** Everyone in a breakout room (visiting moderators too) returns to the main room. */
  #finish(): void {
    const session = this.#session;
    if (!session) return;
    session.timer?.cancel();
    this.#session = null;
    this.#ctx.broadcast({ event: 'closed' });
    this.#ctx.moveToGroups(this.#assignments(session).map((a) => ({ participant: a.participantId, group: null })));
    this.#ctx.log.info({ rooms: session.rooms.length }, 'breakout rooms closed');
  }

  // ---- helpers ----------------------------------------------------------------------------

  #running(): Session {
    if (!this.#session) return this.#ctx.reject({ error: 'notRunning' });
    return this.#session;
  }

  #target(participantId: ParticipantId): Participant {
    const target = this.#ctx.participant(participantId);
    if (!target) return this.#ctx.reject({ error: 'unknownParticipant', participantId });
    return target;
  }

  /** The session as a joiner sees it; `plan` supplies the assignments before the moves are made. */
  #info(session: Session, plan?: StartPlan): BreakoutSessionInfo {
    return {
      rooms: session.rooms.map((r) => ({ ...r })),
      assignments: plan ? plan.moves.map((m) => ({ ...m })) : this.#assignments(session),
      endsAt: session.endsAt,
      closing: session.closing ? { ...session.closing } : null,
      freeChoice: session.freeChoice,
      message: session.message ? { ...session.message } : null,
      serverNow: this.#ctx.now(),
    };
  }

  #assignments(session: Session): BreakoutAssignment[] {
    const ids = new Set(session.rooms.map((r) => r.id));
    const list: BreakoutAssignment[] = [];
    for (const p of this.#ctx.participants())
      if (p.group !== null && ids.has(p.group)) list.push({ participantId: p.id, roomId: p.group });
    return list;
  }
}

/** The breakout module with injected randomness (tests); `breakoutModule` uses `Math.random`. */
export function createBreakoutModule(options: BreakoutOptions = {}) {
  const random = options.random ?? Math.random;
  return defineModule<BreakoutProtocol, BreakoutLoopback>({
    protocol: breakoutProtocol,
    init: (ctx) => new BreakoutModule(ctx, random),
  });
}

export const breakoutModule = createBreakoutModule();
