import { describe, expect, it } from 'vitest';
import { parseRtpPacket } from '../rtp/rtpPacket.js';
import { OutgoingRtpStream } from './OutgoingRtpStream.js';

function header(stream: OutgoingRtpStream, pt: number, samples: number, now: number) {
  const buffer = new Uint8Array(12 + samples);
  stream.writeHeader(buffer, pt, samples, now);
  const parsed = parseRtpPacket(buffer);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('OutgoingRtpStream', () => {
  it('writes version 2, our SSRC, the given payload type, and a marker on the first packet only', () => {
    const stream = new OutgoingRtpStream({ ssrc: 0xdeadbeef, firstSequenceNumber: 7, firstTimestamp: 1000 });
    const first = header(stream, 8, 160, 0);
    const second = header(stream, 8, 160, 20);
    expect(first).toMatchObject({ ssrc: 0xdeadbeef, payloadType: 8, sequenceNumber: 7, timestamp: 1000, marker: true });
    expect(second).toMatchObject({ sequenceNumber: 8, timestamp: 1160, marker: false });
    expect(stream.packets).toBe(2);
  });

  it('advances by one packet for jittery arrival, so bursts do not distort timestamps', () => {
    const stream = new OutgoingRtpStream({ ssrc: 1, firstSequenceNumber: 0, firstTimestamp: 0 });
    const sent = [0, 45, 46, 47, 80].map((now) => header(stream, 0, 160, now));
    expect(sent.map((p) => p.timestamp)).toEqual([0, 160, 320, 480, 640]);
    expect(sent.map((p) => p.sequenceNumber)).toEqual([0, 1, 2, 3, 4]);
  });

  it('after a pause (hold) moves the timestamp on by the time passed and marks the packet; sequence stays continuous', () => {
    const stream = new OutgoingRtpStream({ ssrc: 1, firstSequenceNumber: 100, firstTimestamp: 0, resyncAfterMs: 250 });
    header(stream, 0, 160, 0);
    const resumed = header(stream, 0, 160, 10_000);
    expect(resumed).toMatchObject({ sequenceNumber: 101, timestamp: 80_000, marker: true });
  });

  it('wraps sequence numbers at 16 bits and timestamps at 32 bits', () => {
    const stream = new OutgoingRtpStream({ ssrc: 1, firstSequenceNumber: 0xffff, firstTimestamp: 0xffffff80 });
    header(stream, 0, 160, 0);
    expect(header(stream, 0, 160, 20)).toMatchObject({ sequenceNumber: 0, timestamp: 0x20 });
  });
});
