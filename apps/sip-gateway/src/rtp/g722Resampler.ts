/**
 * 16 kHz ↔ 8 kHz for the G.722 ↔ G.711 path, with one half-band low-pass for both directions: going down it removes
 * everything above 4 kHz before every second sample is dropped (else 4–8 kHz would fold back into the telephone
 * band as distortion); going up it removes the mirror image that inserting zeros creates above 4 kHz.
 *
 * The filter is a 63-tap windowed sinc (Kaiser window, β = 7), cut-off at 4 kHz: flat within 0.05 dB to 3.4 kHz, at
 * least 60 dB down from 4.6 kHz. Half of its taps are zero, so each output costs about 33 multiplications. Each
 * instance keeps its history across calls, so a stream cut into frames gives exactly the output of the stream in
 * one piece; use one instance per stream and direction.
 */

export const HALF_BAND_TAPS = 63;
const CENTER = (HALF_BAND_TAPS - 1) / 2;
const KAISER_BETA = 7;

/** Delay of either resampler, in 16 kHz samples (the filter's group delay). */
export const HALF_BAND_DELAY_16K = CENTER;

/** Modified Bessel function of the first kind, order 0 (power series; converges fast for the β used here). */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

/**
 * The taps at even offsets from the centre tap (index i holds the tap 2i positions before the newest sample, i.e.
 * filter index 2i); the centre tap is exactly 1/2 and all other taps at odd offsets are zero. The even taps are
 * scaled to sum to exactly 1/2, so that DC passes with gain 1 in both phases of the interpolator.
 */
function designEvenTaps(): Float64Array {
  const taps = new Float64Array(CENTER + 1);
  const norm = besselI0(KAISER_BETA);
  let sum = 0;
  for (let i = 0; i <= CENTER; i++) {
    const offset = 2 * i - CENTER;
    const sinc = Math.sin((Math.PI * offset) / 2) / ((Math.PI * offset) / 2);
    const ratio = offset / CENTER;
    const window = besselI0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / norm;
    taps[i] = 0.5 * sinc * window;
    sum += taps[i] as number;
  }
  for (let i = 0; i <= CENTER; i++) taps[i] = ((taps[i] as number) * 0.5) / sum;
  return taps;
}

const EVEN_TAPS = designEvenTaps();

function toInt16(value: number): number {
  return Math.min(Math.max(Math.round(value), -32768), 32767);
}

/** 16 kHz → 8 kHz: low-pass, then keep every second sample. */
export class Downsampler16To8 {
  /** The last 63 inputs, written twice (at p and p + 63) so that a window never wraps. */
  private readonly line = new Float64Array(2 * HALF_BAND_TAPS);
  private position = 0;

  /** `pcm16k.length` must be even; returns `pcm16k.length / 2` samples (into `out` when given). */
  process(pcm16k: Int16Array, out?: Int16Array): Int16Array {
    if (pcm16k.length % 2 !== 0) throw new RangeError('16 → 8 kHz takes sample pairs: the frame length must be even');
    const count = pcm16k.length / 2;
    const target = out ?? new Int16Array(count);
    if (target.length < count) throw new RangeError(`output holds ${target.length} samples, ${count} needed`);
    const line = this.line;
    for (let m = 0; m < count; m++) {
      this.push(pcm16k[2 * m] as number);
      this.push(pcm16k[2 * m + 1] as number);
      const newest = this.position + HALF_BAND_TAPS;
      let sum = 0.5 * (line[newest - CENTER] as number);
      for (let i = 0; i <= CENTER; i++) sum += (EVEN_TAPS[i] as number) * (line[newest - 2 * i] as number);
      target[m] = toInt16(sum);
    }
    return target.length === count ? target : target.subarray(0, count);
  }

  private push(sample: number): void {
    this.position = this.position === HALF_BAND_TAPS - 1 ? 0 : this.position + 1;
    this.line[this.position] = sample;
    this.line[this.position + HALF_BAND_TAPS] = sample;
  }
}

/** 8 kHz → 16 kHz: insert a zero after every sample, then low-pass (with gain 2 for the zeros' loss of level). */
export class Upsampler8To16 {
  /** Inputs the even taps reach (32), written twice so that a window never wraps. */
  private static readonly LENGTH = CENTER + 1;
  private readonly line = new Float64Array(2 * Upsampler8To16.LENGTH);
  private position = 0;

  /** Returns `2 × pcm8k.length` samples (into `out` when given). */
  process(pcm8k: Int16Array, out?: Int16Array): Int16Array {
    const count = pcm8k.length * 2;
    const target = out ?? new Int16Array(count);
    if (target.length < count) throw new RangeError(`output holds ${target.length} samples, ${count} needed`);
    const length = Upsampler8To16.LENGTH;
    const line = this.line;
    for (let m = 0; m < pcm8k.length; m++) {
      const sample = pcm8k[m] as number;
      this.position = this.position === length - 1 ? 0 : this.position + 1;
      line[this.position] = sample;
      line[this.position + length] = sample;
      const newest = this.position + length;
      // Polyphase: the even output sees only the even taps, the odd output only the centre tap (a pure delay).
      let sum = 0;
      for (let i = 0; i < length; i++) sum += (EVEN_TAPS[i] as number) * (line[newest - i] as number);
      target[2 * m] = toInt16(2 * sum);
      target[2 * m + 1] = toInt16(line[newest - (CENTER - 1) / 2] as number);
    }
    return target.length === count ? target : target.subarray(0, count);
  }
}
