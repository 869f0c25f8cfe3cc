import { afterEach, describe, expect, it, vi } from 'vitest';
import { BARESIP_AUDIO_OFFER, BARESIP_HOLD_REOFFER, BARESIP_RESUME_REOFFER } from '../sdp/fixtures/baresipOffers.js';
import { CISCO_G729_ONLY_OFFER } from '../sdp/fixtures/pbxOffers.js';
import { mediaConfig } from '../sdp/mediaConfig.js';
import { parseSdp } from '../sdp/parseSdp.js';
import { serializeSdp } from '../sdp/serializeSdp.js';
import { headerValue } from '../sip/SipHeaders.js';
import { FakeClock } from '../transport/FakeClock.js';
import { tcpClient } from '../transport/sipTestClient.js';
import type { CallEndReason, InboundCall } from './InboundCall.js';
import { SipUserAgent, type SipUserAgentOptions } from './SipUserAgent.js';
import { summary, testCaller, toTagOf } from './testCaller.js';

const media = mediaConfig({ addresses: { IP4: '127.0.0.1' }, port: 40000 });
const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Recorded {
  readonly call: InboundCall;
  readonly events: string[];
}

async function setup(options: Partial<SipUserAgentOptions> = {}, onCall: (call: InboundCall) => void = () => {}) {
  const clock = new FakeClock();
  const calls: Recorded[] = [];
  const ua = new SipUserAgent({
    transport: { port: 0 },
    clock,
    userAgent: 'Plenum-test',
    onCall: (call) => {
      const events: string[] = [];
      call.onEnded = (reason: CallEndReason) => events.push(`ended:${reason}`);
      call.onMedia = (audio) => events.push(`media:${audio.codec.name}:${audio.direction}`);
      call.onDtmf = (digit) => events.push(`dtmf:${digit}`);
      calls.push({ call, events });
      onCall(call);
    },
    ...options,
  });
  const { udp } = await ua.start();
  cleanups.push(async () => {
    const stopping = ua.stop();
    clock.advance(2000);
    await stopping;
  });
  const caller = await testCaller(udp);
  cleanups.push(() => caller.close());
  const first = async (): Promise<Recorded> => {
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
    const recorded = calls[0];
    if (recorded === undefined) throw new Error('no call');
    return recorded;
  };
  return { clock, ua, caller, calls, first, port: udp };
}

/** INVITE with the baresip offer, answered by the test; returns the gateway's To tag after the ACK. */
async function establish(context: Awaited<ReturnType<typeof setup>>, extra: readonly string[] = []) {
  const { caller, first } = context;
  caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER, extra });
  const recorded = await first();
  const result = recorded.call.answer(media);
  const ok = await caller.response();
  expect(summary(ok)).toBe('200 INVITE');
  const tag = toTagOf(ok);
  caller.send({ method: 'ACK', cseq: 1, toTag: tag });
  // Loopback delivery is quick but not synchronous: let the ACK arrive before a test moves the fake clock.
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { ...recorded, ok, tag, result };
}

