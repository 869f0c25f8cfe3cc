import { describe, expect, it } from 'vitest';
import { type AuthHeader, parseAuthHeader } from './AuthHeader.js';
import {
  answerDigestChallenge,
  chooseDigestChallenge,
  type DigestChallenge,
  formatDigestCredentials,
  newCnonce,
  readDigestChallenge,
} from './digest.js';
import { paramValue } from './HeaderParams.js';

function header(text: string): AuthHeader {
  const parsed = parseAuthHeader(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function challenge(text: string): DigestChallenge {
  const read = readDigestChallenge(header(text));
  if (!read.ok) throw new Error(read.error.kind);
  return read.value;
}

const response = (credentials: AuthHeader) => paramValue(credentials.params, 'response');

/*
 * Expected responses were computed independently (Python hashlib) from the example parameters of the RFCs; they agree
 * with the values printed in RFC 2617 §3.5 and RFC 7616 §3.9.1, and for §3.9.2 with the value as corrected in the
 * RFC's errata.
 */
describe('digest responses from the RFC examples', () => {
  it('RFC 2617 §3.5: MD5 with qop=auth', () => {
    const credentials = answerDigestChallenge(
      challenge(
        'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
      ),
      {
        username: 'Mufasa',
        password: 'Circle Of Life',
        method: 'GET',
        uri: '/dir/index.html',
        cnonce: '0a4f113b',
        nonceCount: 1,
      },
    );
    expect(response(credentials)).toBe('6629fae49393a05397450978507c4ef1');
    expect(formatDigestCredentials(credentials)).toBe(
      'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", ' +
        'uri="/dir/index.html", response="6629fae49393a05397450978507c4ef1", algorithm=MD5, cnonce="0a4f113b", ' +
        'opaque="5ccc069c403ebaf9f0171e9517f40e41", qop=auth, nc=00000001',
    );
  });

  const rfc7616 = (algorithm: string) =>
    `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, ` +
    'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
  const mufasa = {
    username: 'Mufasa',
    password: 'Circle of Life',
    method: 'GET',
    uri: '/dir/index.html',
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    nonceCount: 1,
  };

  it('RFC 7616 §3.9.1: MD5', () => {
    expect(response(answerDigestChallenge(challenge(rfc7616('MD5')), mufasa))).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });

  it('RFC 7616 §3.9.1: SHA-256', () => {
    expect(response(answerDigestChallenge(challenge(rfc7616('SHA-256')), mufasa))).toBe(
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    );
  });

  it('RFC 7616 §3.9.2: SHA-512-256 with a hashed, non-ASCII username', () => {
    const credentials = answerDigestChallenge(
      challenge(
        'Digest realm="api@example.org", qop="auth", algorithm=SHA-512-256, nonce="5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK", ' +
          'opaque="HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS", charset=UTF-8, userhash=true',
      ),
      {
        username: 'Jäsøn Doe',
        password: 'Secret, or not?',
        method: 'GET',
        uri: '/doe.json',
        cnonce: 'NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v',
        nonceCount: 1,
      },
    );
    expect(paramValue(credentials.params, 'username')).toBe(
      '793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b',
    );
    expect(response(credentials)).toBe('3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5');
    expect(paramValue(credentials.params, 'userhash')).toBe('true');
  });
});

describe('digest variants (expected values computed with Python hashlib)', () => {
  const rfc2617 = 'realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093"';
  const base = { username: 'Mufasa', password: 'Circle Of Life', cnonce: '0a4f113b' };

  it('answers an RFC 2069 challenge (no qop) without cnonce and nc', () => {
    const credentials = answerDigestChallenge(challenge(`Digest ${rfc2617}`), {
      ...base,
      method: 'GET',
      uri: '/dir/index.html',
      nonceCount: 1,
    });
    expect(response(credentials)).toBe('670fd8c2df070c60b045671b8b24ff02');
    expect(credentials.params.map((param) => param.name)).toEqual([
      'username',
      'realm',
      'nonce',
      'uri',
      'response',
      'algorithm',
    ]);
  });

  it('answers MD5-sess', () => {
    const credentials = answerDigestChallenge(challenge(`Digest ${rfc2617}, qop="auth", algorithm=MD5-sess`), {
      ...base,
      method: 'GET',
      uri: '/dir/index.html',
      nonceCount: 1,
    });
    expect(response(credentials)).toBe('8e3825c57e897f5a0dec6c2d4e5059d0');
  });

  it('answers qop=auth-int over the body when auth is not offered', () => {
    const credentials = answerDigestChallenge(challenge(`Digest ${rfc2617}, qop="auth-int"`), {
      ...base,
      method: 'INVITE',
      uri: 'sip:bob@example.com',
      nonceCount: 2,
      body: Buffer.from('v=0\r\n'),
    });
    expect(response(credentials)).toBe('4368bf0bb9870c7b0c7bcebe4e34bec7');
    expect(paramValue(credentials.params, 'nc')).toBe('00000002');
    expect(paramValue(credentials.params, 'qop')).toBe('auth-int');
  });
});

describe('reading challenges', () => {
  it('reads defaults: MD5, no qop, not stale', () => {
    expect(challenge('Digest realm="r", nonce="n"')).toEqual({
      realm: 'r',
      nonce: 'n',
      opaque: undefined,
      stale: false,
      algorithm: 'MD5',
      qop: [],
      userhash: false,
    });
    expect(challenge('digest realm="r", nonce="n", stale=TRUE, qop=auth')).toMatchObject({
      stale: true,
      qop: ['auth'],
    });
  });

  it.each([
    ['Basic realm="r"', 'notDigest'],
    ['Digest nonce="n"', 'missingParameter'],
    ['Digest realm="r"', 'missingParameter'],
    ['Digest realm="r", nonce="n", algorithm=SHA-1', 'unsupportedAlgorithm'],
    ['Digest realm="r", nonce="n", algorithm=AKAv1-MD5', 'unsupportedAlgorithm'],
    ['Digest realm="r", nonce="n", qop="auth-conf"', 'unsupportedQop'],
  ])('refuses %s', (text, kind) => {
    const read = readDigestChallenge(header(text));
    expect(!read.ok && read.error.kind).toBe(kind);
  });

  it('chooses the first challenge it can answer, in the server order', () => {
    const chosen = chooseDigestChallenge([
      header('Digest realm="r", nonce="1", algorithm=AKAv1-MD5'),
      header('Digest realm="r", nonce="2", algorithm=SHA-256'),
      header('Digest realm="r", nonce="3", algorithm=MD5'),
    ]);
    expect(chosen.ok && chosen.value.algorithm).toBe('SHA-256');
    expect(chooseDigestChallenge([header('Basic realm="x"')])).toEqual({
      ok: false,
      error: { kind: 'notDigest', scheme: 'Basic' },
    });
    expect(chooseDigestChallenge([])).toMatchObject({ ok: false, error: { kind: 'notDigest' } });
  });

  it('quotes values that need it when formatting', () => {
    const credentials = answerDigestChallenge(challenge('Digest realm="a \\"b\\"", nonce="n"'), {
      username: 'x"y',
      password: 'p',
      method: 'REGISTER',
      uri: 'sip:trunk.example',
      cnonce: 'c',
      nonceCount: 1,
    });
    expect(formatDigestCredentials(credentials)).toMatch(/^Digest username="x\\"y", realm="a \\"b\\"", /);
    expect(parseAuthHeader(formatDigestCredentials(credentials))).toMatchObject({ ok: true });
  });

  it('makes fresh client nonces', () => {
    expect(newCnonce()).toMatch(/^[0-9a-f]{32}$/);
    expect(newCnonce()).not.toBe(newCnonce());
  });
});
