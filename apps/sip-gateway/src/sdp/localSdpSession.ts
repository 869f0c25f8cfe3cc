import type { SdpDraft } from './sdpDraft.js';
import type { SdpAddressType, SdpOrigin, SessionDescription } from './sdpTypes.js';
import { serializeSdp } from './serializeSdp.js';

/**
 * Our side of one SDP session (RFC 3264 §8): the o= line stays the same for the whole dialog, and its version goes
 * up by one exactly when what we send differs from what we sent before. Re-sending the same description (a session
 * refresh, a repeated answer) keeps the version.
 */
export interface LocalSdpSession {
  readonly origin: SdpOrigin;
  /** The last description we sent, serialized with version 0; `null` before the first. */
  readonly lastSent: string | null;
}

export interface LocalSdpSessionInit {
  /** Decimal digits; RFC 4566 suggests an NTP timestamp. Pass a random or time-based value. */
  readonly sessionId: string;
  readonly addressType: SdpAddressType;
  readonly address: string;
  readonly username?: string;
}

export function createLocalSdpSession(init: LocalSdpSessionInit): LocalSdpSession {
  return {
    origin: {
      username: init.username ?? '-',
      sessionId: init.sessionId,
      sessionVersion: init.sessionId,
      addressType: init.addressType,
      address: init.address,
    },
    lastSent: null,
  };
}

export interface StampedSdp {
  readonly session: LocalSdpSession;
  readonly description: SessionDescription;
  readonly text: string;
}

/** Gives a draft its o= line, bumping the version when the content changed, and returns the text to send. */
export function stampLocalSdp(session: LocalSdpSession, draft: SdpDraft): StampedSdp {
  const content = serializeSdp({ ...draft, origin: { ...session.origin, sessionVersion: '0' } });
  const changed = session.lastSent !== null && session.lastSent !== content;
  const sessionVersion = changed ? `${BigInt(session.origin.sessionVersion) + 1n}` : session.origin.sessionVersion;
  const origin = { ...session.origin, sessionVersion };
  const description: SessionDescription = { ...draft, origin };
  return { session: { origin, lastSent: content }, description, text: serializeSdp(description) };
}

/** How a peer's new description relates to its previous one, read from the o= line. */
export type RemoteSdpChange = 'initial' | 'unchanged' | 'changed' | 'new_session';

/**
 * `unchanged` (same version) means the peer repeats itself (session timer refresh, RFC 4028): the previous answer
 * stands. `new_session` (another origin) happens after transfers through some PBXs: negotiate from scratch.
 */
export function classifyRemoteSdp(previous: SdpOrigin | undefined, next: SdpOrigin): RemoteSdpChange {
  if (previous === undefined) return 'initial';
  const sameSession =
    previous.username === next.username &&
    previous.sessionId === next.sessionId &&
    previous.addressType === next.addressType &&
    previous.address === next.address;
  if (!sameSession) return 'new_session';
  return BigInt(previous.sessionVersion) === BigInt(next.sessionVersion) ? 'unchanged' : 'changed';
}
