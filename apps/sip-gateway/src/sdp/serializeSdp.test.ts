import { describe, expect, it } from 'vitest';
import { ALL_OFFERS } from './fixtures/allOffers.js';
import { BARESIP_AUDIO_OFFER, BARESIP_G711_OFFER } from './fixtures/baresipOffers.js';
import { parseSdp } from './parseSdp.js';
import type { SessionDescription } from './sdpTypes.js';
import { serializeSdp } from './serializeSdp.js';

function parsed(text: string): SessionDescription {
  const result = parseSdp(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('serializeSdp', () => {
  it.each(ALL_OFFERS)('round-trips %s through parse and serialize', (_name, text) => {
    const once = parsed(text);
    const written = serializeSdp(once);
    expect(parsed(written)).toEqual(once);
    expect(serializeSdp(parsed(written))).toBe(written);
  });

  it('writes baresip’s offer back line for line (its attributes are already in canonical order)', () => {
    expect(serializeSdp(parsed(BARESIP_G711_OFFER))).toBe(
      BARESIP_G711_OFFER.replace('a=sendrecv\r\n', '')
        .replace('a=ptime:20\r\n', '')
        .replace('a=label:1', 'a=ptime:20\r\na=sendrecv\r\na=label:1'),
    );
  });

  it('ends every line with CRLF and writes the fields in RFC 4566 order', () => {
    const text = serializeSdp(parsed(BARESIP_AUDIO_OFFER));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const types = text
      .trimEnd()
      .split('\r\n')
      .map((line) => line[0]);
    expect(types.slice(0, 6)).toEqual(['v', 'o', 's', 'c', 't', 'a']);
  });

  it('writes rtpmap and fmtp next to their format, even when the fmtp came first', () => {
    const text = serializeSdp(
      parsed(
        'v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 101 8\r\n' +
          'a=fmtp:101 0-15\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=rtpmap:99 unused/8000\r\n',
      ),
    );
    expect(text).toContain(
      'm=audio 4000 RTP/AVP 101 8\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=rtpmap:8 PCMA/8000\r\n' +
        'a=rtpmap:99 unused/8000\r\n',
    );
  });

  it('writes t=0 0 when the description has no timing', () => {
    const description = { ...parsed(BARESIP_AUDIO_OFFER), timings: [] };
    expect(serializeSdp(description)).toContain('\r\nt=0 0\r\n');
  });

  it('cannot be made to add lines by values containing CR or LF', () => {
    const description = parsed(BARESIP_AUDIO_OFFER);
    const text = serializeSdp({ ...description, sessionName: 'x\r\na=injected', information: 'y\nb=AS:1' });
    expect(text).not.toMatch(/^a=injected/m);
    expect(text).not.toMatch(/^b=AS:1/m);
    expect(text).toContain('s=x  a=injected\r\n');
  });
});
