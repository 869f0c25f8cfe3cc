import type { CommandOf, JoinStateOf, ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
  type RoomPolicy,
} from '@plenum/room-kit';
import { type ReactionsProtocol, reactionsLimits, reactionsProtocol } from '../protocol.js';

type Ctx = ModuleContext<ReactionsProtocol, never>;

const ns = reactionsProtocol.ns;

/**
 * Relays reactions and keeps nothing but each participant's recent send times for the rate limit
 * (forgotten when they leave). A reaction is one broadcast to the sender's room (main room or
 * breakout group): the runtime serialises it once for all recipients.
 */
export class ReactionsModule implements ModuleInstance<ReactionsProtocol, never> {
  readonly #ctx: Ctx;
  /** Participant → send times within the current window, oldest first (at most `maxPerWindow`). */
  readonly #recent = new Map<ParticipantId, number[]>();

  constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }

  onConnect(): JoinStateOf<ReactionsProtocol> {
    return { enabled: enabled(this.#ctx.roomPolicy()) };
  }

  onLeave(participant: Participant): void {
    this.#recent.delete(participant.id);
  }

  onPolicyChanged(policy: RoomPolicy, previous: RoomPolicy): void {
    const now = enabled(policy);
    if (now !== enabled(previous)) this.#ctx.broadcast({ event: 'availabilityChanged', enabled: now });
  }

  onCommand(command: CommandOf<ReactionsProtocol>, from: Issuer): void {
    // While switched off the runtime refuses everyone but owner and moderators: reactions are restricted to them.
    const sender = from.participant;
    const at = this.#ctx.now();
    this.#admit(sender.id, at);
    this.#ctx.broadcast(
      { event: 'reacted', participantId: sender.id, reaction: command.reaction, at },
      { group: sender.group },
    );
  }

  /** Sliding window: refuses (changing nothing) when `maxPerWindow` reactions were sent within the last `windowMs`. */
  #admit(participant: ParticipantId, at: number): void {
    const { maxPerWindow, windowMs } = reactionsLimits;
    const recent = (this.#recent.get(participant) ?? []).filter((t) => at - t < windowMs);
    const oldest = recent[0];
    if (recent.length >= maxPerWindow && oldest !== undefined)
      this.#ctx.reject({ error: 'slowDown', retryAfterMs: oldest + windowMs - at, maxPerWindow, windowMs });
    recent.push(at);
    this.#recent.set(participant, recent);
  }
}

function enabled(policy: RoomPolicy): boolean {
  return !policy.switchedOff.includes(ns);
}

export const reactionsModule = defineModule<ReactionsProtocol>({
  protocol: reactionsProtocol,
  init: (ctx) => new ReactionsModule(ctx),
});
