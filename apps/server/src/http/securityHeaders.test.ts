import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './securityHeaders.js';

const connectSrc = (policy: string) => policy.split('; ').find((part) => part.startsWith('connect-src'));

describe('contentSecurityPolicy', () => {
  it('letsThePageConnectOnlyToItsOwnOriginWithoutAPublicUrl', () => {
    expect(connectSrc(contentSecurityPolicy(undefined))).toBe("connect-src 'self'");
  });

  it('namesTheWebSocketOriginOfThePublicUrl', () => {
    expect(connectSrc(contentSecurityPolicy('https://plenum.example.org'))).toBe(
      "connect-src 'self' wss://plenum.example.org",
    );
    expect(connectSrc(contentSecurityPolicy('http://plenum.test:8080'))).toBe(
      "connect-src 'self' ws://plenum.test:8080",
    );
  });

  it('allowsNoWebSocketToAnyOtherHost', () => {
    for (const policy of [contentSecurityPolicy(undefined), contentSecurityPolicy('https://plenum.example.org')]) {
      expect(policy).not.toMatch(/ wss?:(;|\s|$)/);
    }
  });
});
