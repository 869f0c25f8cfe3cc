import { describe, expect, it } from 'vitest';
import { answerOffer } from './answerOffer.js';
import { ALL_OFFERS } from './fixtures/allOffers.js';
import { mediaConfig } from './mediaConfig.js';
import { parseSdp } from './parseSdp.js';
import { DEFAULT_SDP_LIMITS } from './sdpLimits.js';
import { serializeSdp } from './serializeSdp.js';

const HEAD = 'v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n';
const CONFIG = mediaConfig({ addresses: { IP4: '198.51.100.1', IP6: '2001:db8::1' }, port: 40000 });

function errorCode(input: string | Uint8Array, limits = DEFAULT_SDP_LIMITS): string | undefined {
  const result = parseSdp(input, limits);
  return result.ok ? undefined : result.error.code;
}

describe('parseSdp against hostile input', () => {
  it('refuses a body over the size limit before reading it', () => {
    const huge = HEAD + 'a=x\r\n'.repeat(1_000_000);
    const started = performance.now();
    expect(errorCode(huge)).toBe('too_large');
    expect(errorCode(new Uint8Array(DEFAULT_SDP_LIMITS.maxBytes + 1))).toBe('too_large');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const limits = { ...DEFAULT_SDP_LIMITS, maxBytes: HEAD.length + 20 };
    expect(errorCode(`${HEAD}s=${'a'.repeat(10)}\r\n`, limits)).toBe('duplicate_line');
    expect(errorCode(`${HEAD}i=${'€'.repeat(10)}\r\n`, limits)).toBe('too_large');
  });

  it('refuses too many lines, even short ones under the size limit', () => {
    expect(errorCode(HEAD + 'a=x\r\n'.repeat(DEFAULT_SDP_LIMITS.maxLines))).toBe('too_many_lines');
  });

  it('refuses an overlong line', () => {
    expect(errorCode(`${HEAD}a=${'x'.repeat(DEFAULT_SDP_LIMITS.maxLineLength)}\r\n`)).toBe('line_too_long');
  });

  it('refuses too many m-lines and too many formats', () => {
    expect(errorCode(HEAD + 'm=audio 0 RTP/AVP 0\r\n'.repeat(DEFAULT_SDP_LIMITS.maxMediaSections + 1))).toBe(
      'too_many_media',
    );
    const limits = { ...DEFAULT_SDP_LIMITS, maxFormats: 4 };
    expect(errorCode(`${HEAD}m=audio 4000 RTP/AVP 0 8 9 18 101\r\n`, limits)).toBe('too_many_formats');
  });

  it('takes a description right at every limit', () => {
    const media = 'm=audio 0 RTP/AVP 0\r\n'.repeat(DEFAULT_SDP_LIMITS.maxMediaSections);
    expect(errorCode(HEAD + media)).toBeUndefined();
    const formats = Array.from({ length: 128 }, (_, i) => i).join(' ');
    expect(errorCode(`${HEAD}m=audio 4000 RTP/AVP ${formats}\r\n`)).toBeUndefined();
  });

  it('reads a description of only unknown attributes and unknown line types', () => {
    const text = `${HEAD}${'a=x-vendor-thing:1\r\nq=?\r\n'.repeat(100)}m=audio 4000 RTP/AVP 0\r\n`;
    const result = parseSdp(text);
    expect(result.ok && result.value.attributes.length).toBe(100);
  });

  it('never throws on random mutations of real offers, and answers every one that parses', () => {
    let seed = 20240611;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const alphabet = 'v=o- IN IP4 IP6 0.:/\r\n\0am=audio RTP/AVP 0 8 9 101 rtpmap:fmtp:ptime:sendonly c=9999999999';
    let parsedCount = 0;
    for (let round = 0; round < 3000; round++) {
      const [, offer] = ALL_OFFERS[round % ALL_OFFERS.length] as readonly [string, string];
      const chars = [...offer];
      const edits = 1 + Math.floor(random() * 8);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length);
        const piece = alphabet.slice(Math.floor(random() * alphabet.length)).slice(0, 1 + Math.floor(random() * 6));
        const kind = random();
        if (kind < 0.33) chars.splice(at, 1 + Math.floor(random() * 4));
        else if (kind < 0.66) chars.splice(at, 0, piece);
        else chars.splice(at, 1, piece);
      }
      const result = parseSdp(chars.join(''));
      if (!result.ok) continue;
      parsedCount++;
      expect(() => serializeSdp(result.value)).not.toThrow();
      const answer = answerOffer(result.value, CONFIG);
      expect(typeof answer.ok).toBe('boolean');
    }
    expect(parsedCount).toBeGreaterThan(100);
  });
});
