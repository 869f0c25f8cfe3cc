import type { ChainHead } from '@plenum/audit';
import type { Participant, TimerHandle } from '@plenum/room-kit';
import type {
  Choice,
  PublishedBallot,
  ReportedProblem,
  SignedRecordHead,
  Tally,
  VoteInfo,
  VoteReceipt,
  Voter,
} from '../protocol.js';
import { inPublishedOrder } from './publishedBallots.js';

/**
 * One vote of this meeting, as the room holds it: its chain head, who may vote (by account, so a voter who rejoins
 * or uses another device is still one voter), the tokens of a pseudonymous vote (only here, never in the record), the
 * ballots accepted so far and those already stored (only stored ones are announced), and its progress through the
 * announce-after-store steps.
 */
export class Vote {
  head: ChainHead;
  deadline: TimerHandle | null = null;
  /** The end is decided: nothing more goes into the chain. */
  ended = false;
  /** A write of its record failed: it ended as interrupted. */
  failed = false;
  startAnnounced = false;
  endAnnounced = false;
  /** The signed final head of its record, once the end is signed: what the after-the-end log follows. */
  signedEnd: SignedRecordHead | null = null;
  /** The head of its after-the-end log (see `afterEndRecord`), once a ballot after the end was recorded. */
  afterEndHead: ChainHead | null = null;
  /** How many ballots after the end were recorded, per person (account or guest session). */
  readonly refusalsAfterEnd = new Map<string, number>();
  /** The stored problem reports, oldest first (moderators and the initiator see them). */
  readonly problems: ReportedProblem[] = [];
  readonly #eligible: ReadonlyMap<string, Voter>;
  readonly #tokens: ReadonlyMap<string, string>;
  /** Accepted ballots by account, in the order cast. */
  readonly #accepted = new Map<string, { readonly choice: Choice; readonly published: PublishedBallot }>();
  /** Stored ballots, in the order cast, and the receipts given for them. */
  readonly #stored: { readonly choice: Choice; readonly published: PublishedBallot }[] = [];
  readonly #receipts = new Map<string, { readonly receipt: VoteReceipt; readonly choice: Choice }>();

  constructor(
    readonly info: VoteInfo,
    head: ChainHead,
    /** The initiator's account (null when they have none): they may stop the vote from any device. */
    readonly initiatorUserId: string | null,
    tokens: ReadonlyMap<string, string>,
  ) {
    this.head = head;
    this.#eligible = new Map(info.eligible.map((v) => [v.userId, v]));
    this.#tokens = tokens;
  }

  get id(): string {
    return this.info.id;
  }

  voterOf(participant: Participant): Voter | undefined {
    return participant.userId === null ? undefined : this.#eligible.get(participant.userId);
  }

  isInitiator(participant: Participant): boolean {
    return (
      participant.id === this.info.initiator.participant ||
      (this.initiatorUserId !== null && participant.userId === this.initiatorUserId)
    );
  }

  tokenOf(userId: string): string | undefined {
    return this.#tokens.get(userId);
  }

  hasVoted(userId: string): boolean {
    return this.#accepted.has(userId);
  }

  get allVoted(): boolean {
    return this.#accepted.size === this.#eligible.size;
  }

  accept(userId: string, choice: Choice, published: PublishedBallot): void {
    this.#accepted.set(userId, { choice, published });
  }

  /** A ballot's entry was stored: it counts in what is announced, and its voter holds a receipt. */
  stored(userId: string, receipt: VoteReceipt): number {
    const ballot = this.#accepted.get(userId);
    if (ballot) this.#stored.push(ballot);
    if (ballot) this.#receipts.set(userId, { receipt, choice: ballot.choice });
    return this.#stored.length;
  }

  get storedCount(): number {
    return this.#stored.length;
  }

  receiptOf(userId: string): { readonly receipt: VoteReceipt; readonly choice: Choice } | undefined {
    return this.#receipts.get(userId);
  }

  /**
   * The counts and the published ballots (see `inPublishedOrder`) of the accepted ballots (at the end) or only the
   * stored ones.
   */
  outcome(which: 'accepted' | 'stored'): { tally: Tally; ballots: PublishedBallot[] } {
    const list = which === 'accepted' ? [...this.#accepted.values()] : this.#stored;
    const tally = { yes: 0, no: 0, abstain: 0, ballots: list.length, eligible: this.#eligible.size };
    for (const b of list) tally[b.choice]++;
    return {
      tally,
      ballots: inPublishedOrder(
        this.info.kind,
        list.map((b) => b.published),
      ),
    };
  }

  /** The stored ballots as published so far (live roll calls show them while the vote runs). */
  get storedBallots(): readonly PublishedBallot[] {
    return this.#stored.map((b) => b.published);
  }
}
