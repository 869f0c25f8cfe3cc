import { type AdpcmBand, encodeHigher, encodeLower, higherBand, lowerBand } from './g722Adpcm.js';
import { QMF_COEFFICIENTS } from './g722Tables.js';

/**
 * ITU-T G.722 encoder at 64 kbit/s (mode 1): 16 kHz 16-bit PCM in, one octet per two samples out, each octet the
 * 2-bit higher-band code above the 6-bit lower-band code — the byte order of RFC 3551's G.722 payload and of
 * ffmpeg's raw `g722` format.
 *
 * One instance per outbound stream: the QMF history and both ADPCM states run on across calls, so a stream encoded
 * in 20 ms frames gives exactly the octets of the same stream encoded at once.
 */
export class G722Encoder {
  private readonly lower: AdpcmBand = lowerBand();
  private readonly higher: AdpcmBand = higherBand();
  /** Transmit QMF delay line, newest sample first (24 taps). */
  private readonly history = new Int32Array(24);

  /**
   * Encodes an even number of samples into `pcm16k.length / 2` octets. Writes into `out` when given (it must be
   * long enough; the result is then `out` itself or its prefix), so a caller that keeps one buffer allocates nothing.
   */
  encode(pcm16k: Int16Array, out?: Uint8Array): Uint8Array {
    if (pcm16k.length % 2 !== 0) throw new RangeError('G.722 encodes sample pairs: the frame length must be even');
    const octets = pcm16k.length / 2;
    const target = out ?? new Uint8Array(octets);
    if (target.length < octets) throw new RangeError(`output holds ${target.length} octets, ${octets} needed`);
    const line = this.history;
    const h = QMF_COEFFICIENTS;
    for (let n = 0; n < octets; n++) {
      line.copyWithin(2, 0, 22);
      line[1] = pcm16k[2 * n] as number;
      line[0] = pcm16k[2 * n + 1] as number;
      // Transmit QMF: the 24-tap low-pass split into its even (xA) and odd (xB) taps; xA ± xB are the low-pass and
      // the mirrored high-pass outputs, decimated to 8 kHz.
      let even = 0;
      let odd = 0;
      for (let i = 0; i < 24; i += 2) {
        even += (h[i] as number) * (line[i] as number);
        odd += (h[i + 1] as number) * (line[i + 1] as number);
      }
      const lowerCode = encodeLower(this.lower, (even + odd) >> 14);
      const higherCode = encodeHigher(this.higher, (even - odd) >> 14);
      target[n] = (higherCode << 6) | lowerCode;
    }
    return target.length === octets ? target : target.subarray(0, octets);
  }
}
