export interface OutgoingRtpStreamOptions {
  readonly ssrc: number;
  readonly firstSequenceNumber: number;
  readonly firstTimestamp: number;
  /** RTP clock rate (8000 for G.711 and, by RFC 3551's rule, G.722). */
  readonly clockRate?: number;
  /**
   * A pause in sending at least this long (hold, the time between leaving the IVR and joining the mix, an idle
   * bridge) moves the timestamp on by the time that passed and sets the marker bit, as after a silence
   * (RFC 3551 §4.1). Shorter pauses are network jitter and advance the timestamp by one packet only. Default 250.
   */
  readonly resyncAfterMs?: number;
}

/**
 * One RTP stream that the gateway sends: our SSRC, sequence numbers that go up by one per packet whatever the
 * sources (phone, prompt, silence, mix) and across hold and re-INVITE, and a timestamp that advances by the length
 * of the previous packet, or by the time passed after a pause. Dropped input (DTMF, comfort noise) therefore never
 * leaves a gap that a receiver would read as loss.
 */
export class OutgoingRtpStream {
  readonly ssrc: number;
  private readonly clockRate: number;
  private readonly resyncAfterMs: number;
  private sequenceNumber: number;
  private timestamp: number;
  private lastSamples = 0;
  private lastSentAt: number | null = null;
  private sent = 0;

  constructor(options: OutgoingRtpStreamOptions) {
    this.ssrc = options.ssrc >>> 0;
    this.sequenceNumber = (options.firstSequenceNumber - 1) & 0xffff;
    this.timestamp = options.firstTimestamp >>> 0;
    this.clockRate = options.clockRate ?? 8000;
    this.resyncAfterMs = options.resyncAfterMs ?? 250;
  }

  get packets(): number {
    return this.sent;
  }

  /**
   * Writes the 12-byte header of the next packet (`samples` long, sent at `nowMs`) into `target` and advances the
   * stream. The caller writes the payload after it.
   */
  writeHeader(target: Uint8Array, payloadType: number, samples: number, nowMs: number): void {
    let marker = false;
    if (this.lastSentAt === null) {
      marker = true;
    } else {
      const pause = nowMs - this.lastSentAt;
      let step = this.lastSamples;
      if (pause >= this.resyncAfterMs) {
        marker = true;
        const unit = Math.max(1, this.lastSamples);
        step = Math.max(step, Math.round((pause * this.clockRate) / 1000 / unit) * unit);
      }
      this.timestamp = (this.timestamp + step) >>> 0;
    }
    this.sequenceNumber = (this.sequenceNumber + 1) & 0xffff;
    this.lastSamples = samples;
    this.lastSentAt = nowMs;
    this.sent++;
    target[0] = 0x80;
    target[1] = (marker ? 0x80 : 0) | (payloadType & 0x7f);
    target[2] = this.sequenceNumber >>> 8;
    target[3] = this.sequenceNumber & 0xff;
    writeUint32(target, 4, this.timestamp);
    writeUint32(target, 8, this.ssrc);
  }
}

function writeUint32(target: Uint8Array, at: number, value: number): void {
  target[at] = value >>> 24;
  target[at + 1] = (value >>> 16) & 0xff;
  target[at + 2] = (value >>> 8) & 0xff;
  target[at + 3] = value & 0xff;
}
