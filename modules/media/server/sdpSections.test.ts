import { describe, expect, it } from 'vitest';
import { sdpSections } from './sdpSections.js';

const offer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=sendonly',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:1',
  'a=sendrecv',
  'm=video 0 UDP/TLS/RTP/SAVPF 96',
  'a=mid:2',
  'a=inactive',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:3',
  'a=recvonly',
  '',
].join('\r\n');

describe('sdpSections', () => {
  it('readsKindMidAndWhetherEachMLineSends', () => {
    expect(sdpSections(offer)).toEqual([
      { kind: 'audio', mid: '0', sending: true },
      { kind: 'video', mid: '1', sending: true },
      { kind: 'video', mid: '2', sending: false },
      { kind: 'video', mid: '3', sending: false },
    ]);
  });

  it('treatsAStoppedMLineWithASendDirectionAsNotSending', () => {
    expect(sdpSections('m=audio 0 RTP/AVP 0\na=mid:a\na=sendonly\n')).toEqual([
      { kind: 'audio', mid: 'a', sending: false },
    ]);
  });

  it('returnsNothingForGarbage', () => {
    expect(sdpSections('not an sdp')).toEqual([]);
  });
});
