import { decodeG711, encodeG711, type G711Law, g711Silence } from '../rtp/g711.js';
import type { AudioCodec } from '../sdp/audioCodecs.js';
import type { PhoneCodec, PhoneCodecFactory } from './PhoneCodec.js';

/** The law of the AudioBridge leg: Janus takes PCMU as payload type 0 and PCMA as 8. */
export type BridgeCodec = 'pcmu' | 'pcma';

export function bridgeLaw(codec: BridgeCodec): G711Law {
  return codec === 'pcmu' ? 'PCMU' : 'PCMA';
}

export function bridgePayloadType(codec: BridgeCodec): number {
  return codec === 'pcmu' ? 0 : 8;
}

/** Direct byte-to-byte table from one G.711 law to the other (decode, then encode), built once per pair. */
function lawTable(from: G711Law, to: G711Law): Uint8Array {
  const codes = Uint8Array.from({ length: 256 }, (_, code) => code);
  return encodeG711(decodeG711(codes, from), to);
}

const PCMU_TO_PCMA = lawTable('PCMU', 'PCMA');
const PCMA_TO_PCMU = lawTable('PCMA', 'PCMU');

/** The table from one law to the other; `null` when they are the same. */
function tableFor(from: G711Law, to: G711Law): Uint8Array | null {
  if (from === to) return null;
  return from === 'PCMU' ? PCMU_TO_PCMA : PCMA_TO_PCMU;
}

const SCRATCH_BYTES = 2048;

/**
 * Converts audio between the phone's codec and the bridge's G.711 law, doing the least work that is correct:
 * the same law passes through untouched (the common case, no copy), PCMA↔PCMU goes through a 256-entry table,
 * and any other codec through a `PhoneCodec`. Results may be views of a scratch buffer owned by the transcoder:
 * valid until the next call of the same method, which is enough for a relay that sends at once.
 */
export class PhoneTranscoder {
  private readonly toBridgeScratch = new Uint8Array(SCRATCH_BYTES);
  private readonly toPhoneScratch = new Uint8Array(SCRATCH_BYTES);
  private readonly toBridgeTable: Uint8Array | null;
  private readonly toPhoneTable: Uint8Array | null;

  private constructor(
    private readonly phoneLaw: G711Law | null,
    private readonly bridge: G711Law,
    private readonly codec: PhoneCodec | null,
  ) {
    this.toBridgeTable = phoneLaw === null ? null : tableFor(phoneLaw, bridge);
    this.toPhoneTable = phoneLaw === null ? null : tableFor(bridge, phoneLaw);
  }

  /** Throws when the phone's codec is neither G.711 nor served by the factory. */
  static create(phone: AudioCodec, bridge: BridgeCodec, codecs: PhoneCodecFactory): PhoneTranscoder {
    if (phone.name === 'PCMU' || phone.name === 'PCMA') return new PhoneTranscoder(phone.name, bridgeLaw(bridge), null);
    const codec = codecs(phone);
    if (codec === undefined) throw new Error(`no transcoder for the phone codec ${phone.name}`);
    return new PhoneTranscoder(null, bridgeLaw(bridge), codec);
  }

  /** The same codec for another bridge law (the phone codec's state carries over). */
  withBridge(bridge: BridgeCodec): PhoneTranscoder {
    return new PhoneTranscoder(this.phoneLaw, bridgeLaw(bridge), this.codec);
  }

  get passthrough(): boolean {
    return this.phoneLaw === this.bridge;
  }

  /** A phone payload as bridge-law bytes (one byte per 8 kHz sample). */
  toBridge(payload: Uint8Array): Uint8Array {
    if (this.phoneLaw === this.bridge) return payload;
    if (this.toBridgeTable !== null) return mapBytes(payload, this.toBridgeTable, this.toBridgeScratch);
    return encodeG711((this.codec as PhoneCodec).decode(payload), this.bridge);
  }

  /** A bridge-law payload as a payload for the phone. */
  toPhone(payload: Uint8Array): Uint8Array {
    if (this.phoneLaw === this.bridge) return payload;
    if (this.toPhoneTable !== null) return mapBytes(payload, this.toPhoneTable, this.toPhoneScratch);
    return (this.codec as PhoneCodec).encode(decodeG711(payload, this.bridge));
  }

  /** 8 kHz PCM (a prompt frame) as a payload for the phone. */
  pcmToPhone(pcm8k: Int16Array): Uint8Array {
    if (this.phoneLaw !== null) return encodeG711(pcm8k, this.phoneLaw);
    return (this.codec as PhoneCodec).encode(pcm8k);
  }

  /** `samples` of silence as a payload for the phone. */
  silenceToPhone(samples: number): Uint8Array {
    if (this.phoneLaw !== null) return this.toPhoneScratch.subarray(0, samples).fill(g711Silence(this.phoneLaw));
    return (this.codec as PhoneCodec).encode(new Int16Array(samples));
  }
}

function mapBytes(payload: Uint8Array, table: Uint8Array, scratch: Uint8Array): Uint8Array {
  const out = payload.length <= scratch.length ? scratch.subarray(0, payload.length) : new Uint8Array(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = table[payload[i] as number] as number;
  return out;
}
