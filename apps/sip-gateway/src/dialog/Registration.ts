import { randomBytes, randomInt } from 'node:crypto';
import { type ChallengeHeaderName, credentialsHeaderFor, getChallenges } from '../sip/AuthHeader.js';
import { contactExpires, getContacts } from '../sip/Contact.js';
import { getExpires } from '../sip/deltaSeconds.js';
import {
  answerDigestChallenge,
  chooseDigestChallenge,
  type DigestChallenge,
  formatDigestCredentials,
  newCnonce,
} from '../sip/digest.js';
import { headerValue } from '../sip/SipHeaders.js';
import type { SipHeader, SipRequest, SipResponse } from '../sip/SipMessage.js';
import { parseSipUri } from '../sip/SipUri.js';
import type { Clock, TimerHandle } from '../transport/Clock.js';
import type { SipPeer } from '../transport/IncomingSipRequest.js';
import type { ClientOutcome } from '../transport/NonInviteClientTransaction.js';

/** Registration to a trunk or PBX (RFC 3261 §10.2). */
export interface RegistrationOptions {
  /** The registrar's URI, e.g. `sip:192.0.2.1` or `sip:pbx.example.org:5080;transport=tcp`. */
  readonly registrar: string;
  readonly user: string;
  readonly password: string;
  /** The domain of our address of record `sip:user@domain`; default the registrar's host. */
  readonly domain?: string;
  /** The binding lifetime we ask for, in seconds; default 3600. */
  readonly expires?: number;
  /** Waiting after a failure: starts here and doubles up to `retryMaxMs`. Defaults 5 s and 300 s. */
  readonly retryFirstMs?: number;
  readonly retryMaxMs?: number;
}

export type RegistrationState = 'registering' | 'registered' | 'failed' | 'unregistering' | 'unregistered';

/** For /health and logs; carries no credentials. */
export interface RegistrationStatus {
  readonly state: RegistrationState;
  /** The lifetime the registrar granted, in seconds, while registered. */
  readonly expires: number | null;
  /** The status of the last final response; null after a timeout or a transport error, or before any. */
  readonly lastStatus: number | null;
  /** Failed attempts in a row; a success resets it. */
  readonly failures: number;
}

export interface RegistrationEnvironment {
  readonly clock: Clock;
  /** The registrar's address, resolved. */
  readonly target: SipPeer;
  /** Our Contact URI (where calls for the address of record should go). */
  readonly contact: string;
  /** User-Agent, Allow, Supported. */
  readonly headers: readonly SipHeader[];
  send(request: SipRequest): { readonly outcome: Promise<ClientOutcome> };
  readonly onStatus: (status: RegistrationStatus) => void;
  readonly log: (event: string) => void;
}

/**
 * Keeps one binding at a registrar: REGISTER with digest authentication (a 401/407 is answered once per nonce; a
 * stale nonce again), 423 answered with the registrar's Min-Expires, re-registration at half the granted lifetime,
 * back-off after failures (doubling, with ±10 % jitter so that many gateways do not return in step), and
 * `Expires: 0` on stop. Call-ID and From tag stay the same for all REGISTERs, and CSeq grows (§10.2.4).
 */
export class Registration {
  private readonly callId = `${randomBytes(12).toString('hex')}@plenum`;
  private readonly fromTag = randomBytes(6).toString('hex');
  private seq = randomInt(1, 2 ** 31);
  private readonly aor: string;
  private readonly requestUri: string;
  private current: RegistrationStatus = { state: 'registering', expires: null, lastStatus: null, failures: 0 };
  private timer: TimerHandle | undefined;
  private stopped = false;

  constructor(
    private readonly options: RegistrationOptions,
    private readonly env: RegistrationEnvironment,
  ) {
    const registrar = parseSipUri(options.registrar);
    if (!registrar.ok) throw new Error(`registrar is not a SIP URI: ${registrar.error}`);
    const domain = options.domain ?? registrar.value.host;
    this.aor = `sip:${options.user}@${domain}`;
    const port = registrar.value.port === undefined ? '' : `:${registrar.value.port}`;
    this.requestUri = `${registrar.value.scheme}:${registrar.value.host}${port}`;
  }

  get status(): RegistrationStatus {
    return this.current;
  }

  start(): void {
    this.attempt(this.options.expires ?? 3600);
  }

