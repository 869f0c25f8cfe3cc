import { describe, expect, it } from 'vitest';
import { answerOffer } from './answerOffer.js';
import {
  BARESIP_AUDIO_OFFER,
  BARESIP_G711_OFFER,
  BARESIP_HOLD_REOFFER,
  BARESIP_RESUME_REOFFER,
  BARESIP_VIDEO_OFFER,
} from './fixtures/baresipOffers.js';
import {
  ASTERISK_HOLD_REOFFER,
  ASTERISK_OFFER,
  CISCO_G729_ONLY_OFFER,
  CISCO_OFFER,
  CISCO_OLD_HOLD_REOFFER,
  FRITZBOX_OFFER,
  IPV6_TRUNK_DYNAMIC_OFFER,
  SRTP_ONLY_OFFER,
  STATIC_ONLY_OFFER,
} from './fixtures/pbxOffers.js';
import { createLocalSdpSession, stampLocalSdp } from './localSdpSession.js';
import { type MediaConfig, mediaConfig } from './mediaConfig.js';
import { formatWarningHeader } from './offerRejection.js';
import { parseSdp } from './parseSdp.js';
import type { SessionDescription } from './sdpTypes.js';

const CONFIG = mediaConfig({ addresses: { IP4: '198.51.100.1', IP6: '2001:db8::1' }, port: 40000 });
const HEAD = 'v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n';

function parsed(text: string): SessionDescription {
  const result = parseSdp(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function accepted(offer: string, config: MediaConfig = CONFIG) {
  const result = answerOffer(parsed(offer), config);
  if (!result.ok) throw new Error(`expected an answer, got ${result.error.code}`);
  return result.value;
}

function rejected(offer: string, config: MediaConfig = CONFIG) {
  const result = answerOffer(parsed(offer), config);
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

function answerText(offer: string, config: MediaConfig = CONFIG): string {
  const session = createLocalSdpSession({ sessionId: '1000', addressType: 'IP4', address: '198.51.100.1' });
  return stampLocalSdp(session, accepted(offer, config).answer).text;
}

describe('answerOffer picks the codec by our preference', () => {
  it('answers baresip with G.722 and telephone-event, in a complete answer', () => {
    expect(answerText(BARESIP_AUDIO_OFFER)).toBe(
      [
        'v=0',
        'o=- 1000 1000 IN IP4 198.51.100.1',
        's=Plenum',
        'c=IN IP4 198.51.100.1',
        't=0 0',
        'm=audio 40000 RTP/AVP 9 101',
        'a=rtpmap:9 G722/8000',
        'a=rtpmap:101 telephone-event/8000',
        'a=fmtp:101 0-15',
        'a=ptime:20',
        'a=sendrecv',
        '',
      ].join('\r\n'),
    );
  });

  it('reports what was negotiated: codec, payload types, where to send, directions', () => {
    const { audio } = accepted(BARESIP_AUDIO_OFFER);
    expect(audio).toEqual({
      mediaIndex: 0,
      codec: { name: 'G722', encodingName: 'G722', clockRate: 8000, sampleRate: 16000, staticPayloadType: 9 },
      payloadType: 9,
      telephoneEvent: { payloadType: 101, events: [...Array(16).keys()] },
      remote: { addressType: 'IP4', address: '192.0.2.2', port: 44530 },
      direction: 'sendrecv',
      remotePtime: 20,
      remoteHold: false,
    });
  });

  it('follows our order, not the offerer’s: Asterisk lists PCMA first but offers G.722', () => {
    expect(accepted(ASTERISK_OFFER).audio.codec.name).toBe('G722');
    expect(accepted(FRITZBOX_OFFER).audio.codec.name).toBe('G722');
  });

  it('takes a configured preference', () => {
    const config = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 }, { codecs: ['PCMU', 'PCMA'] });
    expect(accepted(BARESIP_AUDIO_OFFER, config).audio.payloadType).toBe(0);
    expect(accepted(ASTERISK_OFFER, config).audio.codec.name).toBe('PCMU');
  });

  it('falls back along the preference when G.722 is not offered', () => {
    expect(accepted(BARESIP_G711_OFFER).audio.codec.name).toBe('PCMA');
    expect(accepted(CISCO_OFFER).audio.codec.name).toBe('PCMU');
  });

  it('honours static payload types 0, 8 and 9 without rtpmap, and writes the rtpmap in the answer', () => {
    const result = accepted(STATIC_ONLY_OFFER);
    expect(result.audio.payloadType).toBe(8);
    expect(result.audio.telephoneEvent).toBeNull();
    expect(result.answer.media[0]?.rtpmaps).toEqual([{ payloadType: 8, encodingName: 'PCMA', clockRate: 8000 }]);
    expect(accepted(`${HEAD}m=audio 4000 RTP/AVP 0 9\r\n`).audio.codec.name).toBe('G722');
  });

  it('uses the offerer’s dynamic payload types for known codecs', () => {
    const { audio } = accepted(IPV6_TRUNK_DYNAMIC_OFFER);
    expect(audio.codec.name).toBe('PCMA');
    expect(audio.payloadType).toBe(98);
    expect(audio.telephoneEvent?.payloadType).toBe(96);
    expect(audio.remotePtime).toBe(30);
  });

  it('matches encoding names regardless of case', () => {
    expect(accepted(`${HEAD}m=audio 4000 RTP/AVP 97\r\na=rtpmap:97 pcma/8000\r\n`).audio.payloadType).toBe(97);
  });

  it('lets an rtpmap override a static assignment', () => {
    const offer = `${HEAD}m=audio 4000 RTP/AVP 9 0\r\na=rtpmap:9 G7221/16000\r\n`;
    expect(accepted(offer).audio.codec.name).toBe('PCMU');
  });

  it('does not take G.722 at 16000 Hz (RFC 3551 says 8000) or a stereo G.711', () => {
    const offer = `${HEAD}m=audio 4000 RTP/AVP 96 97 0\r\na=rtpmap:96 G722/16000\r\na=rtpmap:97 PCMA/8000/2\r\n`;
    expect(accepted(offer).audio.codec.name).toBe('PCMU');
  });
});

describe('answerOffer and telephone-event', () => {
  it('answers only the events both sides know: 0-16 becomes 0-15', () => {
    const result = accepted(ASTERISK_OFFER);
    expect(result.audio.telephoneEvent).toEqual({ payloadType: 101, events: [...Array(16).keys()] });
    expect(result.answer.media[0]?.fmtps).toEqual([{ format: '101', parameters: '0-15' }]);
  });

  it('answers a narrower list as offered', () => {
    const offer = `${HEAD}m=audio 4000 RTP/AVP 8 100\r\na=rtpmap:100 telephone-event/8000\r\na=fmtp:100 0-11\r\n`;
    expect(accepted(offer).answer.media[0]?.fmtps).toEqual([{ format: '100', parameters: '0-11' }]);
  });

  it('takes telephone-event without fmtp as 0-15', () => {
    const offer = `${HEAD}m=audio 4000 RTP/AVP 8 100\r\na=rtpmap:100 telephone-event/8000\r\n`;
    expect(accepted(offer).audio.telephoneEvent?.events).toHaveLength(16);
  });

  it('leaves telephone-event out when it runs at another clock rate, has no shared event, or is turned off', () => {
    const at48k = `${HEAD}m=audio 4000 RTP/AVP 8 110\r\na=rtpmap:110 telephone-event/48000\r\n`;
    expect(accepted(at48k).audio.telephoneEvent).toBeNull();
    expect(accepted(at48k).answer.media[0]?.formats).toEqual(['8']);
    const flashOnly = `${HEAD}m=audio 4000 RTP/AVP 8 101\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 16\r\n`;
    expect(accepted(flashOnly).audio.telephoneEvent).toBeNull();
    const off = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 }, { telephoneEvents: [] });
    expect(accepted(BARESIP_AUDIO_OFFER, off).answer.media[0]?.formats).toEqual(['9']);
  });

  it('never answers comfort noise or other formats it did not choose', () => {
    expect(accepted(CISCO_OFFER).answer.media[0]?.formats).toEqual(['0', '101']);
  });
});

