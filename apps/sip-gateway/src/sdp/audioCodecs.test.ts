import { describe, expect, it } from 'vitest';
import { AUDIO_CODECS, parseAudioCodecPreference } from './audioCodecs.js';

describe('audio codecs', () => {
  it('runs G.722 at an RTP clock of 8000 Hz although it samples at 16 kHz (RFC 3551)', () => {
    expect(AUDIO_CODECS.G722).toMatchObject({ clockRate: 8000, sampleRate: 16000, staticPayloadType: 9 });
    expect(AUDIO_CODECS.PCMU.staticPayloadType).toBe(0);
    expect(AUDIO_CODECS.PCMA.staticPayloadType).toBe(8);
  });

  it('reads a configured preference', () => {
    expect(parseAudioCodecPreference(' pcma, PCMU ')).toEqual({ ok: true, value: ['PCMA', 'PCMU'] });
    expect(parseAudioCodecPreference('g722')).toEqual({ ok: true, value: ['G722'] });
  });

  it('refuses empty, unknown and repeated codecs', () => {
    expect(parseAudioCodecPreference(' , ')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseAudioCodecPreference('pcma,g729')).toEqual({
      ok: false,
      error: { code: 'unknown_codec', codec: 'g729' },
    });
    expect(parseAudioCodecPreference('pcma,PCMA')).toEqual({
      ok: false,
      error: { code: 'duplicate_codec', codec: 'PCMA' },
    });
  });
});
