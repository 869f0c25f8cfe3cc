import { describe, expect, it } from 'vitest';
import { credentialsHeaderFor, getChallenges, getCredentials, parseAuthHeader } from './AuthHeader.js';

describe('parseAuthHeader', () => {
  it('reads the scheme and the parameters, quoted or not, across commas inside quotes', () => {
    expect(
      parseAuthHeader(
        'Digest realm="atlanta.example.com", domain="sip:a.example, sip:b.example",qop="auth,auth-int", nonce=abc123 ,algorithm=MD5, stale=FALSE',
      ),
    ).toEqual({
      ok: true,
      value: {
        scheme: 'Digest',
        params: [
          { name: 'realm', value: 'atlanta.example.com' },
          { name: 'domain', value: 'sip:a.example, sip:b.example' },
          { name: 'qop', value: 'auth,auth-int' },
          { name: 'nonce', value: 'abc123' },
          { name: 'algorithm', value: 'MD5' },
          { name: 'stale', value: 'FALSE' },
        ],
      },
    });
  });

  it('reads a scheme without parameters', () => {
    expect(parseAuthHeader('NTLM')).toEqual({ ok: true, value: { scheme: 'NTLM', params: [] } });
  });

  it.each([
    ['', 'no scheme'],
    ['Digest realm', 'expected name=value'],
    ['Digest realm="open', 'parameter without a valid value'],
    ['Digest realm="a", realm="b"', 'parameter given twice'],
    ['Digest realm="a" nonce="b"', 'unexpected characters after the parameters'],
    ['Digest, realm="a"', 'no space after the scheme'],
  ])('refuses %j', (text, reason) => {
    expect(parseAuthHeader(text)).toEqual({ ok: false, error: reason });
  });

  it('reads every challenge and all credentials of a message', () => {
    const message = {
      headers: [
        { name: 'WWW-Authenticate', value: 'Digest realm="r", nonce="1", algorithm=SHA-256' },
        { name: 'WWW-Authenticate', value: 'Digest realm="r", nonce="1", algorithm=MD5' },
        { name: 'Proxy-Authorization', value: 'Digest username="u", realm="r"' },
      ],
    };
    const challenges = getChallenges(message, 'WWW-Authenticate');
    expect(challenges.ok && challenges.value.length).toBe(2);
    expect(getChallenges(message, 'Proxy-Authenticate')).toEqual({ ok: true, value: [] });
    expect(getCredentials(message, 'Proxy-Authorization')).toMatchObject({ ok: true, value: [{ scheme: 'Digest' }] });
    expect(getCredentials({ headers: [{ name: 'Authorization', value: 'Digest x' }] }, 'Authorization')).toEqual({
      ok: false,
      error: { kind: 'invalidHeader', header: 'Authorization', reason: 'expected name=value' },
    });
  });

  it('answers WWW-Authenticate with Authorization and Proxy-Authenticate with Proxy-Authorization', () => {
    expect(credentialsHeaderFor('WWW-Authenticate')).toBe('Authorization');
    expect(credentialsHeaderFor('Proxy-Authenticate')).toBe('Proxy-Authorization');
  });
});
