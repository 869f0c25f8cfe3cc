import type { ParticipantId } from '@plenum/protocol';
import type { PollInfo } from '../protocol.js';

/**
 * One running poll: its ballots by identity (who a person is across joins, so leaving and joining again does not
 * give a second vote) and the counts per choice. The ballots never leave the server except to their own voter.
 */
export class Poll {
  readonly #ballots = new Map<string, readonly number[]>();
  readonly #counts: number[];

  constructor(readonly info: PollInfo) {
    this.#counts = info.choices.map(() => 0);
  }

  get id(): string {
    return this.info.id;
  }

  get voters(): number {
    return this.#ballots.size;
  }

  counts(): number[] {
    return [...this.#counts];
  }

  ballotOf(identity: string): readonly number[] | undefined {
    return this.#ballots.get(identity);
  }

  /** Records (or replaces) a valid ballot; whether the counts changed. */
  cast(identity: string, choices: readonly number[]): boolean {
    const previous = this.#ballots.get(identity);
    if (previous && sameChoices(previous, choices)) return false;
    for (const c of previous ?? []) this.#counts[c] = (this.#counts[c] ?? 1) - 1;
    for (const c of choices) this.#counts[c] = (this.#counts[c] ?? 0) + 1;
    this.#ballots.set(identity, [...choices]);
    return true;
  }

  startedBy(participant: ParticipantId): boolean {
    return this.info.startedBy === participant;
  }
}

function sameChoices(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((c) => set.has(c));
}
