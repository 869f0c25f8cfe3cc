import { describe, expect, it } from 'vitest';
import { decodeG711, encodeG711 } from '../rtp/g711.js';
import { AUDIO_CODECS } from '../sdp/audioCodecs.js';
import type { PhoneCodec } from './PhoneCodec.js';
import { noPhoneCodecs } from './PhoneCodec.js';
import { PhoneTranscoder } from './PhoneTranscoder.js';

const tone = Int16Array.from({ length: 160 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 1000 * i) / 8000)));

describe('PhoneTranscoder', () => {
  it('passes the same law through as the very same bytes', () => {
    const transcoder = PhoneTranscoder.create(AUDIO_CODECS.PCMU, 'pcmu', noPhoneCodecs);
    const payload = encodeG711(tone, 'PCMU');
    expect(transcoder.passthrough).toBe(true);
    expect(transcoder.toBridge(payload)).toBe(payload);
    expect(transcoder.toPhone(payload)).toBe(payload);
  });

  it('converts PCMA from the phone to a PCMU bridge and back, as decoding and re-encoding would', () => {
    const transcoder = PhoneTranscoder.create(AUDIO_CODECS.PCMA, 'pcmu', noPhoneCodecs);
    const fromPhone = encodeG711(tone, 'PCMA');
    expect(Array.from(transcoder.toBridge(fromPhone))).toEqual(
      Array.from(encodeG711(decodeG711(fromPhone, 'PCMA'), 'PCMU')),
    );
    const mix = encodeG711(tone, 'PCMU');
    expect(Array.from(transcoder.toPhone(mix))).toEqual(Array.from(encodeG711(decodeG711(mix, 'PCMU'), 'PCMA')));
  });

  it('encodes prompts and silence in the phone law', () => {
    const transcoder = PhoneTranscoder.create(AUDIO_CODECS.PCMA, 'pcmu', noPhoneCodecs);
    expect(transcoder.pcmToPhone(tone)).toEqual(encodeG711(tone, 'PCMA'));
    expect(Array.from(new Set(transcoder.silenceToPhone(160)))).toEqual([0xd5]);
  });

  it('runs any other codec through the PhoneCodec hook (here a stand-in that is 16-bit linear on the wire)', () => {
    const linear: PhoneCodec = {
      decode: (payload) =>
        new Int16Array(payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length)),
      encode: (pcm) => new Uint8Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength)),
    };
    const transcoder = PhoneTranscoder.create(AUDIO_CODECS.G722, 'pcma', () => linear);
    const wire = new Uint8Array(tone.buffer.slice(0));
    expect(transcoder.toBridge(wire)).toEqual(encodeG711(tone, 'PCMA'));
    expect(new Int16Array(transcoder.toPhone(encodeG711(tone, 'PCMA')).buffer)).toEqual(
      decodeG711(encodeG711(tone, 'PCMA'), 'PCMA'),
    );
  });

  it('refuses a codec that has no transcoder', () => {
    expect(() => PhoneTranscoder.create(AUDIO_CODECS.G722, 'pcma', noPhoneCodecs)).toThrow(/G722/);
  });
});
