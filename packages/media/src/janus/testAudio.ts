import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import type { RtpAddress } from '../MediaPlane.js';

/**
 * Test support for the audio mixer's media tests: a G.711 μ-law codec, a tone detector, a
 * phone (a UDP socket speaking 20 ms PCMU RTP, as the SIP gateway will) and an Opus tone
 * source (ffmpeg's libopus, whose RTP packets a werift track forwards to Janus).
 */

const ULAW_BIAS = 0x84;
const ULAW_CLIP = 32635;

/** One 16-bit linear sample to G.711 μ-law (ITU-T G.711 segment encoding). */
export function ulawEncode(sample: number): number {
  let s = Math.max(-32768, Math.min(32767, Math.round(sample)));
  const sign = s < 0 ? 0x80 : 0;
  if (s < 0) s = -s;
  s = Math.min(s, ULAW_CLIP) + ULAW_BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (s & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (s >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

export function ulawDecode(byte: number): number {
  const u = ~byte & 0xff;
  const magnitude = ((((u & 0x0f) << 3) + ULAW_BIAS) << ((u >> 4) & 0x07)) - ULAW_BIAS;
  return u & 0x80 ? -magnitude : magnitude;
}

/** Amplitude of the `frequency` component of `samples` (Goertzel); a full-scale-8000 sine reads about 8000. */
export function toneAmplitude(samples: ArrayLike<number>, frequency: number, sampleRate: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (let i = 0; i < samples.length; i++) {
    const current = (samples[i] ?? 0) + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  return (2 * Math.sqrt(Math.max(0, power))) / samples.length;
}

const FRAME_SAMPLES = 160;
const AMPLITUDE = 8000;

/** One 20 ms PCMU frame of a sine (phase carried across frames), or digital silence for `null`. */
function pcmuFrame(frequency: number | null, firstSample: number): Buffer {
  const frame = Buffer.alloc(FRAME_SAMPLES);
  for (let i = 0; i < FRAME_SAMPLES; i++) {
    const t = (firstSample + i) / 8000;
    frame[i] = ulawEncode(frequency === null ? 0 : AMPLITUDE * Math.sin(2 * Math.PI * frequency * t));
  }
  return frame;
}

interface ReceivedFrame {
  readonly at: number;
  readonly samples: Int16Array;
}

/**
 * A phone as Janus sees it: sends 20 ms PCMU packets (160 bytes) from its own port to the leg's
 * `local` address, and keeps what comes back (the leg's mix) decoded.
 */
export class TestPhone {
  readonly received: ReceivedFrame[] = [];
  #tone: number | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('message', (packet) => {
      if (packet.length <= 12) return;
      const payload = packet.subarray(12 + 4 * ((packet[0] ?? 0) & 0x0f));
      this.received.push({ at: performance.now(), samples: Int16Array.from(payload, ulawDecode) });
    });
  }

  static async open(): Promise<TestPhone> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return new TestPhone(socket);
  }

  get address(): RtpAddress {
    return { host: '127.0.0.1', port: this.socket.address().port };
  }

  /** Starts sending to `target` every 20 ms: silence until `setTone`. */
  sendTo(target: RtpAddress): void {
    let sequence = 0;
    let timestamp = 0;
    this.#timer = setInterval(() => {
      const header = Buffer.alloc(12);
      header[0] = 0x80;
      header[1] = 0; // PCMU
      header.writeUInt16BE(sequence, 2);
      header.writeUInt32BE(timestamp, 4);
      header.writeUInt32BE(0x5eed, 8);
      this.socket.send(Buffer.concat([header, pcmuFrame(this.#tone, timestamp)]), target.port, target.host);
      sequence = (sequence + 1) & 0xffff;
      timestamp = (timestamp + FRAME_SAMPLES) >>> 0;
    }, 20);
  }

  /** The tone to send from now on, in Hz, or `null` for silence. */
  setTone(frequency: number | null): void {
    this.#tone = frequency;
  }

  /** Mean amplitude of `frequency` in the frames received since `since` (a `performance.now()`); 0 when none came. */
  heard(frequency: number, since: number): number {
    const frames = this.received.filter((f) => f.at >= since);
    if (frames.length === 0) return 0;
    return frames.reduce((sum, f) => sum + toneAmplitude(f.samples, frequency, 8000), 0) / frames.length;
  }

  /** When a frame carrying `frequency` above `threshold` first arrived after `since`, or null. */
  firstHeard(frequency: number, since: number, threshold: number): number | null {
    return (
      this.received.find((f) => f.at >= since && toneAmplitude(f.samples, frequency, 8000) > threshold)?.at ?? null
    );
  }

  close(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.socket.close();
  }
}

/**
 * A browser microphone playing a sine: ffmpeg encodes it with libopus (20 ms frames) and sends
 * RTP to a local socket; every packet is handed to `onPacket` (to `track.writeRtp`, which
 * rewrites SSRC and payload type). `stop` ends ffmpeg and the socket.
 */
export async function opusTone(frequency: number, onPacket: (rtp: Buffer) => void): Promise<{ stop(): void }> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  socket.on('message', onPacket);
  const ffmpeg: ChildProcess = spawn(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-re'],
      ...['-f', 'lavfi', '-i', `sine=frequency=${frequency}:sample_rate=48000`],
      ...['-c:a', 'libopus', '-b:a', '32k', '-frame_duration', '20', '-application', 'voip'],
      ...['-f', 'rtp', `rtp://127.0.0.1:${socket.address().port}`],
    ],
    { stdio: 'ignore' },
  );
  return {
    stop() {
      ffmpeg.kill('SIGKILL');
      socket.close();
    },
  };
}
