import { decodeG711, type G711Law } from './g711.js';

/** The level of a frame of 16-bit audio. */
export interface AudioLevel {
  /** Root mean square of the samples (0–32768). */
  readonly rms: number;
  /** Largest absolute sample. */
  readonly peak: number;
  /** RMS relative to full scale, in dB (0 at full scale; −Infinity for an empty or all-zero frame). */
  readonly dbfs: number;
}

export function audioLevel(samples: Int16Array): AudioLevel {
  let sumOfSquares = 0;
  let peak = 0;
  for (const sample of samples) {
    sumOfSquares += sample * sample;
    peak = Math.max(peak, Math.abs(sample));
  }
  const rms = samples.length === 0 ? 0 : Math.sqrt(sumOfSquares / samples.length);
  return { rms, peak, dbfs: rms === 0 ? Number.NEGATIVE_INFINITY : 20 * Math.log10(rms / 32768) };
}

export function g711Level(payload: Uint8Array, law: G711Law): AudioLevel {
  return audioLevel(decodeG711(payload, law));
}

/**
 * Below −60 dBFS counts as silence: G.711's idle codes decode to ±8 (about −72 dBFS), line noise on a quiet phone
 * line stays near −65, while speech sits around −30 to −15.
 */
export const SILENCE_THRESHOLD_DBFS = -60;

export function isSilent(level: AudioLevel, thresholdDbfs: number = SILENCE_THRESHOLD_DBFS): boolean {
  return level.dbfs < thresholdDbfs;
}
