import { type ParticipantId, TokenBucket } from '@plenum/protocol';
import type { ModuleContext, ParticipantUpdate, TimerHandle } from '@plenum/room-kit';
import { type MediaProtocol, mediaLimits } from '../protocol.js';
import type { MediaLoopback } from './mediaLoopback.js';

type Ctx = ModuleContext<MediaProtocol, MediaLoopback>;

/** What the talking indicator needs to know about a caller from the rest of the media module. */
export interface PhoneTalkingHost {
  /** The caller's audio has joined its group's mix (a leg is up). */
  heard(participantId: ParticipantId): boolean;
  /** The caller's microphone is muted (self, moderator or restriction). */
  muted(participantId: ParticipantId): boolean;
}

interface Caller {
  /** What the caller's group was told last. */
  talking: boolean;
  /** The group that was told `talking: true` (only meaningful while `talking`). */
  group: string | null;
  /** The gateway's latest word while the audio is joined; shown only while unmuted. */
  wanted: boolean;
  readonly bucket: TokenBucket;
  /** A change held back by the pace, due then. */
  timer: TimerHandle | undefined;
}

/**
 * The speaking indicator of telephone callers. Browsers hear all phones of a group as one mixed stream (ADR 0011)
 * and cannot tell who of them speaks, so the gateway measures each call and says `phoneTalking`; this class turns
 * that into `talkingChanged` for the caller's group. Contract:
 * - the group is told only on a change; a caller counts as talking while their audio has joined, they are not muted,
 *   and the gateway's latest word is `true` (a word said while muted is kept, and counts once unmuted);
 * - muting and the end of the call's audio end talking at once; the audio's end also forgets the latest word (the
 *   gateway says it again for a new leg);
 * - a caller's own changes are paced by a token bucket (`mediaLimits.talking*`); a change beyond it is held back
 *   and applied when due, so the group always ends with the caller's latest word;
 * - moving to another group ends a caller's talking; a participant who moves is told the difference between the old
 *   group's talking callers and the new one's.
 */
export class PhoneTalking {
  readonly #callers = new Map<ParticipantId, Caller>();

  constructor(
    private readonly ctx: Ctx,
    private readonly host: PhoneTalkingHost,
  ) {}

  /** The talking callers of a group, for a joiner's state. */
  talkingIn(group: string | null): ParticipantId[] {
    const out: ParticipantId[] = [];
    for (const [id, caller] of this.#callers) if (caller.talking && caller.group === group) out.push(id);
    return out;
  }

  /** The gateway's word for a caller. A word before the audio has joined is ignored. */
  report(participantId: ParticipantId, talking: boolean): void {
    const caller = this.#callerOf(participantId);
    caller.wanted = talking && this.host.heard(participantId);
    this.#apply(participantId, caller);
  }

  /** Something that decides whether a caller can be heard changed (mute, the audio leg came or went). */
  refresh(participantId: ParticipantId): void {
    const caller = this.#callers.get(participantId);
    if (!caller) return;
    if (!this.host.heard(participantId)) caller.wanted = false;
    this.#apply(participantId, caller);
  }

  /** A held-back change is due (the loopback of its timer). */
  due(participantId: ParticipantId): void {
    const caller = this.#callers.get(participantId);
    if (!caller) return;
    caller.timer = undefined;
    this.#apply(participantId, caller);
  }

  /**
   * Participants changed, some of them groups (one move, or breakout rooms opening or closing at once). Every moved
   * caller stops talking (its old group is told); then every mover learns which talking callers it no longer sees
   * and which it now does.
   */
  regrouped(updates: readonly ParticipantUpdate[]): void {
    const movers = updates.filter(
      ({ participant, change }) => change.group !== undefined && change.group !== participant.group,
    );
    if (movers.length === 0) return;
    const before = new Map<ParticipantId, string | null>();
    for (const [id, caller] of this.#callers) if (caller.talking) before.set(id, caller.group);
    for (const { participant } of movers) {
      const caller = this.#callers.get(participant.id);
      if (!caller) continue;
      caller.wanted = false;
      caller.timer?.cancel();
      caller.timer = undefined;
      if (caller.talking) this.#tell(participant.id, caller, false);
    }
    for (const { participant, change } of movers) {
      const to = { participant: participant.id };
      for (const [id, group] of before) {
        if (id !== participant.id && group === change.group) {
          this.ctx.send(to, { event: 'talkingChanged', participantId: id, talking: false });
        }
      }
      for (const id of this.talkingIn(participant.group)) {
        if (id !== participant.id) this.ctx.send(to, { event: 'talkingChanged', participantId: id, talking: true });
      }
    }
  }

  /** The participant left the room: everyone forgets them with `participantLeft`, so nobody is told. */
  forget(participantId: ParticipantId): void {
    this.#callers.get(participantId)?.timer?.cancel();
    this.#callers.delete(participantId);
  }

  #callerOf(participantId: ParticipantId): Caller {
    let caller = this.#callers.get(participantId);
    if (!caller) {
      const bucket = new TokenBucket(mediaLimits.talkingBurst, mediaLimits.talkingRefillMs, this.ctx.now());
      caller = { talking: false, group: null, wanted: false, bucket, timer: undefined };
      this.#callers.set(participantId, caller);
    }
    return caller;
  }

  #apply(participantId: ParticipantId, caller: Caller): void {
    const audible = this.host.heard(participantId) && !this.host.muted(participantId);
    const talking = caller.wanted && audible;
    if (talking === caller.talking) return;
    // Silencing (mute, the audio gone) is the room's doing and takes effect at once; only the caller's own
    // changes are paced.
    if (audible) {
      if (caller.timer) return;
      const wait = caller.bucket.take(this.ctx.now());
      if (wait > 0) {
        caller.timer = this.ctx.after(wait, { type: 'talkingDue', participantId });
        return;
      }
    }
    this.#tell(participantId, caller, talking);
  }

  #tell(participantId: ParticipantId, caller: Caller, talking: boolean): void {
    const group = talking ? (this.ctx.participant(participantId)?.group ?? null) : caller.group;
    caller.talking = talking;
    caller.group = group;
    // Callers are kept in the order they started talking, which `talkingIn` hands to joiners.
    if (talking) {
      this.#callers.delete(participantId);
      this.#callers.set(participantId, caller);
    }
    this.ctx.broadcast({ event: 'talkingChanged', participantId, talking }, { group });
  }
}
