import { randomBytes } from 'node:crypto';

/** What the server remembers between sending the browser to the provider and the callback. */
export interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  readonly returnTo: string;
}

/**
 * Logins in progress, kept server-side and keyed by a random id that only the browser's short-lived, HttpOnly login
 * cookie carries; the URL carries only `state` and the PKCE challenge, as the protocol requires. A callback is
 * accepted once, from the browser that started the login, within `ttlMs`. Bounded: the oldest entry is dropped when
 * `max` is reached, so anonymous login starts cannot exhaust memory. In memory, so it belongs to one server node
 * (the scale-out issue moves it to Redis).
 */
export class LoginFlows {
  readonly #flows = new Map<string, { login: PendingLogin; expiresAt: number }>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers a login; returns the id for the login cookie. */
  start(login: PendingLogin): string {
    const now = this.now();
    for (const [id, flow] of this.#flows) {
      if (flow.expiresAt > now && this.#flows.size < this.max) break;
      this.#flows.delete(id);
    }
    const id = randomBytes(32).toString('base64url');
    this.#flows.set(id, { login, expiresAt: now + this.ttlMs });
    return id;
  }

  /** The login for this cookie id, removed (single use); undefined when unknown or expired. */
  take(id: string | undefined): PendingLogin | undefined {
    if (id === undefined) return undefined;
    const flow = this.#flows.get(id);
    this.#flows.delete(id);
    if (!flow || flow.expiresAt <= this.now()) return undefined;
    return flow.login;
  }
}
