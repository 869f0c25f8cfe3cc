import type { ParticipantId } from '@plenum/protocol';
import type { SpeakerList, SpeakerMode, TurnEnd } from '../protocol.js';

/**
 * The order of a running speaker list, without time or messages: who speaks, who waits (in
 * order), who was nominated, who has spoken. The module checks every rule before it calls a
 * method here, so these methods assume valid input.
 */
export class SpeakerOrder {
  readonly mode: SpeakerMode;
  readonly secondsPerSpeaker: number | null;
  #speaker: ParticipantId;
  #waiting: ParticipantId[];
  #spoken: ParticipantId[] = [];
  #nominated: ParticipantId | null = null;

  /** `order` must not be empty: its first person speaks first. */
  constructor(mode: SpeakerMode, order: readonly ParticipantId[], secondsPerSpeaker: number | null) {
    const [first, ...rest] = order;
    if (first === undefined) throw new Error('a speaker order needs a first speaker');
    this.mode = mode;
    this.secondsPerSpeaker = secondsPerSpeaker;
    this.#speaker = first;
    this.#waiting = rest;
  }

  get speaker(): ParticipantId {
    return this.#speaker;
  }

  /** Who takes over after this turn: the nominated person in `nominate` mode, else the first who waits. */
  get next(): ParticipantId | null {
    return this.mode === 'nominate' ? this.#nominated : (this.#waiting[0] ?? null);
  }

  /** How many people are on the list (speaker and waiting). */
  get size(): number {
    return 1 + this.#waiting.length;
  }

  /** Speaking or waiting. */
  lists(id: ParticipantId): boolean {
    return id === this.#speaker || this.isWaiting(id);
  }

  isWaiting(id: ParticipantId): boolean {
    return this.#waiting.includes(id);
  }

  /** Puts someone who is not listed at the end or at the front of those who wait; they may speak again. */
  add(id: ParticipantId, position: 'end' | 'next'): void {
    this.#spoken = this.#spoken.filter((p) => p !== id);
    if (position === 'next') this.#waiting.unshift(id);
    else this.#waiting.push(id);
  }

  /** Takes a waiting person off the list (and their nomination with them). */
  removeWaiting(id: ParticipantId): void {
    this.#waiting = this.#waiting.filter((p) => p !== id);
    if (this.#nominated === id) this.#nominated = null;
  }

  /** Someone who left the meeting no longer appears among those who spoke. */
  forgetSpoken(id: ParticipantId): void {
    this.#spoken = this.#spoken.filter((p) => p !== id);
  }

  nominate(id: ParticipantId): void {
    this.#nominated = id;
  }

  /**
   * Ends the current turn: the speaker counts as spoken unless they left or were taken off, and
   * the nominated person (or else the first who waits) takes the stick. Returns the new speaker,
   * or null when nobody is left (the list is then over and this order must not be used again).
   */
  advance(reason: TurnEnd): ParticipantId | null {
    if (reason === 'passed' || reason === 'skipped' || reason === 'timeUp') this.#spoken.push(this.#speaker);
    const following = this.#nominated ?? this.#waiting[0];
    if (following === undefined) return null;
    this.#waiting = this.#waiting.filter((p) => p !== following);
    this.#nominated = null;
    this.#speaker = following;
    return following;
  }

  /** The list as everyone sees it, with the current turn's times. */
  snapshot(turnStartedAt: number, turnEndsAt: number | null): SpeakerList {
    return {
      mode: this.mode,
      speaker: this.#speaker,
      waiting: [...this.#waiting],
      next: this.next,
      spoken: [...this.#spoken],
      secondsPerSpeaker: this.secondsPerSpeaker,
      turnStartedAt,
      turnEndsAt,
    };
  }
}