describe('answerOffer keeps the m-lines and refuses what it does not take', () => {
  it('refuses video with port 0 and keeps the order', () => {
    const { answer, audio } = accepted(BARESIP_VIDEO_OFFER);
    expect(answer.media.map((m) => [m.media, m.port, m.protocol, m.formats])).toEqual([
      ['audio', 40000, 'RTP/AVP', ['9', '101']],
      ['video', 0, 'RTP/AVP', ['96']],
    ]);
    expect(answer.media[1]?.rtpmaps).toEqual([]);
    expect(audio.mediaIndex).toBe(0);
  });

  it('finds the audio behind a video m-line', () => {
    const offer = `${HEAD}m=video 5000 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\nm=audio 4000 RTP/AVP 8\r\n`;
    const { answer, audio } = accepted(offer);
    expect(answer.media.map((m) => [m.media, m.port])).toEqual([
      ['video', 0],
      ['audio', 40000],
    ]);
    expect(audio.mediaIndex).toBe(1);
  });

  it('accepts only the first usable audio stream', () => {
    const offer = `${HEAD}m=audio 4000 RTP/SAVP 8\r\nm=audio 4002 RTP/AVP 0\r\nm=audio 4004 RTP/AVP 8\r\n`;
    const { answer, audio } = accepted(offer);
    expect(answer.media.map((m) => m.port)).toEqual([0, 40000, 0]);
    expect(audio.remote?.port).toBe(4002);
  });

  it('answers a disabled audio stream with port 0 and takes the next', () => {
    const offer = `${HEAD}m=audio 0 RTP/AVP 8\r\nm=audio 4002 RTP/AVP 8\r\n`;
    expect(accepted(offer).answer.media.map((m) => m.port)).toEqual([0, 40000]);
  });

  it('answers IPv6 with our IPv6 address', () => {
    const { answer } = accepted(IPV6_TRUNK_DYNAMIC_OFFER);
    expect(answer.connection).toEqual({ addressType: 'IP6', address: '2001:db8::1' });
  });
});

