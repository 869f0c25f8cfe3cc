import { describe, expect, it } from 'vitest';
import { parsePeerAllowList } from './PeerFilter.js';

function filter(entries: string[]) {
  const result = parsePeerAllowList(entries);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parsePeerAllowList', () => {
  it('allows exact addresses and CIDR ranges, and nothing else', () => {
    const peers = filter(['192.0.2.10', '198.51.100.0/24', '2001:db8::/32']);
    expect(peers.allows('192.0.2.10')).toBe(true);
    expect(peers.allows('192.0.2.11')).toBe(false);
    expect(peers.allows('198.51.100.77')).toBe(true);
    expect(peers.allows('198.51.101.1')).toBe(false);
    expect(peers.allows('2001:db8:1::5')).toBe(true);
    expect(peers.allows('2001:db9::5')).toBe(false);
  });

  it('compares IPv4-mapped IPv6 addresses as IPv4, and refuses what is not an address', () => {
    const peers = filter(['127.0.0.1']);
    expect(peers.allows('::ffff:127.0.0.1')).toBe(true);
    expect(peers.allows('localhost')).toBe(false);
    expect(peers.allows('')).toBe(false);
  });

  it('an empty list allows nobody', () => {
    expect(filter([]).allows('127.0.0.1')).toBe(false);
  });

  it('names entries that are not addresses or ranges', () => {
    expect(parsePeerAllowList(['pbx.example.org'])).toEqual({
      ok: false,
      error: 'not an IP address or CIDR range: pbx.example.org',
    });
    expect(parsePeerAllowList(['10.0.0.0/33']).ok).toBe(false);
    expect(parsePeerAllowList(['10.0.0.0/x']).ok).toBe(false);
    expect(parsePeerAllowList(['10.0.0.0/8/1']).ok).toBe(false);
    expect(parsePeerAllowList(['2001:db8::/128']).ok).toBe(true);
  });
});
