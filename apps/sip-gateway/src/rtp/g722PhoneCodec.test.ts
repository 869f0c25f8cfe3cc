import { describe, expect, it } from 'vitest';
import { audioLevel } from './audioLevel.js';
import { decodeG711, encodeG711 } from './g711.js';
import { G722PhoneCodec, PHONE_FRAME_SAMPLES } from './g722PhoneCodec.js';
import {
  decibels,
  ffmpegDecodeG722,
  ffmpegEncodeG722,
  firstDifference,
  mix,
  testSignal,
  tone,
  toneAmplitude,
} from './g722TestAudio.js';

const WIDE = 16000;
const NARROW = 8000;

/** Runs `payload` through `codec.decode` in 20 ms frames, as the media path does, and joins the results. */
function decodeInFrames(codec: G722PhoneCodec, payload: Uint8Array): Int16Array {
  const out = new Int16Array(payload.length);
  for (let i = 0; i < payload.length; i += PHONE_FRAME_SAMPLES) {
    out.set(codec.decode(payload.subarray(i, i + PHONE_FRAME_SAMPLES)), i);
  }
  return out;
}

function encodeInFrames(codec: G722PhoneCodec, pcm8k: Int16Array): Uint8Array {
  const out = new Uint8Array(pcm8k.length);
  for (let i = 0; i < pcm8k.length; i += PHONE_FRAME_SAMPLES) {
    out.set(codec.encode(pcm8k.subarray(i, i + PHONE_FRAME_SAMPLES)), i);
  }
  return out;
}

describe('G722PhoneCodec: from the phone to the room', () => {
  it('turns 20 ms of G.722 (160 octets) into 20 ms at 8 kHz (160 samples)', () => {
    expect(new G722PhoneCodec().decode(new Uint8Array(160))).toHaveLength(160);
  });

  it('delivers a 1 kHz tone from a G.722 phone at 8 kHz at its level (within 0.3 dB)', () => {
    const fromPhone = ffmpegEncodeG722(tone(WIDE, 1000, WIDE, 10000));
    const narrow = decodeInFrames(new G722PhoneCodec(), fromPhone);
    expect(Math.abs(decibels(toneAmplitude(narrow, 1000, NARROW, 400) / 10000))).toBeLessThan(0.3);
  });

  it('drops the wideband part (6 kHz) instead of folding it into the telephone band at 2 kHz', () => {
    const fromPhone = ffmpegEncodeG722(mix(tone(WIDE, 1000, WIDE, 8000), tone(WIDE, 6000, WIDE, 8000)));
    const narrow = decodeInFrames(new G722PhoneCodec(), fromPhone);
    expect(decibels(toneAmplitude(narrow, 1000, NARROW, 400) / 8000)).toBeGreaterThan(-0.5);
    expect(decibels(toneAmplitude(narrow, 2000, NARROW, 400) / 8000)).toBeLessThan(-50);
  });

  it('hands G.711 a clean signal: the 1 kHz tone survives PCMA at its level', () => {
    const fromPhone = ffmpegEncodeG722(tone(WIDE, 1000, WIDE, 10000));
    const pcma = encodeG711(decodeInFrames(new G722PhoneCodec(), fromPhone), 'PCMA');
    const level = toneAmplitude(decodeG711(pcma, 'PCMA'), 1000, NARROW, 400);
    expect(Math.abs(decibels(level / 10000))).toBeLessThan(0.3);
  });
});

describe('G722PhoneCodec: from the room to the phone', () => {
  it('turns 20 ms at 8 kHz (160 samples) into 20 ms of G.722 (160 octets)', () => {
    expect(new G722PhoneCodec().encode(new Int16Array(160))).toHaveLength(160);
  });

  it('sends a 1 kHz tone that a G.722 phone (ffmpeg) plays at its level, with no image at 7 kHz', () => {
    const payload = encodeInFrames(new G722PhoneCodec(), tone(NARROW, 1000, NARROW, 10000));
    const played = ffmpegDecodeG722(payload);
    expect(Math.abs(decibels(toneAmplitude(played, 1000, WIDE, 800) / 10000))).toBeLessThan(0.3);
    expect(decibels(toneAmplitude(played, 7000, WIDE, 800) / 10000)).toBeLessThan(-50);
  });

  it('sends silence as silence', () => {
    const played = ffmpegDecodeG722(encodeInFrames(new G722PhoneCodec(), new Int16Array(NARROW)));
    expect(audioLevel(played).dbfs).toBeLessThan(-70);
  });
});

describe('G722PhoneCodec: one call, two directions, continuous streams', () => {
  const speech8k = new G722PhoneCodec().decode(ffmpegEncodeG722(testSignal(2 * WIDE)));
  const payload = new G722PhoneCodec().encode(speech8k);

  it('gives frame by frame exactly what it gives for the whole stream, in both directions', () => {
    const codec = new G722PhoneCodec();
    expect(firstDifference(encodeInFrames(codec, speech8k), payload)).toBe(-1);
    expect(firstDifference(decodeInFrames(codec, payload), new G722PhoneCodec().decode(payload))).toBe(-1);
  });

  it('keeps the directions apart: decoding between frames does not change what is encoded', () => {
    const codec = new G722PhoneCodec();
    const out = new Uint8Array(speech8k.length);
    for (let i = 0; i < speech8k.length; i += PHONE_FRAME_SAMPLES) {
      codec.decode(payload.subarray(i, i + PHONE_FRAME_SAMPLES));
      out.set(codec.encode(speech8k.subarray(i, i + PHONE_FRAME_SAMPLES)), i);
    }
    expect(firstDifference(out, payload)).toBe(-1);
  });

  it('reuses its result buffers while the frame size stays the same (no allocation per frame)', () => {
    const codec = new G722PhoneCodec();
    const firstDecoded = codec.decode(payload.subarray(0, 160));
    const firstEncoded = codec.encode(speech8k.subarray(0, 160));
    expect(codec.decode(payload.subarray(160, 320))).toBe(firstDecoded);
    expect(codec.encode(speech8k.subarray(160, 320))).toBe(firstEncoded);
    expect(codec.decode(payload.subarray(0, 240))).toHaveLength(240);
  });
});
