import { assertNever, type CommandOf, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
  type RoomPolicy,
} from '@plenum/room-kit';
import { type RaiseHandsProtocol, raiseHandsLimits, raiseHandsProtocol } from '../protocol.js';

type Ctx = ModuleContext<RaiseHandsProtocol, never>;

const ns = raiseHandsProtocol.ns;

/**
 * The queue of raised hands. A `Map` keeps insertion order, which is the order hands went up,
 * so the queue needs no sorting. Hand events go to everyone (everyone shows the icons) with one
 * serialisation per event. Leaving drops a hand silently: every client already learns of the
 * leave from `core.participantLeft`, so a second event would only double the fan-out.
 */
export class RaiseHandsModule implements ModuleInstance<RaiseHandsProtocol, never> {
  readonly #ctx: Ctx;
  /** Participant → when their hand went up (server clock), in the order hands went up. */
  readonly #hands = new Map<ParticipantId, number>();
  /** Participant → when they last raised their hand, for the cooldown; forgotten when they leave. */
  readonly #lastRaise = new Map<ParticipantId, number>();

  constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }

  onConnect(): JoinStateOf<RaiseHandsProtocol> {
    return {
      enabled: enabled(this.#ctx.roomPolicy()),
      hands: [...this.#hands].map(([participantId, raisedAt]) => ({ participantId, raisedAt })),
    };
  }

  onLeave(participant: Participant): void {
    this.#hands.delete(participant.id);
    this.#lastRaise.delete(participant.id);
  }

  onPolicyChanged(policy: RoomPolicy, previous: RoomPolicy): void {
    const now = enabled(policy);
    if (now === enabled(previous)) return;
    if (!now) this.#hands.clear();
    this.#ctx.broadcast({ event: 'availabilityChanged', enabled: now });
  }

  onCommand(command: CommandOf<RaiseHandsProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'raise':
        this.#raise(from.participant);
        break;
      case 'lower':
        if (this.#hands.delete(from.participant.id))
          this.#ctx.broadcast({ event: 'handLowered', participantId: from.participant.id, reason: 'self' });
        break;
      case 'lowerHand':
        this.#ctx.requireModerator(from);
        this.#lowerHand(command.participantId, from.participant.id);
        break;
      case 'lowerAll':
        this.#ctx.requireModerator(from);
        if (this.#hands.size === 0) return;
        this.#hands.clear();
        this.#ctx.broadcast({ event: 'allLowered', by: from.participant.id });
        break;
      default:
        assertNever(command);
    }
  }

  /** The runtime already refused non-moderators while switched off; a moderator's own hand stays down too. */
  #raise(participant: Participant): void {
    if (!enabled(this.#ctx.roomPolicy())) this.#ctx.reject({ error: 'switchedOff' });
    if (this.#hands.has(participant.id)) return;
    const now = this.#ctx.now();
    const last = this.#lastRaise.get(participant.id);
    const { raiseCooldownMs } = raiseHandsLimits;
    if (last !== undefined && now - last < raiseCooldownMs)
      this.#ctx.reject({ error: 'slowDown', retryAfterMs: last + raiseCooldownMs - now, cooldownMs: raiseCooldownMs });
    this.#lastRaise.set(participant.id, now);
    this.#hands.set(participant.id, now);
    this.#ctx.broadcast({ event: 'handRaised', hand: { participantId: participant.id, raisedAt: now } });
  }

  #lowerHand(participantId: ParticipantId, by: ParticipantId): void {
    if (!this.#ctx.participant(participantId)) this.#ctx.reject({ error: 'unknownParticipant', participantId });
    if (!this.#hands.delete(participantId)) this.#ctx.reject({ error: 'handNotRaised', participantId });
    this.#ctx.broadcast(
      participantId === by
        ? { event: 'handLowered', participantId, reason: 'self' }
        : { event: 'handLowered', participantId, reason: 'moderator', by },
    );
  }
}

function enabled(policy: RoomPolicy): boolean {
  return !policy.switchedOff.includes(ns);
}

export const raiseHandsModule = defineModule<RaiseHandsProtocol>({
  protocol: raiseHandsProtocol,
  init: (ctx) => new RaiseHandsModule(ctx),
});
