import { describe, expect, it } from 'vitest';
import { answerOffer } from './answerOffer.js';
import { buildOffer } from './buildOffer.js';
import { BARESIP_G711_OFFER, BARESIP_VIDEO_OFFER } from './fixtures/baresipOffers.js';
import { IPV6_TRUNK_DYNAMIC_OFFER } from './fixtures/pbxOffers.js';
import { createLocalSdpSession, stampLocalSdp } from './localSdpSession.js';
import { mediaConfig } from './mediaConfig.js';
import { parseSdp } from './parseSdp.js';
import type { SessionDescription } from './sdpTypes.js';

const CONFIG = mediaConfig({ addresses: { IP4: '198.51.100.1', IP6: '2001:db8::1' }, port: 40000 });

function parsed(text: string): SessionDescription {
  const result = parseSdp(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function running(offer: string) {
  const result = answerOffer(parsed(offer), CONFIG);
  if (!result.ok) throw new Error(result.error.code);
  return { lastSent: result.value.answer, audio: result.value.audio };
}

describe('buildOffer for an INVITE without SDP', () => {
  it('offers every configured codec with its static payload type, telephone-event, ptime and direction', () => {
    const session = createLocalSdpSession({ sessionId: '42', addressType: 'IP4', address: '198.51.100.1' });
    expect(stampLocalSdp(session, buildOffer(CONFIG)).text).toBe(
      [
        'v=0',
        'o=- 42 42 IN IP4 198.51.100.1',
        's=Plenum',
        'c=IN IP4 198.51.100.1',
        't=0 0',
        'm=audio 40000 RTP/AVP 9 8 0 101',
        'a=rtpmap:9 G722/8000',
        'a=rtpmap:8 PCMA/8000',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:101 telephone-event/8000',
        'a=fmtp:101 0-15',
        'a=ptime:20',
        'a=sendrecv',
        '',
      ].join('\r\n'),
    );
  });

  it('follows the configured order, payload type and direction', () => {
    const config = mediaConfig(
      { addresses: { IP6: '2001:db8::1' }, port: 41000 },
      { codecs: ['PCMU'], telephoneEventPayloadType: 96, direction: 'sendonly' },
    );
    const offer = buildOffer(config);
    expect(offer.connection).toEqual({ addressType: 'IP6', address: '2001:db8::1' });
    expect(offer.media[0]).toMatchObject({ port: 41000, formats: ['0', '96'], direction: 'sendonly' });
  });

  it('leaves telephone-event out when it is turned off', () => {
    const config = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 }, { telephoneEvents: [] });
    expect(buildOffer(config).media[0]?.formats).toEqual(['9', '8', '0']);
  });
});

describe('buildOffer for a re-INVITE without SDP in a running call', () => {
  it('lists the codec in use first', () => {
    expect(buildOffer(CONFIG, running(BARESIP_G711_OFFER)).media[0]?.formats).toEqual(['8', '9', '0', '101']);
  });

  it('keeps every m-line in place, the refused ones with port 0', () => {
    const offer = buildOffer(CONFIG, running(BARESIP_VIDEO_OFFER));
    expect(offer.media.map((m) => [m.media, m.port, m.formats])).toEqual([
      ['audio', 40000, ['9', '8', '0', '101']],
      ['video', 0, ['96']],
    ]);
  });

  it('keeps the dynamic payload types and the address family in use', () => {
    const offer = buildOffer(CONFIG, running(IPV6_TRUNK_DYNAMIC_OFFER));
    expect(offer.media[0]?.formats).toEqual(['98', '9', '0', '96']);
    expect(offer.media[0]?.rtpmaps[0]).toEqual({ payloadType: 98, encodingName: 'PCMA', clockRate: 8000 });
    expect(offer.connection?.addressType).toBe('IP6');
  });

  it('moves telephone-event off a payload type the peer uses for the codec', () => {
    const offer =
      'v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n' +
      'm=audio 4000 RTP/AVP 101\r\na=rtpmap:101 PCMA/8000\r\n';
    expect(buildOffer(CONFIG, running(offer)).media[0]?.formats).toEqual(['101', '9', '0', '96']);
  });
});
