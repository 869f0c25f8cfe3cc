import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  type Participant,
  type ParticipantChange,
  type ParticipantUpdate,
  type RoomPolicy,
} from '@plenum/room-kit';
import {
  type HandsElsewhere,
  type RaisedHand,
  type RaiseHandsProtocol,
  raiseHandsLimits,
  raiseHandsProtocol,
} from '../protocol.js';

type Ctx = ModuleContext<RaiseHandsProtocol, never>;
type Group = string | null;

const ns = raiseHandsProtocol.ns;

/**
 * The queues of raised hands, one per room (the runtime's groups: null is the main room, anything
 * else a breakout room). A `Map` keeps insertion order, which is the order hands went up, so a
 * queue needs no sorting; a hand's room is its owner's group, because moving lowers the hand.
 * Hand events go to everyone in the hand's room with one serialisation per event; owner and
 * moderators elsewhere get the room's count instead (`elsewhereChanged`). Leaving drops a hand
 * without a hand event: every client already learns of the leave from `core.participantLeft`, so
 * a second event would only double the fan-out (moderators elsewhere still get the new count).
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

  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<RaiseHandsProtocol> {
    return { enabled: enabled(this.#ctx.roomPolicy()), ...this.#viewOf(participant) };
  }

  onLeave(participant: Participant): void {
    this.#lastRaise.delete(participant.id);
    if (this.#hands.delete(participant.id)) this.#countChanged(participant.group, new Set([participant.id]));
  }

  /**
   * Moving to another room lowers the hand (the old room and the mover are told) and brings that room's queue;
   * gaining or losing moderator rights brings or takes the other rooms' counts. All at once for a batch of moves
   * (breakout rooms opening or closing): every moved hand is down before any queue goes out, so no queue shows a
   * hand that is about to go down, and moderators elsewhere get each room's new count once.
   */
  onParticipantsUpdated(updates: readonly ParticipantUpdate[]): void {
    const movers = updates.filter(({ participant, change }) => moved(participant, change));
    const lowered = new Set<Group>();
    for (const { participant, change } of movers) {
      if (!this.#hands.delete(participant.id)) continue;
      const event = { event: 'handLowered', participantId: participant.id, reason: 'moved' } as const;
      this.#ctx.broadcast(event, { group: change.group ?? null });
      this.#ctx.send({ participant: participant.id }, event);
      lowered.add(change.group ?? null);
    }
    const told = new Set(movers.map(({ participant }) => participant.id));
    for (const group of lowered) this.#countChanged(group, told);
    for (const { participant, change } of updates)
      if (told.has(participant.id) || moderatesNoLongerOrNow(participant, change)) this.#sendQueue(participant);
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
        if (this.#hands.delete(from.participant.id)) {
          this.#ctx.broadcast(
            { event: 'handLowered', participantId: from.participant.id, reason: 'self' },
            { group: from.participant.group },
          );
          this.#countChanged(from.participant.group);
        }
        break;
      case 'lowerHand':
        this.#ctx.requireModerator(from);
        this.#lowerHand(command.participantId, from.participant.id);
        break;
      case 'lowerAll':
        this.#ctx.requireModerator(from);
        this.#lowerAll(from.participant);
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
    this.#ctx.broadcast(
      { event: 'handRaised', hand: { participantId: participant.id, raisedAt: now } },
      { group: participant.group },
    );
    this.#countChanged(participant.group);
  }

  /** Any hand in the meeting (moderators decide for every room); the event goes to the hand's room. */
  #lowerHand(participantId: ParticipantId, by: ParticipantId): void {
    const target = this.#ctx.participant(participantId);
    if (!target) this.#ctx.reject({ error: 'unknownParticipant', participantId });
    if (!this.#hands.delete(participantId)) this.#ctx.reject({ error: 'handNotRaised', participantId });
    this.#ctx.broadcast(
      participantId === by
        ? { event: 'handLowered', participantId, reason: 'self' }
        : { event: 'handLowered', participantId, reason: 'moderator', by },
      { group: target.group },
    );
    this.#countChanged(target.group);
  }

  /** Every hand of the moderator's own room: the other rooms' hands are not theirs to see, so not to lower. */
  #lowerAll(moderator: Participant): void {
    const group = moderator.group;
    const lowered = this.#handsIn(group);
    if (lowered.length === 0) return;
    for (const hand of lowered) this.#hands.delete(hand.participantId);
    this.#ctx.broadcast({ event: 'allLowered', by: moderator.id }, { group });
    this.#countChanged(group);
  }

  /** The raised hands of `group`, in the order they went up. */
  #handsIn(group: Group): RaisedHand[] {
    const hands: RaisedHand[] = [];
    for (const [participantId, raisedAt] of this.#hands)
      if (this.#ctx.participant(participantId)?.group === group) hands.push({ participantId, raisedAt });
    return hands;
  }

  /** The number of hands up per room with any, except `group`. */
  #countsOutside(group: Group): HandsElsewhere[] {
    const counts = new Map<Group, number>();
    for (const participantId of this.#hands.keys()) {
      const other = this.#ctx.participant(participantId)?.group;
      if (other !== undefined && other !== group) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts].map(([g, count]) => ({ group: g, count }));
  }

  /** What `participant` sees: their room's queue, and the other rooms' counts when they moderate. */
  #viewOf(participant: Participant): { hands: RaisedHand[]; elsewhere: HandsElsewhere[] } {
    return {
      hands: this.#handsIn(participant.group),
      elsewhere: isModerator(participant.role) ? this.#countsOutside(participant.group) : [],
    };
  }

  #sendQueue(participant: Participant): void {
    this.#ctx.send({ participant: participant.id }, { event: 'queue', ...this.#viewOf(participant) });
  }

  /** Tells owner and moderators outside `group` (but those in `except`, told otherwise) how many hands are up there. */
  #countChanged(group: Group, except?: ReadonlySet<ParticipantId>): void {
    let count: number | undefined;
    for (const p of this.#ctx.participants()) {
      if (p.group === group || except?.has(p.id) || !isModerator(p.role)) continue;
      count ??= this.#handsIn(group).length;
      this.#ctx.send({ participant: p.id }, { event: 'elsewhereChanged', group, count });
    }
  }
}

/** Whether `change` moved `participant` to another room. */
function moved(participant: Participant, change: ParticipantChange): boolean {
  return change.group !== undefined && change.group !== participant.group;
}

/** Whether `change` gave `participant` moderator rights or took them away. */
function moderatesNoLongerOrNow(participant: Participant, change: ParticipantChange): boolean {
  return change.role !== undefined && isModerator(change.role) !== isModerator(participant.role);
}

function enabled(policy: RoomPolicy): boolean {
  return !policy.switchedOff.includes(ns);
}

export const raiseHandsModule = defineModule<RaiseHandsProtocol>({
  protocol: raiseHandsProtocol,
  init: (ctx) => new RaiseHandsModule(ctx),
});
