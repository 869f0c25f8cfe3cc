import { createHash, randomBytes } from 'node:crypto';
import { type AuthHeader, formatAuthHeader } from './AuthHeader.js';
import { type HeaderParam, paramValue } from './HeaderParams.js';
import { fail, ok, type ParseResult } from './ParseResult.js';

/** HTTP Digest as SIP uses it (RFC 3261 §22.4) with the algorithms of RFC 2617 and RFC 7616, for a UAC. */

const hashes = {
  md5: 'md5',
  'sha-256': 'sha256',
  'sha-512-256': 'sha512-256',
} as const;

type BaseAlgorithm = keyof typeof hashes;

export interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque: string | undefined;
  /** The nonce was stale: answer again with the same password (RFC 7616 §3.3). */
  readonly stale: boolean;
  /** As the server wrote it, e.g. `MD5`, `SHA-256`, `MD5-sess`; MD5 when absent. */
  readonly algorithm: string;
  /** Quality-of-protection options offered, lower case; empty for an RFC 2069 challenge. */
  readonly qop: readonly string[];
  readonly userhash: boolean;
}

export type DigestError =
  | { readonly kind: 'notDigest'; readonly scheme: string }
  | { readonly kind: 'missingParameter'; readonly name: 'realm' | 'nonce' }
  | { readonly kind: 'unsupportedAlgorithm' }
  | { readonly kind: 'unsupportedQop' };

export function readDigestChallenge(header: AuthHeader): ParseResult<DigestChallenge, DigestError> {
  if (header.scheme.toLowerCase() !== 'digest') return fail({ kind: 'notDigest', scheme: header.scheme });
  const realm = paramValue(header.params, 'realm');
  if (realm === undefined) return fail({ kind: 'missingParameter', name: 'realm' });
  const nonce = paramValue(header.params, 'nonce');
  if (nonce === undefined) return fail({ kind: 'missingParameter', name: 'nonce' });
  const algorithm = paramValue(header.params, 'algorithm') ?? 'MD5';
  if (splitAlgorithm(algorithm) === undefined) return fail({ kind: 'unsupportedAlgorithm' });
  const qop = (paramValue(header.params, 'qop') ?? '')
    .split(',')
    .map((option) => option.trim().toLowerCase())
    .filter((option) => option !== '');
  if (qop.length > 0 && !qop.includes('auth') && !qop.includes('auth-int')) return fail({ kind: 'unsupportedQop' });
  return ok({
    realm,
    nonce,
    opaque: paramValue(header.params, 'opaque'),
    stale: paramValue(header.params, 'stale')?.toLowerCase() === 'true',
    algorithm,
    qop,
    userhash: paramValue(header.params, 'userhash')?.toLowerCase() === 'true',
  });
}

/**
 * The first Digest challenge this client can answer. Servers list their challenges in order of preference (e.g.
 * SHA-256 before MD5, RFC 7616 §3.7), so the first usable one is taken.
 */
export function chooseDigestChallenge(headers: readonly AuthHeader[]): ParseResult<DigestChallenge, DigestError> {
  let firstError: DigestError = { kind: 'notDigest', scheme: '' };
  for (const [index, header] of headers.entries()) {
    const challenge = readDigestChallenge(header);
    if (challenge.ok) return challenge;
    if (index === 0) firstError = challenge.error;
  }
  return fail(firstError);
}

function splitAlgorithm(algorithm: string): { base: BaseAlgorithm; session: boolean } | undefined {
  const lower = algorithm.toLowerCase();
  const session = lower.endsWith('-sess');
  const base = session ? lower.slice(0, -'-sess'.length) : lower;
  return isBaseAlgorithm(base) ? { base, session } : undefined;
}

function isBaseAlgorithm(name: string): name is BaseAlgorithm {
  return Object.hasOwn(hashes, name);
}

export interface DigestAnswerInput {
  readonly username: string;
  readonly password: string;
  readonly method: string;
  /** The Request-URI of the request being authorized (RFC 3261 §22.4: digest-uri). */
  readonly uri: string;
  /** A fresh client nonce (`newCnonce()`), used when the challenge offers qop or a -sess algorithm. */
  readonly cnonce: string;
  /** How many times this nonce has been used, starting at 1. */
  readonly nonceCount: number;
  /** The request body, for qop=auth-int. */
  readonly body?: Uint8Array;
}

/** The credentials answering `challenge`: pass to `formatDigestCredentials` for the header value. */
export function answerDigestChallenge(challenge: DigestChallenge, input: DigestAnswerInput): AuthHeader {
  const algorithm = splitAlgorithm(challenge.algorithm) ?? { base: 'md5', session: false };
  const hash = (text: string | Uint8Array): string => createHash(hashes[algorithm.base]).update(text).digest('hex');
  const qop = challenge.qop.includes('auth') ? 'auth' : challenge.qop.includes('auth-int') ? 'auth-int' : undefined;
  const nc = input.nonceCount.toString(16).padStart(8, '0');
  const secret = hash(`${input.username}:${challenge.realm}:${input.password}`);
  const ha1 = algorithm.session ? hash(`${secret}:${challenge.nonce}:${input.cnonce}`) : secret;
  const bodyHash = qop === 'auth-int' ? `:${hash(input.body ?? new Uint8Array())}` : '';
  const ha2 = hash(`${input.method}:${input.uri}${bodyHash}`);
  const response =
    qop === undefined
      ? hash(`${ha1}:${challenge.nonce}:${ha2}`)
      : hash(`${ha1}:${challenge.nonce}:${nc}:${input.cnonce}:${qop}:${ha2}`);
  const username = challenge.userhash ? hash(`${input.username}:${challenge.realm}`) : input.username;
  const params: HeaderParam[] = [
    { name: 'username', value: username },
    { name: 'realm', value: challenge.realm },
    { name: 'nonce', value: challenge.nonce },
    { name: 'uri', value: input.uri },
    { name: 'response', value: response },
    { name: 'algorithm', value: challenge.algorithm },
  ];
  if (qop !== undefined || algorithm.session) params.push({ name: 'cnonce', value: input.cnonce });
  if (challenge.opaque !== undefined) params.push({ name: 'opaque', value: challenge.opaque });
  if (qop !== undefined) params.push({ name: 'qop', value: qop }, { name: 'nc', value: nc });
  if (challenge.userhash) params.push({ name: 'userhash', value: 'true' });
  return { scheme: 'Digest', params };
}

export function formatDigestCredentials(credentials: AuthHeader): string {
  return formatAuthHeader(credentials, ['algorithm', 'qop', 'nc', 'userhash']);
}

/** 16 random bytes, hex: a client nonce. */
export function newCnonce(): string {
  return randomBytes(16).toString('hex');
}
