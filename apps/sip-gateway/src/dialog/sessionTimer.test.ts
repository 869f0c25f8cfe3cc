import { describe, expect, it } from 'vitest';
import type { SipHeader } from '../sip/SipMessage.js';
import { negotiateSessionTimer, sessionTimerDelayMs, sessionTimerHeaders } from './sessionTimer.js';

const policy = { minSe: 90, sessionExpires: 1800 };

function headers(...lines: string[]): { headers: SipHeader[] } {
  return {
    headers: lines.map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
    }),
  };
}

describe('negotiateSessionTimer (RFC 4028 §9)', () => {
  it('refuses an interval below our Min-SE with 422', () => {
    const decision = negotiateSessionTimer(headers('Supported: timer', 'Session-Expires: 60'), policy, false);
    expect(decision).toEqual({ ok: true, value: { kind: 'tooSmall', minSe: 90 } });
    expect(decision.ok && sessionTimerHeaders(decision.value)).toEqual([{ name: 'Min-SE', value: '90' }]);
  });

  it('keeps the caller as refresher, lowers a long interval to ours, and requires timer', () => {
    const decision = negotiateSessionTimer(headers('Supported: timer', 'Session-Expires: 7200'), policy, false);
    expect(decision).toEqual({ ok: true, value: { kind: 'on', seconds: 1800, refresher: 'uac', require: true } });
    expect(decision.ok && sessionTimerHeaders(decision.value)).toEqual([
      { name: 'Session-Expires', value: '1800;refresher=uac' },
      { name: 'Require', value: 'timer' },
    ]);
  });

  it('never goes below the caller’s Min-SE when lowering', () => {
    const decision = negotiateSessionTimer(
      headers('Supported: timer', 'Session-Expires: 7200', 'Min-SE: 3600'),
      policy,
      false,
    );
    expect(decision.ok && decision.value.kind === 'on' && decision.value.seconds).toBe(3600);
  });

  it('inserts our interval when the caller supports timers but asks for none, and stays off otherwise', () => {
    expect(negotiateSessionTimer(headers('Supported: timer'), policy, false)).toEqual({
      ok: true,
      value: { kind: 'on', seconds: 1800, refresher: 'uac', require: true },
    });
    expect(negotiateSessionTimer(headers(), policy, false)).toEqual({ ok: true, value: { kind: 'off' } });
  });

  it('refreshes itself (uas) only when the peer allows UPDATE', () => {
    const asked = headers('Supported: timer', 'Session-Expires: 600;refresher=uas');
    expect(negotiateSessionTimer(asked, policy, true)).toEqual({
      ok: true,
      value: { kind: 'on', seconds: 600, refresher: 'uas', require: true },
    });
    expect(negotiateSessionTimer(asked, policy, false)).toEqual({ ok: true, value: { kind: 'off' } });
    const viaProxy = headers('Session-Expires: 600');
    expect(negotiateSessionTimer(viaProxy, policy, true)).toEqual({
      ok: true,
      value: { kind: 'on', seconds: 600, refresher: 'uas', require: false },
    });
  });

  it('fails on unreadable headers', () => {
    expect(negotiateSessionTimer(headers('Session-Expires: soon'), policy, true).ok).toBe(false);
    expect(negotiateSessionTimer(headers('Session-Expires: 600', 'Min-SE: x'), policy, true).ok).toBe(false);
  });
});

describe('sessionTimerDelayMs (RFC 4028 §10)', () => {
  it('gives up a third or 32 s before the end, whichever is less; refreshes at half', () => {
    expect(sessionTimerDelayMs({ seconds: 90, refresher: 'uac' })).toBe(60_000);
    expect(sessionTimerDelayMs({ seconds: 1800, refresher: 'uac' })).toBe(1_768_000);
    expect(sessionTimerDelayMs({ seconds: 1800, refresher: 'uas' })).toBe(900_000);
  });
});
