import { createHash, randomBytes } from 'node:crypto';
import type { SessionRepository } from '@plenum/db';
import type { Principal } from './Principal.js';

export interface SessionPolicy {
  /** A session ends after this long without use. */
  readonly idleMs: number;
  /** A session ends this long after login. */
  readonly absoluteMs: number;
}

/** Last-seen is written at most this often, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** The hash under which a session id is stored: a leaked table does not contain usable cookies. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('base64url');
}

/**
 * Login sessions: the browser holds a 256-bit random id, the database its hash. A session is valid until the
 * earlier of its absolute end and `idleMs` after it was last used; every use moves the idle end (sliding refresh).
 */
export class SessionService {
  constructor(
    private readonly repository: SessionRepository,
    readonly policy: SessionPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts a session; returns the id for the cookie (shown once, never stored). */
  async create(input: { userId: string; tenantId: string; providerSid: string | null }): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.repository.create({
      idHash: hashSessionId(id),
      ...input,
      expiresAt: new Date(this.now().getTime() + this.policy.absoluteMs),
    });
    return id;
  }

  /** The principal of a valid session id; an expired session is deleted and gives undefined. */
  async resolve(id: string): Promise<Principal | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const idHash = hashSessionId(id);
    const session = await this.repository.find(idHash);
    if (!session) return undefined;
    const now = this.now();
    const idleEnd = session.lastSeenAt.getTime() + this.policy.idleMs;
    if (session.expiresAt.getTime() <= now.getTime() || idleEnd <= now.getTime()) {
      await this.repository.delete(idHash);
      return undefined;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await this.repository.touch(idHash, now);
    return { kind: 'user', userId: session.userId, tenantId: session.tenantId, isAdmin: session.isAdmin };
  }

  async end(id: string): Promise<void> {
    await this.repository.delete(hashSessionId(id));
  }

  /** Back-channel logout naming the provider session; returns how many sessions ended. */
  endByProviderSid(sid: string): Promise<number> {
    return this.repository.deleteByProviderSid(sid);
  }

  /** Back-channel logout naming only the user; returns how many sessions ended. */
  endByUser(issuer: string, subject: string): Promise<number> {
    return this.repository.deleteByUser(issuer, subject);
  }
}
