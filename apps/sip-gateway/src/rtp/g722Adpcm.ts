import {
  ANTILOG,
  HIGHER_CODE_NEGATIVE,
  HIGHER_CODE_POSITIVE,
  HIGHER_DECISION_LEVEL,
  HIGHER_LEVELS_2BIT,
  HIGHER_LOG_SCALE_MAX,
  HIGHER_LOG_STEP,
  LOWER_CODE_NEGATIVE,
  LOWER_CODE_POSITIVE,
  LOWER_DECISION_LEVELS,
  LOWER_LEVELS_4BIT,
  LOWER_LEVELS_6BIT,
  LOWER_LOG_SCALE_MAX,
  LOWER_LOG_STEP,
  LOWER_MAGNITUDE_CLASS,
} from './g722Tables.js';

/**
 * The sub-band ADPCM of ITU-T G.722 in 16-bit fixed point, as the Recommendation specifies it: every product is
 * shifted and every sum saturated where its block description says so, so that an encoder and any conforming
 * decoder (ffmpeg's, a phone's) keep identical predictor states. Encoder and decoder run the very same adaptation
 * from the transmitted codes; they differ only in where the code comes from.
 */

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** 16-bit saturation, as every sum in the Recommendation's block descriptions has it. */
function saturate(value: number): number {
  return clamp(value, -32768, 32767);
}

/** The decoders' output limiter (LIMIT): reconstructed sub-band signals are 15-bit. */
function limit15(value: number): number {
  return clamp(value, -16384, 16383);
}

/**
 * The state of one sub-band: the scale factor (log and linear) and the adaptive predictor (2 poles, 6 zeros).
 * One instance per band per direction per call; nothing is shared.
 */
export class AdpcmBand {
  /** Quantizer scale factor (DETL / DETH). */
  scale: number;
  /** Log scale factor (NBL / NBH). */
  logScale = 0;
  /** Signal estimate for the next sample (SL / SH), and its zero-section part (SZL / SZH). */
  estimate = 0;
  zeroEstimate = 0;
  /** Pole section: reconstructed signal r(k−1), r(k−2), partial reconstruction p(k−1), p(k−2), coefficients a1, a2. */
  r1 = 0;
  r2 = 0;
  p1 = 0;
  p2 = 0;
  a1 = 0;
  a2 = 0;
  /** Zero section: quantized differences d(k−1)…d(k−6) and their coefficients b1…b6. */
  readonly d = new Int32Array(6);
  readonly b = new Int32Array(6);

  constructor(initialScale: number) {
    this.scale = initialScale;
  }

  /**
   * Block 4 (ADDA, ADDB, ADDC, UPPOL1, UPPOL2, UPZERO, DELAYA, FILTEP, FILTEZ): adapt the predictor to the
   * quantized difference `dq` of this sample and compute the estimate for the next one.
   */
  adaptPredictor(dq: number): void {
    const partial = saturate(this.zeroEstimate + dq);
    const reconstructed = saturate(this.estimate + dq);

    // UPPOL2: the second pole follows the sign agreement of p(k) with p(k−1) and p(k−2), kept within ±0.75.
    const negative0 = partial < 0;
    const negative1 = this.p1 < 0;
    const negative2 = this.p2 < 0;
    // 16-bit arithmetic throughout: 4·a1 saturates, and so does its negation (−(−32768) is 32767, not 32768).
    const fourA1 = saturate(this.a1 * 4);
    const poleTerm = (negative0 === negative1 ? saturate(-fourA1) : fourA1) >> 7;
    const a2 = clamp(poleTerm + (negative0 === negative2 ? 128 : -128) + ((this.a2 * 32512) >> 15), -12288, 12288);

    // UPPOL1: the first pole, kept within the stability triangle |a1| ≤ 1 − 2^-4 − a2.
    const a1Bound = 15360 - a2;
    const a1 = clamp(saturate((negative0 === negative1 ? 192 : -192) + ((this.a1 * 32640) >> 15)), -a1Bound, a1Bound);

    // UPZERO: sign-sign update with leakage; a zero difference only leaks.
    const d = this.d;
    const b = this.b;
    const step = dq === 0 ? 0 : 128;
    const negativeDq = dq < 0;
    for (let i = 0; i < 6; i++) {
      const agree = negativeDq === (d[i] as number) < 0;
      b[i] = saturate((agree ? step : -step) + (((b[i] as number) * 32640) >> 15));
    }

    // DELAYA
    for (let i = 5; i > 0; i--) d[i] = d[i - 1] as number;
    d[0] = dq;
    this.r2 = this.r1;
    this.r1 = reconstructed;
    this.p2 = this.p1;
    this.p1 = partial;
    this.a1 = a1;
    this.a2 = a2;

    // FILTEP and FILTEZ: the estimate of the next sample.
    const poles = saturate(((a1 * saturate(this.r1 * 2)) >> 15) + ((a2 * saturate(this.r2 * 2)) >> 15));
    let zeros = 0;
    for (let i = 0; i < 6; i++) zeros = saturate(zeros + (((b[i] as number) * saturate((d[i] as number) * 2)) >> 15));
    this.zeroEstimate = zeros;
    this.estimate = saturate(poles + zeros);
  }

