import { type AdpcmBand, decodeHigher, decodeLower, higherBand, lowerBand } from './g722Adpcm.js';
import { QMF_COEFFICIENTS } from './g722Tables.js';

/**
 * ITU-T G.722 decoder at 64 kbit/s (mode 1): each octet gives two 16 kHz 16-bit samples.
 *
 * One instance per inbound stream: the ADPCM states and the receive QMF history run on across calls, so a stream
 * decoded frame by frame gives exactly the samples of the same stream decoded at once. A lost packet is simply not
 * decoded; the predictor adapts back within a few milliseconds (G.722 has no concealment of its own).
 */
export class G722Decoder {
  private readonly lower: AdpcmBand = lowerBand();
  private readonly higher: AdpcmBand = higherBand();
  /** Receive QMF delay lines of the difference and the sum of both bands, newest first (12 each). */
  private readonly differences = new Int32Array(12);
  private readonly sums = new Int32Array(12);

  /**
   * Decodes `payload` into `2 × payload.length` samples. Writes into `out` when given (it must be long enough; the
   * result is then `out` itself or its prefix), so a caller that keeps one buffer allocates nothing.
   */
  decode(payload: Uint8Array, out?: Int16Array): Int16Array {
    const samples = payload.length * 2;
    const target = out ?? new Int16Array(samples);
    if (target.length < samples) throw new RangeError(`output holds ${target.length} samples, ${samples} needed`);
    const h = QMF_COEFFICIENTS;
    const xd = this.differences;
    const xs = this.sums;
    for (let n = 0; n < payload.length; n++) {
      const octet = payload[n] as number;
      const rl = decodeLower(this.lower, octet & 0x3f);
      const rh = decodeHigher(this.higher, octet >> 6);
      xd.copyWithin(1, 0, 11);
      xs.copyWithin(1, 0, 11);
      xd[0] = rl - rh;
      xs[0] = rl + rh;
      // Receive QMF: interpolate both bands to 16 kHz and add them; the high band's mirror image cancels the
      // aliasing of the transmit side. Even taps give the first sample of the pair, odd taps the second.
      let first = 0;
      let second = 0;
      for (let i = 0; i < 12; i++) {
        first += (h[2 * i] as number) * (xd[i] as number);
        second += (h[2 * i + 1] as number) * (xs[i] as number);
      }
      target[2 * n] = clamp16(first >> 11);
      target[2 * n + 1] = clamp16(second >> 11);
    }
    return target.length === samples ? target : target.subarray(0, samples);
  }
}

function clamp16(value: number): number {
  return Math.min(Math.max(value, -32768), 32767);
}
