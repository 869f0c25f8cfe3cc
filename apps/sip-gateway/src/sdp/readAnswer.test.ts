import { describe, expect, it } from 'vitest';
import { answerOffer } from './answerOffer.js';
import { buildOffer } from './buildOffer.js';
import { BARESIP_AUDIO_OFFER } from './fixtures/baresipOffers.js';
import { createLocalSdpSession, stampLocalSdp } from './localSdpSession.js';
import { mediaConfig } from './mediaConfig.js';
import { parseSdp } from './parseSdp.js';
import { readAnswer } from './readAnswer.js';
import type { SessionDescription } from './sdpTypes.js';

const CONFIG = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 });
const OFFER = buildOffer(CONFIG);
const HEAD = 'v=0\r\no=- 5 5 IN IP4 192.0.2.9\r\ns=-\r\nc=IN IP4 192.0.2.9\r\nt=0 0\r\n';

function parsed(text: string): SessionDescription {
  const result = parseSdp(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function problem(answer: string): string | undefined {
  const result = readAnswer(OFFER, parsed(answer), CONFIG);
  return result.ok ? undefined : result.error;
}

describe('readAnswer', () => {
  it('takes the first answered format that we offered, and telephone-event', () => {
    const media = [
      'm=audio 5000 RTP/AVP 8 0 101',
      'a=rtpmap:101 telephone-event/8000',
      'a=fmtp:101 0-15',
      'a=ptime:20',
    ];
    const answer = `${HEAD}${media.join('\r\n')}\r\n`;
    const result = readAnswer(OFFER, parsed(answer), CONFIG);
    expect(result.ok && result.value).toMatchObject({
      mediaIndex: 0,
      payloadType: 8,
      codec: { name: 'PCMA' },
      telephoneEvent: { payloadType: 101 },
      remote: { address: '192.0.2.9', port: 5000 },
      direction: 'sendrecv',
      remotePtime: 20,
      remoteHold: false,
    });
  });

  it('ignores telephone-event under a payload type we did not offer', () => {
    const answer = `${HEAD}m=audio 5000 RTP/AVP 9 100\r\na=rtpmap:100 telephone-event/8000\r\n`;
    const result = readAnswer(OFFER, parsed(answer), CONFIG);
    expect(result.ok && result.value.telephoneEvent).toBeNull();
    expect(result.ok && result.value.codec.name).toBe('G722');
  });

  it('reads the answer’s direction against ours', () => {
    const result = readAnswer(OFFER, parsed(`${HEAD}m=audio 5000 RTP/AVP 0\r\na=recvonly\r\n`), CONFIG);
    expect(result.ok && result.value.direction).toBe('sendonly');
  });

  it('names what is wrong with an unusable answer', () => {
    expect(problem(`${HEAD}m=audio 5000 RTP/AVP 8\r\nm=video 0 RTP/AVP 96\r\n`)).toBe('media_count_mismatch');
    expect(problem(`${HEAD}m=audio 0 RTP/AVP 8\r\n`)).toBe('audio_rejected');
    expect(problem(`${HEAD}m=audio 5000 RTP/SAVP 8\r\n`)).toBe('incompatible_transport');
    expect(problem(`${HEAD}m=audio 5000 RTP/AVP 18\r\n`)).toBe('no_common_codec');
    expect(problem(`${HEAD}m=audio 5000 RTP/AVP 97\r\na=rtpmap:97 PCMA/8000\r\n`)).toBe('no_common_codec');
    expect(problem(`${HEAD}m=audio 5000 RTP/AVP 9\r\na=rtpmap:9 G7221/16000\r\n`)).toBe('no_common_codec');
  });

  it('agrees with answerOffer from the other side: baresip reading our answer finds G.722 and telephone-event', () => {
    const offer = parsed(BARESIP_AUDIO_OFFER);
    const answered = answerOffer(offer, CONFIG);
    if (!answered.ok) throw new Error(answered.error.code);
    const session = createLocalSdpSession({ sessionId: '1', addressType: 'IP4', address: '198.51.100.1' });
    const answerOnTheWire = parsed(stampLocalSdp(session, answered.value.answer).text);
    const result = readAnswer(offer, answerOnTheWire, CONFIG);
    expect(result.ok && result.value).toMatchObject({
      payloadType: 9,
      codec: { name: 'G722' },
      telephoneEvent: { payloadType: 101 },
      remote: { address: '198.51.100.1', port: 40000 },
      direction: 'sendrecv',
    });
  });
});
