import { describe, expect, it } from 'vitest';
import { parseSdpMedia } from './sdpMedia.js';

const offer = [
  'v=0',
  'o=- 1 1 IN IP4 0.0.0.0',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=sendonly',
  'a=rtpmap:111 opus/48000/2',
  'm=video 9 UDP/TLS/RTP/SAVPF 96 97',
  'a=mid:1',
  'a=sendonly',
  'a=rtpmap:96 VP8/90000',
  'a=rtpmap:97 rtx/90000',
  'a=simulcast:send h;m;l',
  'm=video 0 UDP/TLS/RTP/SAVPF 96',
  'a=mid:2',
  'a=inactive',
  '',
].join('\r\n');

describe('parseSdpMedia', () => {
  it('reads kind, port, mid, direction, simulcast and codecs per m-line', () => {
    expect(parseSdpMedia(offer)).toEqual([
      {
        kind: 'audio',
        port: 9,
        mid: '0',
        direction: 'sendonly',
        simulcast: false,
        codecs: [{ payloadType: 111, rtpmap: 'opus/48000/2' }],
      },
      {
        kind: 'video',
        port: 9,
        mid: '1',
        direction: 'sendonly',
        simulcast: true,
        codecs: [
          { payloadType: 96, rtpmap: 'VP8/90000' },
          { payloadType: 97, rtpmap: 'rtx/90000' },
        ],
      },
      {
        kind: 'video',
        port: 0,
        mid: '2',
        direction: 'inactive',
        simulcast: false,
        codecs: [{ payloadType: 96, rtpmap: '' }],
      },
    ]);
  });

  it('falls back to the session-level direction and returns nothing for garbage', () => {
    expect(parseSdpMedia('v=0\na=recvonly\nm=audio 9 RTP/AVP 0\n')[0]?.direction).toBe('recvonly');
    expect(parseSdpMedia('not sdp')).toEqual([]);
  });
});
