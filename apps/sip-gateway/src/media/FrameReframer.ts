/** 20 ms of 8 kHz G.711: the only packet size Janus's AudioBridge takes on a G.711 leg. */
export const FRAME_SAMPLES = 160;

/**
 * Cuts a stream of G.711 payloads of any packet time (10, 20, 30, 40 ms…) into frames of exactly 160 bytes, as
 * they arrive: a 20 ms packet passes straight through (no copy), a 40 ms packet becomes two frames at once, 30 ms
 * packets give one and two frames in turn, two 10 ms packets give one frame. Only what does not fill a frame waits
 * for the next packet, so the added delay is below one packet time and zero for 20 ms.
 *
 * Frames handed to `emit` are views (of the input or of an internal buffer) that are only valid during the call.
 * When a packet does not continue the previous one (its RTP timestamp is not where the last one ended: loss,
 * reordering or a new source), the unfinished remainder is thrown away rather than glued to unrelated audio.
 */
export class FrameReframer {
  private readonly pending: Uint8Array;
  private pendingBytes = 0;
  private expectedTimestamp = 0;
  private discardedBytes = 0;

  constructor(private readonly frameBytes: number = FRAME_SAMPLES) {
    this.pending = new Uint8Array(frameBytes);
  }

  /** Bytes of audio thrown away at discontinuities so far. */
  get discarded(): number {
    return this.discardedBytes;
  }

  /** Bytes waiting for the next packet. */
  get waiting(): number {
    return this.pendingBytes;
  }

  /** `timestamp` is the packet's RTP timestamp at 8000 Hz, i.e. one tick per byte. */
  push(payload: Uint8Array, timestamp: number, emit: (frame: Uint8Array) => void): void {
    if (this.pendingBytes > 0 && timestamp >>> 0 !== this.expectedTimestamp) this.dropPending();
    this.expectedTimestamp = (timestamp + payload.length) >>> 0;
    let offset = 0;
    if (this.pendingBytes > 0) {
      const take = Math.min(this.frameBytes - this.pendingBytes, payload.length);
      this.pending.set(payload.subarray(0, take), this.pendingBytes);
      this.pendingBytes += take;
      offset = take;
      if (this.pendingBytes < this.frameBytes) return;
      this.pendingBytes = 0;
      emit(this.pending);
    }
    while (payload.length - offset >= this.frameBytes) {
      emit(payload.subarray(offset, offset + this.frameBytes));
      offset += this.frameBytes;
    }
    if (offset < payload.length) {
      this.pending.set(payload.subarray(offset), 0);
      this.pendingBytes = payload.length - offset;
    }
  }

  /** Forgets an unfinished frame (when the source or codec changes). */
  reset(): void {
    this.dropPending();
  }

  private dropPending(): void {
    this.discardedBytes += this.pendingBytes;
    this.pendingBytes = 0;
  }
}
