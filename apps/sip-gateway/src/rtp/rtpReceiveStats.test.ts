import { describe, expect, it } from 'vitest';
import { BARESIP_DTMF_CAPTURE } from './fixtures/baresipDtmfCapture.js';
import { parseRtpPacket } from './rtpPacket.js';
import { RtpReceiveStats } from './rtpReceiveStats.js';

/** Feeds packets every 20 ms with 160-sample steps; `seqs` chooses which sequence numbers arrive, in order. */
function feed(stats: RtpReceiveStats, seqs: readonly number[], jitterMs: (i: number) => number = () => 0) {
  return seqs.map((seq, i) => stats.receive(seq & 0xffff, (seq * 160) >>> 0, seq * 20 + jitterMs(i)));
}

describe('RtpReceiveStats sequence tracking (RFC 3550 A.1, A.3)', () => {
  it('keeps a new source on probation for two packets, then counts from there', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    expect(feed(stats, [100, 101, 102])).toEqual(['probation', 'accepted', 'accepted']);
    expect(stats.totals()).toMatchObject({ received: 2, expected: 2, lost: 0 });
  });

  it('counts from the first packet without probation', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    feed(stats, [5, 6]);
    expect(stats.totals()).toMatchObject({ received: 2, expected: 2 });
  });

  it('counts gaps as loss', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    const seqs = Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 10 !== 5);
    feed(stats, seqs);
    expect(stats.totals()).toMatchObject({ received: 90, expected: 100, lost: 10 });
  });

  it('follows the sequence number across its wrap', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    feed(
      stats,
      Array.from({ length: 20 }, (_, i) => 65530 + i),
    );
    expect(stats.totals()).toMatchObject({ received: 20, expected: 20, lost: 0, extendedHighestSequence: 65536 + 13 });
  });

  it('counts late and duplicate packets as received, so loss can go negative', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    expect(feed(stats, [1, 2, 4, 3, 4])).toEqual(['accepted', 'accepted', 'accepted', 'late', 'late']);
    expect(stats.totals()).toMatchObject({ received: 5, expected: 4, lost: -1 });
  });

  it('treats a huge jump as a restart only when the next packet follows it', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    expect(feed(stats, [1, 2, 30000, 3, 40000, 40001, 40002])).toEqual([
      'accepted',
      'accepted',
      'jump',
      'accepted',
      'jump',
      'restarted',
      'accepted',
    ]);
    expect(stats.totals()).toMatchObject({ received: 2, expected: 2 });
  });

  it('reports the fraction lost per interval', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    feed(stats, [0, 1, 2, 3]);
    expect(stats.intervalReport().fractionLost).toBe(0);
    feed(stats, [5, 7, 8]);
    expect(stats.intervalReport().fractionLost).toBeCloseTo(2 / 5);
    expect(stats.totals().fractionLost).toBeCloseTo(2 / 5);
  });
});

describe('RtpReceiveStats jitter (RFC 3550 A.8)', () => {
  it('is zero for packets exactly on time', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    feed(
      stats,
      Array.from({ length: 50 }, (_, i) => i),
    );
    expect(stats.totals().jitter).toBe(0);
  });

  it('follows J += (|D| − J) / 16', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    // Packet 2 arrives 10 ms (80 samples) late; packet 3 is on time again.
    feed(stats, [0, 1, 2, 3], (i) => (i === 2 ? 10 : 0));
    const afterLate = 80 / 16;
    const afterBack = afterLate + (80 - afterLate) / 16;
    expect(stats.totals().jitter).toBeCloseTo(afterBack);
    expect(stats.totals().jitterMs).toBeCloseTo((afterBack / 8000) * 1000);
    expect(stats.totals().maxTransitDeltaMs).toBeCloseTo(10);
  });

  it('settles near the mean transit difference under steady alternating delay', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    feed(
      stats,
      Array.from({ length: 500 }, (_, i) => i),
      (i) => (i % 2) * 4,
    );
    expect(stats.totals().jitterMs).toBeCloseTo(4, 1);
  });

  it('is not disturbed by a timestamp wrap', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    const start = 0xffffffff - 480;
    for (let i = 0; i < 10; i++) stats.receive(i, (start + i * 160) >>> 0, i * 20);
    expect(stats.totals().jitter).toBe(0);
  });

  it('leaves packets without a usable timestamp out of the jitter', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000, probation: 0 });
    stats.receive(0, 0, 0);
    stats.receive(1, null, 7);
    stats.receive(2, 160, 20);
    expect(stats.totals()).toMatchObject({ received: 3, jitter: 0 });
  });

  it('measures baresip’s real stream: no loss, a few ms of jitter on loopback', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    for (const [micros, text] of BARESIP_DTMF_CAPTURE) {
      const packet = parseRtpPacket(Uint8Array.from(Buffer.from(text, 'hex')));
      if (!packet.ok) throw new Error(packet.error);
      const audio = packet.value.payloadType === 8;
      stats.receive(packet.value.sequenceNumber, audio ? packet.value.timestamp : null, micros / 1000);
    }
    const report = stats.totals();
    expect(report.lost).toBe(0);
    expect(report.received).toBe(BARESIP_DTMF_CAPTURE.length - 1);
    expect(report.jitterMs).toBeGreaterThan(0);
    expect(report.jitterMs).toBeLessThan(20);
  });
});
