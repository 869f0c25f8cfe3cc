import { execFileSync } from 'node:child_process';

/**
 * Test signals, measurements and the ffmpeg round trips that the G.722 tests share. ffmpeg (5.1, Debian 12) is the
 * independent implementation the codec is checked against: its G.722 encoder and decoder agree bit for bit with
 * the ITU-T G.191 reference code on the reference's own test data, so agreeing with ffmpeg means agreeing with the
 * Recommendation. Each call spawns one short-lived ffmpeg process (well under 100 ms for seconds of audio).
 */

export function tone(length: number, frequency: number, sampleRate: number, amplitude: number): Int16Array {
  return Int16Array.from({ length }, (_, i) =>
    Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate)),
  );
}

export function mix(...signals: Int16Array[]): Int16Array {
  const length = Math.min(...signals.map((signal) => signal.length));
  return Int16Array.from({ length }, (_, i) => signals.reduce((sum, signal) => sum + (signal[i] as number), 0));
}

/**
 * A deterministic signal that reaches every corner of the codec: a rising chirp from 50 Hz to 7.5 kHz under a
 * syllable-like envelope, white noise, a silent gap and a stretch clipped at full scale.
 */
export function testSignal(length: number): Int16Array {
  let seed = 0x2545f491;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32 - 0.5;
  };
  const out = new Int16Array(length);
  let phase = 0;
  for (let i = 0; i < length; i++) {
    const t = i / length;
    phase += (2 * Math.PI * (50 + 7450 * t)) / 16000;
    const envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * 7 * t);
    let value = 20000 * envelope * Math.sin(phase) + 3000 * random();
    if (t > 0.4 && t < 0.45) value = 0;
    if (t > 0.7 && t < 0.75) value *= 4;
    out[i] = Math.max(-32768, Math.min(32767, Math.round(value)));
  }
  return out;
}

/** Amplitude of the `frequency` component of `samples[from…]` (Goertzel, as a single DFT bin). */
export function toneAmplitude(samples: Int16Array, frequency: number, sampleRate: number, from = 0): number {
  let re = 0;
  let im = 0;
  for (let i = from; i < samples.length; i++) {
    const angle = (2 * Math.PI * frequency * i) / sampleRate;
    re += (samples[i] as number) * Math.cos(angle);
    im += (samples[i] as number) * Math.sin(angle);
  }
  return (2 * Math.hypot(re, im)) / (samples.length - from);
}

export function decibels(ratio: number): number {
  return 20 * Math.log10(ratio);
}

/**
 * The signal-to-noise ratio of `output` against `reference` delayed by the best delay up to `maxDelay` samples
 * (codecs and filters delay; they must not otherwise change the signal). Skips the first `from` samples.
 */
export function alignedSnr(
  reference: Int16Array,
  output: Int16Array,
  maxDelay: number,
  from: number,
): { snrDb: number; delay: number } {
  let best = { snrDb: Number.NEGATIVE_INFINITY, delay: 0 };
  for (let delay = 0; delay <= maxDelay; delay++) {
    let signal = 0;
    let noise = 0;
    for (let i = from; i + delay < output.length && i < reference.length; i++) {
      const expected = reference[i] as number;
      signal += expected * expected;
      noise += (expected - (output[i + delay] as number)) ** 2;
    }
    const snrDb = 10 * Math.log10(signal / noise);
    if (snrDb > best.snrDb) best = { snrDb, delay };
  }
  return best;
}

function ffmpeg(args: string[], input: Uint8Array): Buffer {
  return execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...args], {
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** ffmpeg's G.722 encoder: 16 kHz PCM → raw G.722 octets. */
export function ffmpegEncodeG722(pcm16k: Int16Array): Uint8Array {
  const input = Buffer.alloc(pcm16k.length * 2);
  pcm16k.forEach((sample, i) => {
    input.writeInt16LE(sample, 2 * i);
  });
  return new Uint8Array(
    ffmpeg(['-f', 's16le', '-ar', '16000', '-ac', '1', '-i', 'pipe:0', '-c:a', 'g722', '-f', 'g722', 'pipe:1'], input),
  );
}

/** ffmpeg's G.722 decoder: raw G.722 octets → 16 kHz PCM. */
export function ffmpegDecodeG722(payload: Uint8Array): Int16Array {
  const bytes = ffmpeg(['-f', 'g722', '-i', 'pipe:0', '-f', 's16le', 'pipe:1'], payload);
  return Int16Array.from({ length: bytes.length / 2 }, (_, i) => bytes.readInt16LE(2 * i));
}

/**
 * Where two sample or octet sequences first differ: −1 when they are identical (same length, same values). Faster
 * than a deep equality on arrays of this size, and the index is what one wants to see when it fails.
 */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : common;
}