describe('SipUserAgent: inbound calls', () => {
  it('rings and answers with SDP, Contact, Allow, Supported and Server; the caller hangs up', async () => {
    const context = await setup();
    const { caller, first } = context;
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER });
    const { call, events } = await first();
    expect(call.caller).toBe('+491701234567');
    expect(call.dialled).toBe('4930123456');
    expect(call.offer?.media[0]?.port).toBe(44530);
    expect(call.id).not.toContain(caller.callId);
    expect(call.id).not.toContain('491701234567');
    call.ringing();
    const ringing = await caller.response();
    expect(summary(ringing)).toBe('180 INVITE');
    const result = call.answer(media);
    expect(result.kind === 'answered' && result.audio.codec.name).toBe('G722');
    const ok = await caller.response();
    expect(summary(ok)).toBe('200 INVITE');
    expect(toTagOf(ok)).toBe(toTagOf(ringing));
    expect(headerValue(ok, 'Contact')).toMatch(/^<sip:127\.0\.0\.1:\d+>$/);
    expect(headerValue(ok, 'Allow')).toBe('INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, UPDATE');
    expect(headerValue(ok, 'Supported')).toBe('timer');
    expect(headerValue(ok, 'Server')).toBe('Plenum-test');
    expect(headerValue(ok, 'Content-Type')).toBe('application/sdp');
    const answer = parseSdp(ok.body);
    expect(answer.ok && answer.value.media[0]?.formats[0]).toBe('9');
    caller.send({ method: 'ACK', cseq: 1, toTag: toTagOf(ok) });
    caller.send({ method: 'BYE', cseq: 2, toTag: toTagOf(ok) });
    expect(summary(await caller.response())).toBe('200 BYE');
    expect(events).toEqual(['ended:remoteBye']);
    expect(context.ua.activeCalls).toBe(0);
  });

  it('hangs up with a BYE to the Contact, with the dialog tags and a fresh CSeq', async () => {
    const context = await setup();
    const { call, events, tag } = await establish(context);
    expect(context.ua.activeCalls).toBe(1);
    call.hangup();
    const bye = await context.caller.request();
    expect(bye.method).toBe('BYE');
    expect(bye.uri).toBe(`sip:caller@127.0.0.1:${context.caller.port}`);
    expect(headerValue(bye, 'From')).toBe(`<sip:4930123456@127.0.0.1>;tag=${tag}`);
    expect(headerValue(bye, 'To')).toBe('"Caller" <sip:%2B491701234567@127.0.0.1>;tag=callertag');
    expect(headerValue(bye, 'Call-ID')).toBe(context.caller.callId);
    expect(headerValue(bye, 'User-Agent')).toBe('Plenum-test');
    expect(headerValue(bye, 'Via')).toMatch(/;branch=z9hG4bK[0-9a-f]{24};rport$/);
    context.caller.answer(bye, 200);
    expect(events).toEqual(['ended:localBye']);
    call.hangup();
    expect(await context.caller.inbox.quiet()).toBe(true);
  });

  it('a hang-up before the ACK waits for the ACK (RFC 3261 §15)', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER });
    const { call } = await first();
    call.answer(media);
    const ok = await caller.response();
    call.hangup();
    expect(await caller.inbox.quiet()).toBe(true);
    caller.send({ method: 'ACK', cseq: 1, toTag: toTagOf(ok) });
    expect((await caller.request()).method).toBe('BYE');
  });

  it('takes a late offer: the 200 carries our offer, the ACK the answer, reported through onMedia', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1 });
    const { call, events } = await first();
    expect(call.offer).toBeNull();
    expect(call.answer(media)).toEqual({ kind: 'offered' });
    const ok = await caller.response();
    const offer = parseSdp(ok.body);
    expect(offer.ok && offer.value.media[0]?.formats).toEqual(['9', '8', '0', '101']);
    const answer = BARESIP_AUDIO_OFFER.replace('m=audio 44530 RTP/AVP 0 8 9 96 101', 'm=audio 44530 RTP/AVP 8 101');
    caller.send({ method: 'ACK', cseq: 1, toTag: toTagOf(ok), body: answer });
    await vi.waitFor(() => expect(events).toEqual(['media:PCMA:sendrecv']));
  });

  it('a late offer answered unusably in the ACK ends the call with BYE', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1 });
    const { call, events } = await first();
    call.answer(media);
    const ok = await caller.response();
    caller.send({ method: 'ACK', cseq: 1, toTag: toTagOf(ok) });
    expect((await caller.request()).method).toBe('BYE');
    expect(events).toEqual(['ended:mediaFailed']);
  });

  it('a CANCEL before the answer gives 487 and ends the call as cancelled', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER, branch: 'z9hG4bKinvite1' });
    const { call, events } = await first();
    caller.send({ method: 'CANCEL', cseq: 1, branch: 'z9hG4bKinvite1' });
    const answers = [summary(await caller.response()), summary(await caller.response())].sort();
    expect(answers).toEqual(['200 CANCEL', '487 INVITE']);
    expect(events).toEqual(['ended:cancelled']);
    expect(call.answer(media)).toEqual({ kind: 'ended' });
  });

  it('rejects an offer without a usable codec with 488 and a Warning', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1, body: CISCO_G729_ONLY_OFFER });
    const { call, events } = await first();
    const result = call.answer(media);
    expect(result.kind).toBe('rejected');
    const refused = await caller.response();
    expect(summary(refused)).toBe('488 INVITE');
    expect(headerValue(refused, 'Warning')).toMatch(/^305 127\.0\.0\.1:\d+ "Incompatible media format"$/);
    expect(events).toEqual(['ended:rejected']);
  });

  it('refuses INVITEs it cannot take: Require it lacks (420), bad SDP (400), another body type (415)', async () => {
    const { caller, calls } = await setup();
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER, extra: ['Require: 100rel'], callId: 'a@x' });
    const unsupported = await caller.response();
    expect(summary(unsupported)).toBe('420 INVITE');
    expect(headerValue(unsupported, 'Unsupported')).toBe('100rel');
    caller.send({ method: 'INVITE', cseq: 1, body: 'v=0\r\nbogus\r\n', callId: 'b@x' });
    const malformed = await caller.response();
    expect(summary(malformed)).toBe('400 INVITE');
    expect(headerValue(malformed, 'Warning')).toMatch(/^399 /);
    caller.send({ method: 'INVITE', cseq: 1, body: 'hello', contentType: 'text/plain', callId: 'c@x' });
    const otherType = await caller.response();
    expect(summary(otherType)).toBe('415 INVITE');
    expect(headerValue(otherType, 'Accept')).toBe('application/sdp');
    expect(calls).toHaveLength(0);
  });

  it('takes no more than maxCalls at once: 486', async () => {
    const { caller, first } = await setup({ maxCalls: 1 });
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER });
    await first();
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER, callId: 'second@x' });
    expect(summary(await caller.response())).toBe('486 INVITE');
  });

  it('answers BYE, INFO and UPDATE for an unknown dialog with 481', async () => {
    const context = await setup();
    const { tag } = await establish(context);
    const { caller } = context;
    caller.send({ method: 'BYE', cseq: 2, toTag: 'not-ours' });
    expect(summary(await caller.response())).toBe('481 BYE');
    caller.send({ method: 'INFO', cseq: 3, toTag: tag, callId: 'other@x' });
    expect(summary(await caller.response())).toBe('481 INFO');
    caller.send({ method: 'BYE', cseq: 4 });
    expect(summary(await caller.response())).toBe('481 BYE');
    caller.send({ method: 'UPDATE', cseq: 5, toTag: tag, fromTag: 'someone-else' });
    expect(summary(await caller.response())).toBe('481 UPDATE');
    caller.send({ method: 'INVITE', cseq: 6, toTag: 'not-ours', body: BARESIP_HOLD_REOFFER });
    expect(summary(await caller.response())).toBe('481 INVITE');
    caller.send({ method: 'ACK', cseq: 6, toTag: 'stray' });
    expect(await caller.inbox.quiet()).toBe(true);
    expect(context.ua.activeCalls).toBe(1);
  });

  it('answers an in-dialog request whose CSeq is not above the last one with 500', async () => {
    const context = await setup();
    const { tag, events } = await establish(context);
    context.caller.send({
      method: 'INFO',
      cseq: 5,
      toTag: tag,
      body: 'Signal=1\r\n',
      contentType: 'application/dtmf-relay',
    });
    expect(summary(await context.caller.response())).toBe('200 INFO');
    context.caller.send({ method: 'BYE', cseq: 4, toTag: tag });
    expect(summary(await context.caller.response())).toBe('500 BYE');
    expect(events).toEqual(['dtmf:1']);
    expect(context.ua.activeCalls).toBe(1);
  });

  it('reads INFO DTMF: dtmf-relay and dtmf give onDtmf, a bad body 400, another type 415', async () => {
    const context = await setup();
    const { tag, events } = await establish(context);
    const { caller } = context;
    caller.send({
      method: 'INFO',
      cseq: 2,
      toTag: tag,
      body: 'Signal=#\r\nDuration=160\r\n',
      contentType: 'application/dtmf-relay',
    });
    expect(summary(await caller.response())).toBe('200 INFO');
    caller.send({ method: 'INFO', cseq: 3, toTag: tag, body: '5', contentType: 'application/dtmf' });
    expect(summary(await caller.response())).toBe('200 INFO');
    caller.send({ method: 'INFO', cseq: 4, toTag: tag, body: 'Signal=X\r\n', contentType: 'application/dtmf-relay' });
    expect(summary(await caller.response())).toBe('400 INFO');
    caller.send({ method: 'INFO', cseq: 5, toTag: tag, body: '<xml/>', contentType: 'application/media_control+xml' });
    const other = await caller.response();
    expect(summary(other)).toBe('415 INFO');
    expect(headerValue(other, 'Accept')).toBe('application/dtmf-relay, application/dtmf');
    expect(events).toEqual(['dtmf:#', 'dtmf:5']);
  });
});

