import type { G711Law } from '../rtp/g711.js';
import { decodeG711 } from '../rtp/g711.js';

export interface TalkingDetectorOptions {
  /** A frame at or above this level counts as speech. Default −40 dBFS (speech sits at −30 to −15). */
  readonly startDbfs?: number;
  /** While talking, a frame below this level counts as quiet. Default −50 dBFS (line noise stays near −65). */
  readonly stopDbfs?: number;
  /** Loud frames in a row needed to start talking (default 3 = 60 ms): clicks and single pops do not count. */
  readonly attackFrames?: number;
  /** Quiet frames in a row needed to stop (default 40 = 800 ms): pauses between words do not flicker. */
  readonly releaseFrames?: number;
}

/**
 * Whether a caller is talking, from the level of each 20 ms frame, with hysteresis in level (start above one
 * threshold, stop below a lower one) and in time (attack and release counts), so the UI's indicator follows
 * speech rather than every syllable. `update` returns the new state only when it changes.
 */
export class TalkingDetector {
  private readonly startDbfs: number;
  private readonly stopDbfs: number;
  private readonly attackFrames: number;
  private readonly releaseFrames: number;
  private isTalking = false;
  private run = 0;

  constructor(options: TalkingDetectorOptions = {}) {
    this.startDbfs = options.startDbfs ?? -40;
    this.stopDbfs = options.stopDbfs ?? -50;
    this.attackFrames = options.attackFrames ?? 3;
    this.releaseFrames = options.releaseFrames ?? 40;
  }

  get talking(): boolean {
    return this.isTalking;
  }

  /** Feeds one frame's level; returns `true`/`false` when the state flips, otherwise `null`. */
  update(dbfs: number): boolean | null {
    const towardsFlip = this.isTalking ? dbfs < this.stopDbfs : dbfs >= this.startDbfs;
    this.run = towardsFlip ? this.run + 1 : 0;
    if (this.run < (this.isTalking ? this.releaseFrames : this.attackFrames)) return null;
    this.run = 0;
    this.isTalking = !this.isTalking;
    return this.isTalking;
  }

  /** Ends talking at once (hold, leaving the bridge); returns `false` if that is a change, otherwise `null`. */
  reset(): boolean | null {
    this.run = 0;
    if (!this.isTalking) return null;
    this.isTalking = false;
    return false;
  }
}

const SQUARES: Readonly<Record<G711Law, Float64Array>> = {
  PCMU: squaresOf('PCMU'),
  PCMA: squaresOf('PCMA'),
};

function squaresOf(law: G711Law): Float64Array {
  const samples = decodeG711(
    Uint8Array.from({ length: 256 }, (_, code) => code),
    law,
  );
  return Float64Array.from(samples, (sample) => sample * sample);
}

/** RMS level of a G.711 frame in dBFS, without decoding it into a new array (it runs for every relayed frame). */
export function g711FrameDbfs(frame: Uint8Array, law: G711Law): number {
  if (frame.length === 0) return Number.NEGATIVE_INFINITY;
  const squares = SQUARES[law];
  let sum = 0;
  for (let i = 0; i < frame.length; i++) sum += squares[frame[i] as number] as number;
  const rms = Math.sqrt(sum / frame.length);
  return rms === 0 ? Number.NEGATIVE_INFINITY : 20 * Math.log10(rms / 32768);
}
