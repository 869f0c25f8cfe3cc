import { describe, expect, it } from 'vitest';
import { hostIpv4 } from './hostIpv4.js';

describe('hostIpv4', () => {
  const addr = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({ address, family, internal });

  it('picks the first non-internal IPv4', () => {
    expect(
      hostIpv4({
        lo: [addr('127.0.0.1', 'IPv4', true)],
        eth0: [addr('fe80::1', 'IPv6', false), addr('192.0.2.2', 'IPv4', false)],
        eth1: [addr('198.51.100.7', 'IPv4', false)],
      }),
    ).toBe('192.0.2.2');
  });

  it('is null on a host with only loopback and IPv6', () => {
    expect(hostIpv4({ lo: [addr('127.0.0.1', 'IPv4', true)], eth0: [addr('2001:db8::1', 'IPv6', false)] })).toBeNull();
  });
});