describe('SipUserAgent: re-INVITE and UPDATE', () => {
  it('puts the call on hold and back with re-INVITEs, reported through onMedia', async () => {
    const context = await setup();
    const { tag, events } = await establish(context);
    const { caller } = context;
    caller.send({ method: 'INVITE', cseq: 2, toTag: tag, body: BARESIP_HOLD_REOFFER });
    const held = await caller.response();
    expect(summary(held)).toBe('200 INVITE');
    const heldAnswer = parseSdp(held.body);
    expect(heldAnswer.ok && heldAnswer.value.media[0]?.direction).toBe('recvonly');
    caller.send({ method: 'ACK', cseq: 2, toTag: tag });
    caller.send({ method: 'INVITE', cseq: 3, toTag: tag, body: BARESIP_RESUME_REOFFER });
    const resumed = await caller.response();
    const resumedAnswer = parseSdp(resumed.body);
    expect(resumedAnswer.ok && resumedAnswer.value.media[0]?.direction).toBe('sendrecv');
    expect(heldAnswer.ok && resumedAnswer.ok && resumedAnswer.value.origin.sessionVersion).not.toBe(
      heldAnswer.ok ? heldAnswer.value.origin.sessionVersion : '',
    );
    expect(events).toEqual(['media:PCMA:recvonly', 'media:PCMA:sendrecv']);
  });

  it('a re-INVITE with an offer it cannot take gets 488 and the call goes on', async () => {
    const context = await setup();
    const { tag, events, ok } = await establish(context);
    const { caller } = context;
    const before = parseSdp(ok.body);
    caller.send({ method: 'INVITE', cseq: 2, toTag: tag, body: CISCO_G729_ONLY_OFFER });
    const refused = await caller.response();
    expect(summary(refused)).toBe('488 INVITE');
    // Even a 488 that is never acknowledged (Timer H) leaves the call up: only a lost 2xx ends it.
    context.clock.advance(32_000);
    const seen = new Set<string>();
    while (!(await caller.inbox.quiet(50))) seen.add(summary(await caller.next()));
    expect([...seen]).toEqual(['488 INVITE']);
    caller.send({ method: 'INVITE', cseq: 3, toTag: tag, body: BARESIP_AUDIO_OFFER });
    const again = await caller.response();
    expect(summary(again)).toBe('200 INVITE');
    const after = parseSdp(again.body);
    expect(before.ok && after.ok && serializeSdp(after.value)).toBe(before.ok ? serializeSdp(before.value) : '');
    expect(events).toEqual([]);
    expect(context.ua.activeCalls).toBe(1);
  });

  it('a re-INVITE while the INVITE is still unanswered gets 500 with Retry-After', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER });
    const { call } = await first();
    call.ringing();
    const tag = toTagOf(await caller.response());
    caller.send({ method: 'INVITE', cseq: 2, toTag: tag, body: BARESIP_HOLD_REOFFER });
    const pending = await caller.response();
    expect(summary(pending)).toBe('500 INVITE');
    expect(Number(headerValue(pending, 'Retry-After'))).toBeLessThanOrEqual(10);
  });

  it('a new offer while our own offer waits for its answer gets 491 (glare)', async () => {
    const { caller, first } = await setup();
    caller.send({ method: 'INVITE', cseq: 1 });
    const { call } = await first();
    call.answer(media);
    const tag = toTagOf(await caller.response());
    caller.send({ method: 'UPDATE', cseq: 2, toTag: tag, body: BARESIP_AUDIO_OFFER });
    expect(summary(await caller.response())).toBe('491 UPDATE');
  });

  it('a re-INVITE without SDP gets our offer in the 200 and its answer in the ACK', async () => {
    const context = await setup();
    const { tag, events } = await establish(context);
    const { caller } = context;
    caller.send({ method: 'INVITE', cseq: 2, toTag: tag });
    const ok = await caller.response();
    const offer = parseSdp(ok.body);
    expect(offer.ok && offer.value.media[0]?.formats[0]).toBe('9');
    caller.send({
      method: 'ACK',
      cseq: 2,
      toTag: tag,
      body: BARESIP_HOLD_REOFFER.replace('RTP/AVP 8 101', 'RTP/AVP 9 101').replace('rtpmap:8 PCMA', 'rtpmap:9 G722'),
    });
    await vi.waitFor(() => expect(events).toEqual(['media:G722:recvonly']));
  });
});

