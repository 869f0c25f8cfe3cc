import { describe, expect, it } from 'vitest';
import { mayReadMetrics } from './metricsAccess.js';

const token = 'a-long-enough-metrics-token-0123456789';

describe('mayReadMetrics', () => {
  it('withoutATokenOnlyDirectLoopbackRequestsMayRead', () => {
    for (const peer of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1'])
      expect(mayReadMetrics({ peer, headers: {} }, undefined)).toBe(true);
    for (const peer of ['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.5', '2001:db8::1', undefined])
      expect(mayReadMetrics({ peer, headers: {} }, undefined)).toBe(false);
  });

  it('aRequestAProxyPassedOnIsRefusedEvenFromLoopback', () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip'])
      expect(mayReadMetrics({ peer: '127.0.0.1', headers: { [header]: '203.0.113.7' } }, undefined)).toBe(false);
  });

  it('withATokenExactlyTheBearerOfItMayReadFromAnywhere', () => {
    expect(mayReadMetrics({ peer: '10.0.0.5', headers: { authorization: `Bearer ${token}` } }, token)).toBe(true);
    expect(mayReadMetrics({ peer: '10.0.0.5', headers: { authorization: `Bearer ${token}x` } }, token)).toBe(false);
    expect(mayReadMetrics({ peer: '10.0.0.5', headers: { authorization: token } }, token)).toBe(false);
    // Loopback alone is not enough once a token is set.
    expect(mayReadMetrics({ peer: '127.0.0.1', headers: {} }, token)).toBe(false);
  });
});
