/**
 * G.711 μ-law (PCMU) and A-law (PCMA) for 16-bit linear samples. The companding follows the segment definitions
 * of ITU-T G.711; the lookup tables are computed here at load time from those definitions (about 130 kB).
 * Encoding truncates within a segment's step, as G.711 does.
 */

const MU_LAW_BIAS = 0x84;
const MU_LAW_CLIP = 32635;

/** μ-law: the segment (exponent) is the highest set bit of the biased magnitude above bit 7. */
function muLawEncodeSample(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  let magnitude = Math.min(sample < 0 ? -sample : sample, MU_LAW_CLIP) + MU_LAW_BIAS;
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
  magnitude = sign | (exponent << 4) | mantissa;
  return ~magnitude & 0xff;
}

function muLawDecodeSample(code: number): number {
  const inverted = ~code & 0xff;
  const exponent = (inverted >> 4) & 0x07;
  const mantissa = inverted & 0x0f;
  const magnitude = (((mantissa << 3) + MU_LAW_BIAS) << exponent) - MU_LAW_BIAS;
  return (inverted & 0x80) !== 0 ? -magnitude : magnitude;
}

/**
 * A-law works on 13-bit magnitudes (negative values one's-complemented); even bits are inverted on the line
 * (XOR 0x55), and the sign bit is set for positive values.
 */
function aLawEncodeSample(sample: number): number {
  let magnitude = sample >> 3;
  let mask: number;
  if (magnitude >= 0) {
    mask = 0xd5;
  } else {
    mask = 0x55;
    magnitude = -magnitude - 1;
  }
  // Segment s holds magnitudes below 32 << s; 13 bits never need more than segment 7.
  let segment = 0;
  while (segment < 7 && magnitude >= 0x20 << segment) segment++;
  const shift = segment < 2 ? 1 : segment;
  return ((segment << 4) | ((magnitude >> shift) & 0x0f)) ^ mask;
}

function aLawDecodeSample(code: number): number {
  const value = code ^ 0x55;
  const segment = (value >> 4) & 0x07;
  let magnitude = ((value & 0x0f) << 4) + 8;
  if (segment >= 1) magnitude += 0x100;
  if (segment >= 2) magnitude <<= segment - 1;
  return (value & 0x80) !== 0 ? magnitude : -magnitude;
}

function buildEncodeTable(encode: (sample: number) => number): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < 0x10000; i++) table[i] = encode((i << 16) >> 16);
  return table;
}

function buildDecodeTable(decode: (code: number) => number): Int16Array {
  return Int16Array.from({ length: 256 }, (_, code) => decode(code));
}

const MU_LAW_ENCODE = buildEncodeTable(muLawEncodeSample);
const MU_LAW_DECODE = buildDecodeTable(muLawDecodeSample);
const A_LAW_ENCODE = buildEncodeTable(aLawEncodeSample);
const A_LAW_DECODE = buildDecodeTable(aLawDecodeSample);

export type G711Law = 'PCMU' | 'PCMA';

export function encodeG711(samples: Int16Array, law: G711Law): Uint8Array {
  const table = law === 'PCMU' ? MU_LAW_ENCODE : A_LAW_ENCODE;
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = table[(samples[i] as number) & 0xffff] as number;
  return out;
}

export function decodeG711(payload: Uint8Array, law: G711Law): Int16Array {
  const table = law === 'PCMU' ? MU_LAW_DECODE : A_LAW_DECODE;
  const out = new Int16Array(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = table[payload[i] as number] as number;
  return out;
}

/** The code of digital silence: μ-law 0xFF, A-law 0xD5. */
export function g711Silence(law: G711Law): number {
  return law === 'PCMU' ? 0xff : 0xd5;
}
