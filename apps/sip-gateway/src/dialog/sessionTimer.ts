import { getMinSe, getSessionExpires } from '../sip/deltaSeconds.js';
import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import type { HasHeaders } from '../sip/readHeader.js';
import { headerValues } from '../sip/SipHeaders.js';
import type { SipHeader } from '../sip/SipMessage.js';

/** Our side of RFC 4028 session timers. */
export interface SessionTimerPolicy {
  /** The shortest interval we accept, in seconds; shorter ones get 422 with this Min-SE. RFC 4028 asks ≥ 90. */
  readonly minSe: number;
  /** The longest interval we accept, and the one we ask for when the caller supports timers but proposes none. */
  readonly sessionExpires: number;
}

export const defaultSessionTimerPolicy: SessionTimerPolicy = { minSe: 90, sessionExpires: 1800 };

export type SessionTimerDecision =
  /** 422 Session Interval Too Small, with `Min-SE: minSe`. */
  | { readonly kind: 'tooSmall'; readonly minSe: number }
  /** No session timer: the 2xx carries no Session-Expires. */
  | { readonly kind: 'off' }
  | {
      readonly kind: 'on';
      readonly seconds: number;
      readonly refresher: 'uac' | 'uas';
      /** The caller supports timers, so the 2xx says `Require: timer` (RFC 4028 §9). */
      readonly require: boolean;
    };

/** Whether the message lists this option tag in Supported (or its compact form k). */
export function supportsOption(message: HasHeaders, tag: string): boolean {
  return headerValues(message, 'Supported').some((value) => value.toLowerCase() === tag);
}

/**
 * The UAS's answer to an INVITE's or UPDATE's session-timer headers (RFC 4028 §9). An interval below our minimum
 * gets 422. Otherwise the interval is the caller's, lowered to our maximum but never below the caller's Min-SE; when
 * the caller supports timers but proposed none, ours is inserted. The refresher is what the caller chose, else the
 * caller (uac) when it supports timers. We refresh (uas) only with UPDATE, so when we would have to refresh a peer
 * that does not allow UPDATE, the timer is left off (no Session-Expires in the 2xx), which RFC 4028 permits.
 */
export function negotiateSessionTimer(
  request: HasHeaders,
  policy: SessionTimerPolicy,
  peerAllowsUpdate: boolean,
): ParseResult<SessionTimerDecision, string> {
  const expires = getSessionExpires(request);
  if (!expires.ok) return fail('invalid Session-Expires');
  const minSe = getMinSe(request);
  if (!minSe.ok) return fail('invalid Min-SE');
  const supported = supportsOption(request, 'timer');
  const theirMin = minSe.value ?? 0;
  if (expires.value === undefined) {
    if (!supported) return ok({ kind: 'off' });
    return ok({
      kind: 'on',
      seconds: Math.max(policy.sessionExpires, theirMin, policy.minSe),
      refresher: 'uac',
      require: true,
    });
  }
  if (expires.value.seconds < policy.minSe) return ok({ kind: 'tooSmall', minSe: policy.minSe });
  const seconds = Math.max(Math.min(expires.value.seconds, policy.sessionExpires), theirMin, policy.minSe);
  const refresher = expires.value.refresher ?? (supported ? 'uac' : 'uas');
  if (refresher === 'uas' && !peerAllowsUpdate) return ok({ kind: 'off' });
  return ok({ kind: 'on', seconds, refresher, require: supported });
}

/** The headers of the 2xx (or 422) that carries the decision. */
export function sessionTimerHeaders(decision: SessionTimerDecision): SipHeader[] {
  switch (decision.kind) {
    case 'tooSmall':
      return [{ name: 'Min-SE', value: `${decision.minSe}` }];
    case 'off':
      return [];
    case 'on': {
      const headers = [{ name: 'Session-Expires', value: `${decision.seconds};refresher=${decision.refresher}` }];
      return decision.require ? [...headers, { name: 'Require', value: 'timer' }] : headers;
    }
  }
}

/**
 * When the side that does not refresh gives up (RFC 4028 §10): a third of the interval or 32 s before the end,
 * whichever is less. The refresher refreshes at half the interval (§7.2 recommends it).
 */
export function sessionTimerDelayMs(decision: { readonly seconds: number; readonly refresher: 'uac' | 'uas' }): number {
  if (decision.refresher === 'uas') return (decision.seconds * 1000) / 2;
  return (decision.seconds - Math.min(32, decision.seconds / 3)) * 1000;
}
