import { G722Decoder } from './g722Decoder.js';
import { G722Encoder } from './g722Encoder.js';
import { Downsampler16To8, Upsampler8To16 } from './g722Resampler.js';

/** Samples of 20 ms at 8 kHz, and G.722 octets of 20 ms (RTP clock 8000 Hz per RFC 3551, one octet per tick). */
export const PHONE_FRAME_SAMPLES = 160;

/**
 * A G.722 call leg seen as narrowband audio, for the gateway's transcoding between a G.722 phone and Janus's
 * AudioBridge (which takes G.711 at 8 kHz, not G.722): `decode` turns the phone's payload into 8 kHz PCM (then
 * G.711 towards Janus), `encode` turns 8 kHz PCM (decoded from Janus's G.711 mix) into the phone's payload.
 *
 * One instance per call: it holds both directions' state, each direction its own (decoder and down-sampler for
 * audio from the phone, up-sampler and encoder for audio to it), and frames must be given in stream order.
 * The arrays returned are the instance's own buffers, reused by the next call of the same method: copy them to
 * keep them. Frames of any length work; while the length stays the same (20 ms: 160 octets ↔ 160 samples),
 * nothing is allocated.
 *
 * Delay: each resampler adds 31 samples at 16 kHz (1.9 ms) to its direction; G.722's QMF pair (the phone's half and
 * ours) adds 22 samples (1.4 ms) end to end.
 */
export class G722PhoneCodec {
  private readonly decoder = new G722Decoder();
  private readonly encoder = new G722Encoder();
  private readonly down = new Downsampler16To8();
  private readonly up = new Upsampler8To16();
  /** Scratch and result buffers, sized to the last frame (20 ms unless the peer changes its packet time). */
  private wideIn = new Int16Array(2 * PHONE_FRAME_SAMPLES);
  private narrowIn = new Int16Array(PHONE_FRAME_SAMPLES);
  private wideOut = new Int16Array(2 * PHONE_FRAME_SAMPLES);
  private octetsOut = new Uint8Array(PHONE_FRAME_SAMPLES);

  /** G.722 payload of n octets → n samples of 8 kHz PCM. */
  decode(payload: Uint8Array): Int16Array {
    const n = payload.length;
    if (this.narrowIn.length !== n) {
      this.wideIn = new Int16Array(2 * n);
      this.narrowIn = new Int16Array(n);
    }
    this.decoder.decode(payload, this.wideIn);
    return this.down.process(this.wideIn, this.narrowIn);
  }

  /** n samples of 8 kHz PCM → G.722 payload of n octets. */
  encode(pcm8k: Int16Array): Uint8Array {
    const n = pcm8k.length;
    if (this.octetsOut.length !== n) {
      this.wideOut = new Int16Array(2 * n);
      this.octetsOut = new Uint8Array(n);
    }
    this.up.process(pcm8k, this.wideOut);
    return this.encoder.encode(this.wideOut, this.octetsOut);
  }
}