describe('SipUserAgent: session timers (RFC 4028)', () => {
  it('answers a Session-Expires below our Min-SE with 422 and Min-SE', async () => {
    const { caller, calls } = await setup();
    caller.send({
      method: 'INVITE',
      cseq: 1,
      body: BARESIP_AUDIO_OFFER,
      extra: ['Supported: timer', 'Session-Expires: 60'],
    });
    const refused = await caller.response();
    expect(summary(refused)).toBe('422 INVITE');
    expect(headerValue(refused, 'Min-SE')).toBe('90');
    expect(calls).toHaveLength(0);
  });

  it('lets the caller refresh, and ends the call with BYE when no refresh comes in time', async () => {
    const context = await setup();
    const { ok, events, tag } = await establish(context, ['Supported: timer', 'Session-Expires: 600']);
    expect(headerValue(ok, 'Session-Expires')).toBe('600;refresher=uac');
    expect(headerValue(ok, 'Require')).toBe('timer');
    const { caller, clock } = context;
    clock.advance(500_000);
    caller.send({
      method: 'UPDATE',
      cseq: 2,
      toTag: tag,
      extra: ['Supported: timer', 'Session-Expires: 600;refresher=uac'],
    });
    const refreshed = await caller.response();
    expect(summary(refreshed)).toBe('200 UPDATE');
    expect(headerValue(refreshed, 'Session-Expires')).toBe('600;refresher=uac');
    clock.advance(567_999);
    expect(await caller.inbox.quiet()).toBe(true);
    expect(events).toEqual([]);
    clock.advance(1);
    expect((await caller.request()).method).toBe('BYE');
    expect(events).toEqual(['ended:sessionExpired']);
  });

  it('refreshes with UPDATE itself when the caller asks us to (refresher=uas)', async () => {
    const context = await setup();
    const { ok, tag, events } = await establish(context, [
      'Supported: timer',
      'Allow: INVITE, ACK, BYE, CANCEL, UPDATE',
      'Session-Expires: 120;refresher=uas',
    ]);
    expect(headerValue(ok, 'Session-Expires')).toBe('120;refresher=uas');
    const { caller, clock } = context;
    clock.advance(60_000);
    const update = await caller.request();
    expect(update.method).toBe('UPDATE');
    expect(headerValue(update, 'Session-Expires')).toBe('120;refresher=uas');
    expect(headerValue(update, 'From')).toContain(`tag=${tag}`);
    caller.answer(update, 200, ['Session-Expires: 120;refresher=uas']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    clock.advance(60_000);
    const second = await caller.request();
    expect(second.method).toBe('UPDATE');
    caller.answer(second, 481);
    expect((await caller.request()).method).toBe('BYE');
    expect(events).toEqual(['ended:transportError']);
  });
});

describe('SipUserAgent over TCP', () => {
  it('answers on the connection the INVITE came on and sends its BYE there too', async () => {
    const context = await setup();
    const client = await tcpClient(context.port);
    cleanups.push(async () => client.close());
    const lines = (method: string, cseq: number, toTag?: string, body = '') =>
      `${[
        `${method} sip:4930123456@127.0.0.1 SIP/2.0`,
        `Via: SIP/2.0/TCP 127.0.0.1:${client.port};branch=z9hG4bKtcp${method}${cseq}`,
        'Max-Forwards: 70',
        `To: <sip:4930123456@127.0.0.1>${toTag === undefined ? '' : `;tag=${toTag}`}`,
        'From: <sip:caller@127.0.0.1>;tag=tcpcaller',
        'Call-ID: tcp-call@127.0.0.1',
        `CSeq: ${cseq} ${method}`,
        `Contact: <sip:caller@127.0.0.1:${client.port};transport=tcp>`,
        ...(body === '' ? [] : ['Content-Type: application/sdp']),
        `Content-Length: ${Buffer.byteLength(body)}`,
      ].join('\r\n')}\r\n\r\n${body}`;
    client.send(lines('INVITE', 1, undefined, BARESIP_AUDIO_OFFER));
    const { call } = await context.first();
    call.answer(media);
    let ok = await client.inbox.next();
    if (ok.kind === 'response' && ok.status === 100) ok = await client.inbox.next();
    expect(summary(ok)).toBe('200 INVITE');
    expect(headerValue(ok, 'Contact')).toMatch(/;transport=tcp>$/);
    client.send(lines('ACK', 1, toTagOf(ok)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    call.hangup();
    const bye = await client.inbox.next();
    expect(summary(bye)).toBe('BYE');
    expect(headerValue(bye, 'Via')).toMatch(/^SIP\/2\.0\/TCP /);
  });
});

describe('SipUserAgent: timeouts and shutdown', () => {
  it('sends BYE when the 2xx is never acknowledged (Timer H)', async () => {
    const { caller, first, clock } = await setup();
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER });
    const { call, events } = await first();
    call.answer(media);
    await caller.response();
    clock.advance(32_000);
    const messages: string[] = [];
    for (;;) {
      const message = await caller.next();
      messages.push(summary(message));
      if (message.kind === 'request') break;
    }
    expect(messages.at(-1)).toBe('BYE');
    expect(events).toEqual(['ended:ackTimeout']);
  });

  it('stop() ends live calls with BYE and early ones with 480', async () => {
    const context = await setup();
    const { events } = await establish(context);
    const { caller, ua, calls } = context;
    caller.send({ method: 'INVITE', cseq: 1, body: BARESIP_AUDIO_OFFER, callId: 'second@x' });
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    const stopping = ua.stop();
    const seen = [summary(await caller.next()), summary(await caller.next())].sort();
    expect(seen).toEqual(['480 INVITE', 'BYE']);
    context.clock.advance(2000);
    await stopping;
    expect(events).toEqual(['ended:shutdown']);
    expect(calls[1]?.events).toEqual(['ended:shutdown']);
  });
});
