import type { ParticipantId } from '@plenum/protocol';
import { isModerator, type Participant } from '@plenum/room-kit';
import type { MicrophoneRestrictions } from '../protocol.js';

/**
 * Who may use their microphone while restrictions are on: owner, moderators, the recorder and the allow list. Only
 * the facts; the module turns them into runtime permissions.
 */
export class MicrophoneGate {
  #on = false;
  readonly #allowed = new Set<ParticipantId>();

  get on(): boolean {
    return this.#on;
  }

  /** Whether `participant` may speak now (always, while restrictions are off). */
  mayUse(participant: Participant): boolean {
    return (
      !this.#on || isModerator(participant.role) || participant.kind === 'recorder' || this.#allowed.has(participant.id)
    );
  }

  /** Turns restrictions on with exactly this allow list. */
  restrict(allowed: Iterable<ParticipantId>): void {
    this.#on = true;
    this.#allowed.clear();
    for (const id of allowed) this.#allowed.add(id);
  }

  /** Changes one entry of the allow list; whether it changed. */
  allow(id: ParticipantId, allowed: boolean): boolean {
    if (this.#allowed.has(id) === allowed) return false;
    if (allowed) this.#allowed.add(id);
    else this.#allowed.delete(id);
    return true;
  }

  lift(): void {
    this.#on = false;
    this.#allowed.clear();
  }

  /** A participant left: a later join is someone new (and restricted again). */
  forget(id: ParticipantId): void {
    this.#allowed.delete(id);
  }

  snapshot(): MicrophoneRestrictions {
    return { on: this.#on, allowed: [...this.#allowed] };
  }
}
