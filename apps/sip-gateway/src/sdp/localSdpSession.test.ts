import { describe, expect, it } from 'vitest';
import { answerOffer } from './answerOffer.js';
import {
  BARESIP_AUDIO_OFFER,
  BARESIP_HOLD_REOFFER,
  BARESIP_RESUME_REOFFER,
  BARESIP_VIDEO_OFFER,
} from './fixtures/baresipOffers.js';
import { classifyRemoteSdp, createLocalSdpSession, type LocalSdpSession, stampLocalSdp } from './localSdpSession.js';
import { mediaConfig } from './mediaConfig.js';
import { parseSdp } from './parseSdp.js';
import type { SdpDraft } from './sdpDraft.js';
import type { SessionDescription } from './sdpTypes.js';

const CONFIG = mediaConfig({ addresses: { IP4: '198.51.100.1' }, port: 40000 });

function parsed(text: string): SessionDescription {
  const result = parseSdp(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function answerDraft(offer: string): SdpDraft {
  const result = answerOffer(parsed(offer), CONFIG);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.answer;
}

function fresh(sessionId = '3900000000'): LocalSdpSession {
  return createLocalSdpSession({ sessionId, addressType: 'IP4', address: '198.51.100.1', username: 'plenum' });
}

describe('stampLocalSdp', () => {
  it('gives the first description the session id as version, and an o= line our parser reads back', () => {
    const stamped = stampLocalSdp(fresh(), answerDraft(BARESIP_AUDIO_OFFER));
    expect(stamped.description.origin).toEqual({
      username: 'plenum',
      sessionId: '3900000000',
      sessionVersion: '3900000000',
      addressType: 'IP4',
      address: '198.51.100.1',
    });
    expect(stamped.text).toContain('o=plenum 3900000000 3900000000 IN IP4 198.51.100.1\r\n');
    expect(parsed(stamped.text)).toEqual(stamped.description);
  });

  it('keeps the version when the same description is sent again (session refresh)', () => {
    const first = stampLocalSdp(fresh(), answerDraft(BARESIP_AUDIO_OFFER));
    const again = stampLocalSdp(first.session, answerDraft(BARESIP_AUDIO_OFFER));
    expect(again.text).toBe(first.text);
  });

  it('adds one to the version for each change, through hold and resume', () => {
    const first = stampLocalSdp(fresh(), answerDraft(BARESIP_AUDIO_OFFER));
    const hold = stampLocalSdp(first.session, answerDraft(BARESIP_HOLD_REOFFER));
    const resume = stampLocalSdp(hold.session, answerDraft(BARESIP_RESUME_REOFFER));
    expect([first, hold, resume].map((s) => s.description.origin.sessionVersion)).toEqual([
      '3900000000',
      '3900000001',
      '3900000002',
    ]);
    expect(hold.text).toContain('a=recvonly');
    expect(resume.description.origin.sessionId).toBe('3900000000');
  });

  it('counts past 2^53 and 2^64 without losing digits', () => {
    const session = fresh('18446744073709551615');
    const first = stampLocalSdp(session, answerDraft(BARESIP_AUDIO_OFFER));
    const changed = stampLocalSdp(first.session, answerDraft(BARESIP_VIDEO_OFFER));
    expect(changed.description.origin.sessionVersion).toBe('18446744073709551616');
  });
});

describe('classifyRemoteSdp', () => {
  const initial = parsed(BARESIP_AUDIO_OFFER).origin;

  it('tells a first offer, a repeat, a change and a new session apart', () => {
    expect(classifyRemoteSdp(undefined, initial)).toBe('initial');
    expect(classifyRemoteSdp(initial, parsed(BARESIP_AUDIO_OFFER).origin)).toBe('unchanged');
    expect(classifyRemoteSdp(initial, parsed(BARESIP_HOLD_REOFFER).origin)).toBe('changed');
    expect(classifyRemoteSdp(initial, parsed(BARESIP_VIDEO_OFFER).origin)).toBe('new_session');
  });

  it('compares versions as numbers', () => {
    expect(classifyRemoteSdp({ ...initial, sessionVersion: '7' }, { ...initial, sessionVersion: '007' })).toBe(
      'unchanged',
    );
  });
});