  /** Removes the binding (Expires: 0) and settles when the registrar answered or gave up; never rejects. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.timer?.cancel();
    if (this.current.state !== 'registered') return;
    this.setStatus({ ...this.current, state: 'unregistering' });
    await this.exchange(0);
  }

  private attempt(expires: number): void {
    if (this.stopped) return;
    void this.exchange(expires);
  }

  /** One REGISTER with its challenges and 423s; the outcome updates the status and schedules the next one. */
  private async exchange(expires: number): Promise<void> {
    let asked = expires;
    let challenge: { readonly header: ChallengeHeaderName; readonly value: DigestChallenge } | undefined;
    let answeredNonce: string | undefined;
    for (let round = 0; round < 4; round++) {
      const outcome = await this.env.send(this.request(asked, challenge)).outcome;
      if (outcome.kind !== 'response') return this.failed(null, outcome.kind);
      const response = outcome.response;
      if (response.status === 401 || response.status === 407) {
        const header = response.status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate';
        const challenges = getChallenges(response, header);
        const chosen = challenges.ok ? chooseDigestChallenge(challenges.value) : undefined;
        if (!chosen?.ok) return this.failed(response.status, 'unusable challenge');
        // A second challenge for the nonce we answered means the password is wrong, unless it says stale.
        if (chosen.value.nonce === answeredNonce && !chosen.value.stale) return this.failed(response.status, 'refused');
        challenge = { header, value: chosen.value };
        answeredNonce = chosen.value.nonce;
        continue;
      }
      if (response.status === 423) {
        const minimum = Number(headerValue(response, 'Min-Expires') ?? Number.NaN);
        if (!(minimum > asked)) return this.failed(423, 'interval too brief');
        asked = minimum;
        continue;
      }
      if (response.status >= 200 && response.status < 300) return this.succeeded(response, asked);
      return this.failed(response.status, 'refused');
    }
    return this.failed(null, 'too many rounds');
  }

  private request(
    expires: number,
    challenge: { readonly header: ChallengeHeaderName; readonly value: DigestChallenge } | undefined,
  ): SipRequest {
    this.seq += 1;
    const headers: SipHeader[] = [
      { name: 'Max-Forwards', value: '70' },
      { name: 'From', value: `<${this.aor}>;tag=${this.fromTag}` },
      { name: 'To', value: `<${this.aor}>` },
      { name: 'Call-ID', value: this.callId },
      { name: 'CSeq', value: `${this.seq} REGISTER` },
      { name: 'Contact', value: `<${this.env.contact}>` },
      { name: 'Expires', value: `${expires}` },
      ...this.env.headers,
    ];
    if (challenge !== undefined) {
      const credentials = answerDigestChallenge(challenge.value, {
        username: this.options.user,
        password: this.options.password,
        method: 'REGISTER',
        uri: this.requestUri,
        cnonce: newCnonce(),
        nonceCount: 1,
      });
      headers.push({ name: credentialsHeaderFor(challenge.header), value: formatDigestCredentials(credentials) });
    }
    return { kind: 'request', method: 'REGISTER', uri: this.requestUri, headers, body: new Uint8Array() };
  }

  private succeeded(response: SipResponse, asked: number): void {
    if (asked === 0) {
      this.setStatus({ state: 'unregistered', expires: null, lastStatus: response.status, failures: 0 });
      return;
    }
    const granted = this.grantedExpires(response) ?? asked;
    if (this.stopped) {
      // stop() came while this REGISTER was on its way: take the binding back at once.
      void this.exchange(0);
      return;
    }
    if (granted === 0) {
      this.failed(response.status, 'binding not kept');
      return;
    }
    this.setStatus({ state: 'registered', expires: granted, lastStatus: response.status, failures: 0 });
    this.schedule(Math.max(1000, (granted * 1000) / 2), () => this.attempt(this.options.expires ?? 3600));
  }

  /** Our binding's expires parameter in the 200 (it lists all bindings), else the Expires header. */
  private grantedExpires(response: SipResponse): number | undefined {
    const contacts = getContacts(response);
    if (contacts.ok && contacts.value.kind === 'list') {
      const ours = contacts.value.contacts.find((contact) => sameUri(contact.uri, this.env.contact));
      const value = ours === undefined ? undefined : contactExpires(ours);
      if (value !== undefined) return value;
    }
    const expires = getExpires(response);
    return expires.ok ? expires.value : undefined;
  }

  private failed(status: number | null, why: string): void {
    const failures = this.current.failures + 1;
    const state = this.current.state === 'unregistering' || this.stopped ? 'unregistered' : 'failed';
    this.setStatus({ state, expires: null, lastStatus: status, failures });
    this.env.log(`registration failed (${status ?? why})`);
    if (this.stopped) return;
    const first = this.options.retryFirstMs ?? 5000;
    const delay = Math.min(first * 2 ** Math.min(failures - 1, 16), this.options.retryMaxMs ?? 300_000);
    this.schedule(delay * (0.9 + Math.random() * 0.2), () => this.attempt(this.options.expires ?? 3600));
  }

  private schedule(delayMs: number, action: () => void): void {
    this.timer?.cancel();
    if (this.stopped) return;
    this.timer = this.env.clock.setTimer(delayMs, action);
  }

  private setStatus(status: RegistrationStatus): void {
    this.current = status;
    try {
      this.env.onStatus(status);
    } catch (error) {
      this.env.log(`registration status listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Contact URIs compare by user, host and port (RFC 3261 §19.1.4, without the parameter rules). */
function sameUri(a: string, b: string): boolean {
  const left = parseSipUri(a);
  const right = parseSipUri(b);
  if (!left.ok || !right.ok) return a === b;
  return (
    left.value.user === right.value.user &&
    left.value.host.toLowerCase() === right.value.host.toLowerCase() &&
    (left.value.port ?? 5060) === (right.value.port ?? 5060)
  );
}
