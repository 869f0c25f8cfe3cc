/**
 * Receive statistics for one RTP source, as in RFC 3550 appendix A: sequence number tracking with probation,
 * wrap-around and restart detection (A.1), expected and lost packets (A.3), and the interarrival jitter
 * estimate (A.8). Used to count loss on each leg and to measure the jitter the gateway adds (compare the
 * jitter of a stream going in with the same stream coming out).
 */

const SEQ_MOD = 0x10000;
/** A forward jump larger than this is not counted as loss but as a possible restart. */
const MAX_DROPOUT = 3000;
/** A backward step up to this is a late or duplicate packet. */
const MAX_MISORDER = 100;

export type SequenceVerdict =
  /** In order, or after a gap. */
  | 'accepted'
  /** Behind the highest sequence number seen: late or duplicate. Counted as received (as RFC 3550 does). */
  | 'late'
  /** The source is still on probation: not counted yet. */
  | 'probation'
  /** A jump too large to be loss; one more packet in sequence after it restarts the statistics. */
  | 'jump'
  /** The packet after a jump continued it: the statistics started over at this packet. */
  | 'restarted';

export interface RtpReceiveReport {
  readonly received: number;
  readonly expected: number;
  /** May be negative when duplicates arrive (RFC 3550 §6.4.1). */
  readonly lost: number;
  /** Loss since the previous interval report, 0–1. */
  readonly fractionLost: number;
  /** Extended highest sequence number: cycles × 65536 + highest. */
  readonly extendedHighestSequence: number;
  /** Interarrival jitter in timestamp units, and in milliseconds. */
  readonly jitter: number;
  readonly jitterMs: number;
  /** The largest single transit-time difference |D| seen, in milliseconds. */
  readonly maxTransitDeltaMs: number;
}

export interface RtpReceiveStatsOptions {
  /** RTP clock rate of the stream (8000 for G.711, G.722 and telephone-event). */
  readonly clockRate: number;
  /** Packets in sequence needed before a new source counts (RFC 3550 suggests 2; 0 trusts the first packet). */
  readonly probation?: number;
}

export class RtpReceiveStats {
  private readonly clockRate: number;
  private readonly minSequential: number;
  private started = false;
  private probation = 0;
  private maxSeq = 0;
  private cycles = 0;
  private baseSeq = 0;
  private badSeq = SEQ_MOD + 1;
  private received = 0;
  private expectedPrior = 0;
  private receivedPrior = 0;
  private lastFractionLost = 0;
  private lastArrival: number | null = null;
  private lastTimestamp = 0;
  private jitter = 0;
  private maxTransitDelta = 0;

  constructor(options: RtpReceiveStatsOptions) {
    this.clockRate = options.clockRate;
    this.minSequential = options.probation ?? 2;
  }

  /**
   * Counts one packet. `timestamp` is `null` for packets that share the sequence space but not the sampling clock
   * meaningfully (telephone-event packets repeat their event's start time), so they are left out of the jitter.
   * `arrivalMs` is a monotonic receive time, e.g. `performance.now()`.
   */
  receive(sequenceNumber: number, timestamp: number | null, arrivalMs: number): SequenceVerdict {
    const verdict = this.updateSequence(sequenceNumber & 0xffff);
    if (verdict === 'probation' || verdict === 'jump') return verdict;
    if (verdict === 'restarted') this.lastArrival = null;
    if (timestamp !== null) this.updateJitter(timestamp >>> 0, arrivalMs);
    return verdict;
  }

  /** Totals so far, without starting a new interval. */
  totals(): RtpReceiveReport {
    return this.report(this.lastFractionLost);
  }

  /** Totals, with the fraction lost over the interval since the previous call (as an RTCP receiver report). */
  intervalReport(): RtpReceiveReport {
    const expected = this.expected();
    const expectedInterval = expected - this.expectedPrior;
    const lostInterval = expectedInterval - (this.received - this.receivedPrior);
    this.expectedPrior = expected;
    this.receivedPrior = this.received;
    this.lastFractionLost = expectedInterval <= 0 || lostInterval <= 0 ? 0 : lostInterval / expectedInterval;
    return this.report(this.lastFractionLost);
  }

  private report(fractionLost: number): RtpReceiveReport {
    const expected = this.expected();
    return {
      received: this.received,
      expected,
      lost: expected - this.received,
      fractionLost,
      extendedHighestSequence: this.cycles + this.maxSeq,
      jitter: this.jitter,
      jitterMs: (this.jitter * 1000) / this.clockRate,
      maxTransitDeltaMs: (this.maxTransitDelta * 1000) / this.clockRate,
    };
  }

  private expected(): number {
    return this.received === 0 ? 0 : this.cycles + this.maxSeq - this.baseSeq + 1;
  }

  private restartAt(seq: number): void {
    this.baseSeq = seq;
    this.maxSeq = seq;
    this.badSeq = SEQ_MOD + 1;
    this.cycles = 0;
    this.received = 0;
    this.receivedPrior = 0;
    this.expectedPrior = 0;
  }

  private updateSequence(seq: number): SequenceVerdict {
    if (!this.started) {
      this.started = true;
      if (this.minSequential === 0) {
        this.restartAt(seq);
        this.received++;
        return 'accepted';
      }
      this.maxSeq = (seq - 1 + SEQ_MOD) % SEQ_MOD;
      this.probation = this.minSequential;
    }
    const delta = (seq - this.maxSeq + SEQ_MOD) % SEQ_MOD;
    if (this.probation > 0) {
      if (delta === 1) {
        this.probation--;
        this.maxSeq = seq;
        if (this.probation === 0) {
          this.restartAt(seq);
          this.received++;
          return 'accepted';
        }
      } else {
        this.probation = this.minSequential - 1;
        this.maxSeq = seq;
      }
      return 'probation';
    }
    if (delta === 0) {
      this.received++;
      return 'late';
    }
    if (delta < MAX_DROPOUT) {
      if (seq < this.maxSeq) this.cycles += SEQ_MOD;
      this.maxSeq = seq;
      this.received++;
      return 'accepted';
    }
    if (delta <= SEQ_MOD - MAX_MISORDER) {
      if (seq === this.badSeq) {
        this.restartAt(seq);
        this.received++;
        return 'restarted';
      }
      this.badSeq = (seq + 1) % SEQ_MOD;
      return 'jump';
    }
    this.received++;
    return 'late';
  }

  private updateJitter(timestamp: number, arrivalMs: number): void {
    const arrival = (arrivalMs * this.clockRate) / 1000;
    if (this.lastArrival !== null) {
      // D(i,j) = (Rj − Ri) − (Sj − Si); the timestamp difference is read as a signed 32-bit step across wrap.
      const delta = arrival - this.lastArrival - ((timestamp - this.lastTimestamp) | 0);
      const magnitude = Math.abs(delta);
      this.jitter += (magnitude - this.jitter) / 16;
      this.maxTransitDelta = Math.max(this.maxTransitDelta, magnitude);
    }
    this.lastArrival = arrival;
    this.lastTimestamp = timestamp;
  }
}