  /** SCALEL / SCALEH: linear scale factor from the log one; `shiftBase` is 8 (lower band) or 10 (higher band). */
  updateScale(shiftBase: number): void {
    const mantissa = ANTILOG[(this.logScale >> 6) & 31] as number;
    const shift = shiftBase - (this.logScale >> 11);
    this.scale = (shift < 0 ? mantissa << -shift : mantissa >> shift) << 2;
  }
}

/** The lower band starts with DETL = 32, the higher band with DETH = 8 (the reset state of §3.6). */
export function lowerBand(): AdpcmBand {
  return new AdpcmBand(32);
}

export function higherBand(): AdpcmBand {
  return new AdpcmBand(8);
}

/** INVQAL, LOGSCL, SCALEL and block 4 for a 6-bit lower-band code (encoder and decoder alike). */
function adaptLower(band: AdpcmBand, code: number): void {
  const code4 = code >> 2;
  const dq = (band.scale * (LOWER_LEVELS_4BIT[code4] as number)) >> 15;
  const step = LOWER_LOG_STEP[LOWER_MAGNITUDE_CLASS[code4] as number] as number;
  band.logScale = clamp(((band.logScale * 32512) >> 15) + step, 0, LOWER_LOG_SCALE_MAX);
  band.updateScale(8);
  band.adaptPredictor(dq);
}

/** INVQAH, LOGSCH, SCALEH and block 4 for a 2-bit higher-band code; returns the quantized difference. */
function adaptHigher(band: AdpcmBand, code: number): number {
  const dq = (band.scale * (HIGHER_LEVELS_2BIT[code] as number)) >> 15;
  band.logScale = clamp(((band.logScale * 32512) >> 15) + (HIGHER_LOG_STEP[code] as number), 0, HIGHER_LOG_SCALE_MAX);
  band.updateScale(10);
  band.adaptPredictor(dq);
  return dq;
}

/** Magnitude as the quantizers compare it: one's complement for negative values (−1 → 0). */
function magnitude(difference: number): number {
  return difference >= 0 ? difference : -(difference + 1);
}

/** SUBTRA, QUANTL and the adaptation: the 6-bit code of lower-band sample `xl`. */
export function encodeLower(band: AdpcmBand, xl: number): number {
  const difference = saturate(xl - band.estimate);
  const size = magnitude(difference);
  let interval = 1;
  while (interval < 30 && size >= ((LOWER_DECISION_LEVELS[interval] as number) * band.scale) >> 12) interval++;
  const code = (difference < 0 ? LOWER_CODE_NEGATIVE : LOWER_CODE_POSITIVE)[interval] as number;
  adaptLower(band, code);
  return code;
}

/** INVQBL (mode 1), RECONS, LIMIT and the adaptation: the reconstructed lower-band sample of a 6-bit code. */
export function decodeLower(band: AdpcmBand, code: number): number {
  const output = limit15(band.estimate + ((band.scale * (LOWER_LEVELS_6BIT[code] as number)) >> 15));
  adaptLower(band, code);
  return output;
}

/** SUBTRA, QUANTH and the adaptation: the 2-bit code of higher-band sample `xh`. */
export function encodeHigher(band: AdpcmBand, xh: number): number {
  const difference = saturate(xh - band.estimate);
  const large = magnitude(difference) >= (HIGHER_DECISION_LEVEL * band.scale) >> 12;
  const code = (difference < 0 ? HIGHER_CODE_NEGATIVE : HIGHER_CODE_POSITIVE)[large ? 2 : 1] as number;
  adaptHigher(band, code);
  return code;
}

/** INVQAH, RECONS, LIMIT and the adaptation: the reconstructed higher-band sample of a 2-bit code. */
export function decodeHigher(band: AdpcmBand, code: number): number {
  const estimate = band.estimate;
  return limit15(estimate + adaptHigher(band, code));
}