describe('answerOffer refusals map to 488 with a Warning', () => {
  it('no common codec: 305', () => {
    const rejection = rejected(CISCO_G729_ONLY_OFFER);
    expect(rejection).toEqual({
      code: 'no_common_codec',
      status: 488,
      warning: { code: 305, text: 'Incompatible media format' },
    });
    expect(formatWarningHeader(rejection.warning, 'gw.example.org')).toBe(
      '305 gw.example.org "Incompatible media format"',
    );
  });

  it('only unknown codecs, even with telephone-event: 305', () => {
    const media = ['m=audio 4000 RTP/AVP 96 101', 'a=rtpmap:96 opus/48000/2', 'a=rtpmap:101 telephone-event/8000'];
    const offer = `${HEAD}${media.join('\r\n')}\r\n`;
    expect(rejected(offer).code).toBe('no_common_codec');
  });

  it('no audio at all, or all audio disabled: 304', () => {
    expect(rejected(`${HEAD}m=video 5000 RTP/AVP 96\r\n`).warning).toEqual({
      code: 304,
      text: 'Media type not available',
    });
    expect(rejected(`${HEAD}m=audio 0 RTP/AVP 0\r\nm=video 5000 RTP/AVP 96\r\n`).code).toBe('no_audio');
    expect(rejected(HEAD).code).toBe('no_audio');
  });

  it('only secure or feedback profiles: 302', () => {
    expect(rejected(SRTP_ONLY_OFFER).warning.code).toBe(302);
  });

  it('an address family we have no address for: 301', () => {
    const ipv4Only = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 });
    expect(rejected(IPV6_TRUNK_DYNAMIC_OFFER, ipv4Only).warning).toEqual({
      code: 301,
      text: 'Incompatible network address formats',
    });
  });

  it('names the problem of the first audio stream when several fail', () => {
    const offer = `${HEAD}m=audio 4000 RTP/AVP 18\r\nm=audio 4002 RTP/SAVP 8\r\n`;
    expect(rejected(offer).code).toBe('no_common_codec');
  });

  it('keeps quotes out of the Warning text', () => {
    expect(formatWarningHeader({ code: 399, text: 'a "b"\r\n' }, 'gw')).toBe('399 gw "a b"');
  });
});

describe('answerOffer and hold', () => {
  it('answers sendonly with recvonly and reports the remote hold (baresip /hold)', () => {
    const { answer, audio } = accepted(BARESIP_HOLD_REOFFER);
    expect(answer.media[0]?.direction).toBe('recvonly');
    expect(audio.direction).toBe('recvonly');
    expect(audio.remoteHold).toBe(true);
    expect(audio.codec.name).toBe('PCMA');
    expect(accepted(ASTERISK_HOLD_REOFFER).answer.media[0]?.direction).toBe('recvonly');
  });

  it('answers the resume with sendrecv', () => {
    const { audio } = accepted(BARESIP_RESUME_REOFFER);
    expect(audio.direction).toBe('sendrecv');
    expect(audio.remoteHold).toBe(false);
  });

  it('answers inactive with inactive and recvonly with sendonly', () => {
    const inactive = accepted(`${HEAD}m=audio 4000 RTP/AVP 8\r\na=inactive\r\n`);
    expect([inactive.audio.direction, inactive.audio.remoteHold]).toEqual(['inactive', true]);
    const recvonly = accepted(`${HEAD}m=audio 4000 RTP/AVP 8\r\na=recvonly\r\n`);
    expect([recvonly.audio.direction, recvonly.audio.remoteHold]).toEqual(['sendonly', false]);
  });

  it('applies a session-level direction', () => {
    expect(accepted(`${HEAD}a=sendonly\r\nm=audio 4000 RTP/AVP 8\r\n`).audio.direction).toBe('recvonly');
  });

  it('reads c=0.0.0.0 as the old way of holding: nowhere to send, answered recvonly', () => {
    const { answer, audio } = accepted(CISCO_OLD_HOLD_REOFFER);
    expect(audio.remote).toBeNull();
    expect(audio.remoteHold).toBe(true);
    expect(audio.direction).toBe('recvonly');
    expect(answer.media[0]?.direction).toBe('recvonly');
    expect(answer.connection).toEqual({ addressType: 'IP4', address: '198.51.100.1' });
  });

  it('combines the offer with our own wish to hold the caller', () => {
    const holding = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 }, { direction: 'sendonly' });
    expect(accepted(BARESIP_AUDIO_OFFER, holding).audio.direction).toBe('sendonly');
    expect(accepted(BARESIP_HOLD_REOFFER, holding).audio.direction).toBe('inactive');
  });
});
