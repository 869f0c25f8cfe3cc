import type { AudioCodec } from '../sdp/audioCodecs.js';

/**
 * A transcoder for a phone codec that the AudioBridge cannot take (G.722 in Janus 1.1.2), as seen by the media
 * path: everything between it and the bridge is 8 kHz G.711. One instance serves one call and keeps the codec state
 * of both directions, so a factory makes a fresh one for each call (and for each codec change by re-INVITE).
 *
 * A G.722 codec plugs in by implementing this (decoding to 16 kHz and halving the rate inside `decode`, doubling it
 * inside `encode`) and being returned from the `PhoneCodecFactory` given to `CallMedia.open`; the relay loop does
 * not change.
 */
export interface PhoneCodec {
  /** One RTP payload from the phone, in arrival order, to 8 kHz PCM. Lost packets are simply not passed in. */
  decode(payload: Uint8Array): Int16Array;
  /** 8 kHz PCM (usually one 20 ms frame of 160 samples) to one RTP payload for the phone. */
  encode(pcm8k: Int16Array): Uint8Array;
}

/** Returns a transcoder for a codec, or `undefined` when there is none (the call then cannot use that codec). */
export type PhoneCodecFactory = (codec: AudioCodec) => PhoneCodec | undefined;

/** No transcoders: only PCMA and PCMU phone legs. */
export const noPhoneCodecs: PhoneCodecFactory = () => undefined;
