import { describe, expect, it } from 'vitest';
import { PhoneSourceFilter } from './PhoneSourceFilter.js';

const SDP = { address: '192.0.2.10', port: 4000 };

describe('PhoneSourceFilter', () => {
  it('takes RTP from the SDP address and sends there', () => {
    const filter = new PhoneSourceFilter('sdp');
    filter.expect(SDP);
    expect(filter.accept('192.0.2.10', 4000, 1, 1)).toBe(true);
    expect(filter.target).toEqual(SDP);
  });

  it('in sdp mode never takes another source, however long it sends', () => {
    const filter = new PhoneSourceFilter('sdp');
    filter.expect(SDP);
    for (let seq = 0; seq < 10; seq++) expect(filter.accept('198.51.100.7', 5000, 9, seq)).toBe(false);
    expect(filter.target).toEqual(SDP);
  });

  it('latches to a NAT-ed source after three packets in sequence under one SSRC, and from then on only to it', () => {
    const filter = new PhoneSourceFilter('first-source');
    filter.expect(SDP);
    expect(filter.accept('198.51.100.7', 5000, 9, 10)).toBe(false);
    expect(filter.accept('198.51.100.7', 5000, 9, 11)).toBe(false);
    expect(filter.accept('198.51.100.7', 5000, 9, 12)).toBe(true);
    expect(filter.target).toEqual({ address: '198.51.100.7', port: 5000 });
    expect(filter.isLatched).toBe(true);
    expect(filter.accept('192.0.2.10', 4000, 1, 1)).toBe(false);
    expect(filter.accept('203.0.113.5', 6000, 3, 1)).toBe(false);
  });

  it('does not latch once the SDP address has sent (no hijacking of a working call)', () => {
    const filter = new PhoneSourceFilter('first-source');
    filter.expect(SDP);
    filter.accept('192.0.2.10', 4000, 1, 1);
    for (let seq = 0; seq < 10; seq++) expect(filter.accept('203.0.113.5', 6000, 3, seq)).toBe(false);
    expect(filter.target).toEqual(SDP);
  });

  it('does not latch to sources that interleave or break the sequence', () => {
    const filter = new PhoneSourceFilter('first-source');
    filter.expect(SDP);
    filter.accept('198.51.100.7', 5000, 9, 10);
    filter.accept('203.0.113.5', 6000, 3, 1);
    filter.accept('198.51.100.7', 5000, 9, 11);
    filter.accept('198.51.100.7', 5000, 9, 13);
    expect(filter.isLatched).toBe(false);
  });

  it('a re-INVITE with a new address ends the latch; the same address keeps it', () => {
    const filter = new PhoneSourceFilter('first-source');
    filter.expect(SDP);
    for (let seq = 0; seq < 3; seq++) filter.accept('198.51.100.7', 5000, 9, seq);
    filter.expect({ ...SDP });
    expect(filter.isLatched).toBe(true);
    filter.expect({ address: '192.0.2.11', port: 4002 });
    expect(filter.target).toEqual({ address: '192.0.2.11', port: 4002 });
  });

  it('has no target while the SDP names none (old-style hold)', () => {
    const filter = new PhoneSourceFilter('sdp');
    filter.expect(null);
    expect(filter.target).toBeNull();
    expect(filter.accept('192.0.2.10', 4000, 1, 1)).toBe(false);
  });
});
