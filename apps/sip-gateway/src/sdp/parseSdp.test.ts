import { describe, expect, it } from 'vitest';
import { BARESIP_AUDIO_OFFER, BARESIP_VIDEO_OFFER } from './fixtures/baresipOffers.js';
import { CISCO_OFFER, IPV6_TRUNK_DYNAMIC_OFFER, STATIC_ONLY_OFFER } from './fixtures/pbxOffers.js';
import { parseSdp } from './parseSdp.js';
import type { SessionDescription } from './sdpTypes.js';

function parsed(text: string | Uint8Array): SessionDescription {
  const result = parseSdp(text);
  if (!result.ok) throw new Error(`expected SDP to parse, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function sdp(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

const HEAD = ['v=0', 'o=- 1 1 IN IP4 192.0.2.1', 's=-', 'c=IN IP4 192.0.2.1', 't=0 0'];

describe('parseSdp on a real baresip offer', () => {
  const description = parsed(BARESIP_AUDIO_OFFER);

  it('reads the origin, with ids kept as digit strings', () => {
    expect(description.origin).toEqual({
      username: '-',
      sessionId: '3183013292',
      sessionVersion: '650722772',
      addressType: 'IP4',
      address: '192.0.2.2',
    });
  });

  it('reads the session-level connection and timing', () => {
    expect(description.connection).toEqual({ addressType: 'IP4', address: '192.0.2.2' });
    expect(description.timings).toEqual([{ start: 0, stop: 0, repeats: [] }]);
    expect(description.attributes).toEqual([{ name: 'tool', value: 'baresip 1.0.0' }]);
  });

  it('reads the audio m-line with its formats in order', () => {
    const [audio] = description.media;
    expect(audio?.media).toBe('audio');
    expect(audio?.port).toBe(44530);
    expect(audio?.protocol).toBe('RTP/AVP');
    expect(audio?.formats).toEqual(['0', '8', '9', '96', '101']);
    expect(audio?.connection).toBeUndefined();
  });

  it('types rtpmap, fmtp, ptime and direction, and keeps the other attributes in order', () => {
    const [audio] = description.media;
    expect(audio?.rtpmaps).toEqual([
      { payloadType: 0, encodingName: 'PCMU', clockRate: 8000 },
      { payloadType: 8, encodingName: 'PCMA', clockRate: 8000 },
      { payloadType: 9, encodingName: 'G722', clockRate: 8000 },
      { payloadType: 96, encodingName: 'opus', clockRate: 48000, channels: 2 },
      { payloadType: 101, encodingName: 'telephone-event', clockRate: 8000 },
    ]);
    expect(audio?.fmtps).toEqual([
      { format: '96', parameters: 'stereo=1;sprop-stereo=1' },
      { format: '101', parameters: '0-15' },
    ]);
    expect(audio?.ptime).toBe(20);
    expect(audio?.direction).toBe('sendrecv');
    expect(audio?.attributes.map((a) => a.name)).toEqual(['label', 'rtcp-rsize', 'ssrc', 'minptime']);
    expect(audio?.attributes).toContainEqual({ name: 'rtcp-rsize' });
  });
});

describe('parseSdp on other shapes', () => {
  it('reads a video m-line after the audio one', () => {
    const description = parsed(BARESIP_VIDEO_OFFER);
    expect(description.media.map((m) => [m.media, m.port])).toEqual([
      ['audio', 48408],
      ['video', 14614],
    ]);
    expect(description.media[1]?.rtpmaps).toEqual([{ payloadType: 96, encodingName: 'VP8', clockRate: 90000 }]);
  });

  it('reads connection lines at media level', () => {
    expect(parsed(CISCO_OFFER).media[0]?.connection).toEqual({ addressType: 'IP4', address: '192.0.2.50' });
    const staticOnly = parsed(STATIC_ONLY_OFFER);
    expect(staticOnly.connection).toBeUndefined();
    expect(staticOnly.media[0]?.connection).toEqual({ addressType: 'IP4', address: '203.0.113.7' });
    expect(staticOnly.sessionName).toBe('-');
  });

  it('reads IPv6 origins and connections', () => {
    const description = parsed(IPV6_TRUNK_DYNAMIC_OFFER);
    expect(description.origin.addressType).toBe('IP6');
    expect(description.connection).toEqual({ addressType: 'IP6', address: '2001:db8:1::5' });
    expect(description.media[0]?.ptime).toBe(30);
  });

  it('reads a session-level direction apart from media-level ones', () => {
    const description = parsed(sdp(...HEAD, 'a=inactive', 'm=audio 4000 RTP/AVP 0', 'a=recvonly'));
    expect(description.direction).toBe('inactive');
    expect(description.media[0]?.direction).toBe('recvonly');
  });

  it('accepts LF line ends, blank lines, trailing spaces and runs of spaces', () => {
    const text = [
      'v=0',
      'o=-  1 1 IN IP4 192.0.2.1 ',
      '',
      's=x',
      'c=IN IP4  192.0.2.1',
      't=0 0',
      'm=audio  4000 RTP/AVP 0  8',
    ];
    const description = parsed(`${text.join('\n')}\n\n`);
    expect(description.media[0]?.formats).toEqual(['0', '8']);
    expect(description.origin.sessionId).toBe('1');
  });

  it('reads bytes as UTF-8', () => {
    const text = sdp('v=0', 'o=- 1 1 IN IP4 192.0.2.1', 's=Sitzung Rathaus Köln', 'c=IN IP4 192.0.2.1', 't=0 0');
    expect(parsed(new TextEncoder().encode(text)).sessionName).toBe('Sitzung Rathaus Köln');
  });

  it('keeps i=, u=, e=, p=, b=, r=, z= and k= fields', () => {
    const description = parsed(
      sdp(
        'v=0',
        'o=- 1 1 IN IP4 192.0.2.1',
        's=-',
        'i=Council',
        'u=https://example.org/',
        'e=a@example.org',
        'p=+49 30 1234',
        'c=IN IP4 192.0.2.1',
        'b=AS:64',
        't=3034423619 3042462419',
        'r=604800 3600 0 90000',
        'z=2882844526 -1h',
        'k=prompt',
        'm=audio 4000 RTP/AVP 0',
        'i=voice',
        'b=TIAS:64000',
        'a=maxptime:40',
      ),
    );
    expect(description).toMatchObject({
      information: 'Council',
      uri: 'https://example.org/',
      emails: ['a@example.org'],
      phones: ['+49 30 1234'],
      bandwidths: [{ type: 'AS', value: 64 }],
      timings: [{ start: 3034423619, stop: 3042462419, repeats: ['604800 3600 0 90000'] }],
      timeZones: '2882844526 -1h',
      key: 'prompt',
    });
    expect(description.media[0]).toMatchObject({ information: 'voice', maxptime: 40 });
    expect(description.media[0]?.bandwidths).toEqual([{ type: 'TIAS', value: 64000 }]);
  });

  it('ignores lines with a type letter RFC 4566 does not define', () => {
    const description = parsed(sdp(...HEAD, 'x=whatever', 'm=audio 4000 RTP/AVP 0', 'y=more'));
    expect(description.media).toHaveLength(1);
  });

  it('ignores attribute lines whose name is not a token', () => {
    const description = parsed(sdp(...HEAD, 'a=foo bar:baz', 'a=', 'm=audio 4000 RTP/AVP 0', 'a=x y', 'a=ok'));
    expect(description.attributes).toEqual([]);
    expect(description.media[0]?.attributes).toEqual([{ name: 'ok' }]);
  });

  it('allows a rejected m-line (port 0) without any connection', () => {
    const description = parsed(sdp('v=0', 'o=- 1 1 IN IP4 192.0.2.1', 's=-', 't=0 0', 'm=video 0 RTP/AVP 96'));
    expect(description.media[0]?.port).toBe(0);
  });

  it('reads a port count and non-RTP formats', () => {
    const description = parsed(sdp(...HEAD, 'm=audio 4000/2 RTP/AVP 0', 'm=application 9 UDP/BFCP *'));
    expect(description.media[0]?.portCount).toBe(2);
    expect(description.media[1]?.formats).toEqual(['*']);
  });

  it('takes a missing t= line', () => {
    expect(parsed(sdp('v=0', 'o=- 1 1 IN IP4 192.0.2.1', 's=-', 'c=IN IP4 192.0.2.1')).timings).toEqual([]);
  });
});

describe('parseSdp refuses malformed descriptions with a typed error', () => {
  const cases: [string, string, { code: string; line?: number }][] = [
    ['an empty body', '', { code: 'missing_version' }],
    ['a body not starting with v=', sdp('o=- 1 1 IN IP4 192.0.2.1', 'v=0'), { code: 'missing_version', line: 1 }],
    ['version 1', sdp('v=1'), { code: 'bad_version', line: 1 }],
    ['no origin', sdp('v=0', 's=-', 't=0 0'), { code: 'missing_origin' }],
    ['an m-line before the origin', sdp('v=0', 'm=audio 4000 RTP/AVP 0'), { code: 'missing_origin', line: 2 }],
    ['a short origin', sdp('v=0', 'o=- 1 IN IP4 192.0.2.1'), { code: 'bad_origin', line: 2 }],
    ['a non-numeric session id', sdp('v=0', 'o=- abc 1 IN IP4 192.0.2.1'), { code: 'bad_origin', line: 2 }],
    ['a second origin', sdp(...HEAD, 'o=- 2 2 IN IP4 192.0.2.1'), { code: 'duplicate_line', line: 6 }],
    ['a second v= line', sdp(...HEAD, 'v=0'), { code: 'duplicate_line', line: 6 }],
    ['a line without =', sdp(...HEAD, 'hello'), { code: 'bad_line', line: 6 }],
    ['an upper-case type', sdp(...HEAD, 'M=audio 4000 RTP/AVP 0'), { code: 'bad_line', line: 6 }],
    [
      'a host name in c=',
      sdp('v=0', 'o=- 1 1 IN IP4 h', 's=-', 'c=IN IP4 pbx.example.org'),
      { code: 'bad_connection', line: 4 },
    ],
    [
      'an IPv6 address marked IP4',
      sdp('v=0', 'o=- 1 1 IN IP4 h', 's=-', 'c=IN IP4 ::1'),
      { code: 'bad_connection', line: 4 },
    ],
    [
      'a multicast TTL',
      sdp('v=0', 'o=- 1 1 IN IP4 h', 's=-', 'c=IN IP4 224.2.1.1/127'),
      { code: 'bad_connection', line: 4 },
    ],
    ['two connections in one section', sdp(...HEAD, 'c=IN IP4 192.0.2.2'), { code: 'duplicate_line', line: 6 }],
    [
      'an active m-line without any connection',
      sdp('v=0', 'o=- 1 1 IN IP4 h', 's=-', 't=0 0', 'm=audio 4000 RTP/AVP 0'),
      { code: 'missing_connection', line: 5 },
    ],
    ['a port above 65535', sdp(...HEAD, 'm=audio 70000 RTP/AVP 0'), { code: 'bad_media', line: 6 }],
    ['a payload type above 127', sdp(...HEAD, 'm=audio 4000 RTP/AVP 128'), { code: 'bad_media', line: 6 }],
    ['a non-numeric RTP format', sdp(...HEAD, 'm=audio 4000 RTP/AVP PCMU'), { code: 'bad_media', line: 6 }],
    ['an m-line without formats', sdp(...HEAD, 'm=audio 4000 RTP/AVP'), { code: 'bad_media', line: 6 }],
    [
      'an s= inside a media section',
      sdp(...HEAD, 'm=audio 4000 RTP/AVP 0', 's=late'),
      { code: 'misplaced_line', line: 7 },
    ],
    [
      'a broken rtpmap',
      sdp(...HEAD, 'm=audio 4000 RTP/AVP 96', 'a=rtpmap:96 opus'),
      { code: 'bad_attribute', line: 7 },
    ],
    [
      'a zero clock rate',
      sdp(...HEAD, 'm=audio 4000 RTP/AVP 96', 'a=rtpmap:96 opus/0'),
      { code: 'bad_attribute', line: 7 },
    ],
    ['an empty fmtp', sdp(...HEAD, 'm=audio 4000 RTP/AVP 101', 'a=fmtp:101'), { code: 'bad_attribute', line: 7 }],
    ['a ptime of 0', sdp(...HEAD, 'm=audio 4000 RTP/AVP 0', 'a=ptime:0'), { code: 'bad_attribute', line: 7 }],
    ['a ptime with text', sdp(...HEAD, 'm=audio 4000 RTP/AVP 0', 'a=ptime:twenty'), { code: 'bad_attribute', line: 7 }],
    [
      'two ptimes',
      sdp(...HEAD, 'm=audio 4000 RTP/AVP 0', 'a=ptime:20', 'a=ptime:30'),
      { code: 'duplicate_line', line: 8 },
    ],
    [
      'two directions',
      sdp(...HEAD, 'm=audio 4000 RTP/AVP 0', 'a=sendonly', 'a=sendrecv'),
      { code: 'duplicate_line', line: 8 },
    ],
    ['a NUL byte', sdp(...HEAD, 'a=x\u0000y'), { code: 'bad_character', line: 6 }],
    ['a bare CR inside a line', sdp(...HEAD, 'a=x\ry'), { code: 'bad_character', line: 6 }],
    ['a bad bandwidth', sdp(...HEAD, 'b=AS:lots'), { code: 'bad_bandwidth', line: 6 }],
    ['r= before t=', sdp('v=0', 'o=- 1 1 IN IP4 h', 's=-', 'r=1 2 3'), { code: 'bad_timing', line: 4 }],
  ];

  it.each(cases)('%s', (_name, text, error) => {
    const result = parseSdp(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(error);
  });
});
