import { describe, expect, it } from 'vitest';
import { readCoreHeaders } from '../sip/coreHeaders.js';
import { headerFields, headerValue } from '../sip/SipHeaders.js';
import type { SipRequest } from '../sip/SipMessage.js';
import { Dialog } from './Dialog.js';

const source = { transport: 'udp', address: '192.0.2.10', port: 5060 } as const;

function invite(extra: string[]): SipRequest {
  const headers = [
    'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKabc',
    'Max-Forwards: 70',
    'To: <sip:4930123456@gateway.example>',
    'From: "Caller" <sip:+491701234567@pbx.example>;tag=from1',
    'Call-ID: dialog-test@pbx',
    'CSeq: 17 INVITE',
    ...extra,
  ].map((line) => {
    const colon = line.indexOf(':');
    return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
  });
  return { kind: 'request', method: 'INVITE', uri: 'sip:4930123456@gateway.example', headers, body: new Uint8Array() };
}

function dialogFor(extra: string[]): Dialog {
  const request = invite(extra);
  const core = readCoreHeaders(request, 'INVITE');
  if (!core.ok) throw new Error('bad test INVITE');
  const dialog = Dialog.fromInvite(request, core.value, 'local1', source);
  if (!dialog.ok) throw new Error(dialog.error);
  return dialog.value;
}

describe('Dialog (UAS side, RFC 3261 §12)', () => {
  it('sends in-dialog requests to the Contact with our tag in From and theirs in To', () => {
    const dialog = dialogFor(['Contact: <sip:caller@192.0.2.20:5070>']);
    const bye = dialog.request('BYE');
    expect(bye.uri).toBe('sip:caller@192.0.2.20:5070');
    expect(headerValue(bye, 'From')).toBe('<sip:4930123456@gateway.example>;tag=local1');
    expect(headerValue(bye, 'To')).toBe('"Caller" <sip:+491701234567@pbx.example>;tag=from1');
    expect(headerFields(bye, 'Route')).toEqual([]);
    expect(dialog.nextHop()).toEqual({ transport: 'udp', address: '192.0.2.20', port: 5070 });
    const next = dialog.request('INFO');
    const seq = (request: SipRequest) => Number(headerValue(request, 'CSeq')?.split(' ')[0]);
    expect(seq(next)).toBe(seq(bye) + 1);
  });

  it('follows a loose route set from Record-Route, in order, and sends to its first hop', () => {
    const dialog = dialogFor([
      'Record-Route: <sip:192.0.2.1;lr>, <sip:192.0.2.2:5080;lr;transport=tcp>',
      'Contact: <sip:caller@192.0.2.20:5070>',
    ]);
    const bye = dialog.request('BYE');
    expect(bye.uri).toBe('sip:caller@192.0.2.20:5070');
    expect(headerFields(bye, 'Route')).toEqual(['<sip:192.0.2.1;lr>', '<sip:192.0.2.2:5080;lr;transport=tcp>']);
    expect(dialog.nextHop()).toEqual({ transport: 'udp', address: '192.0.2.1', port: 5060 });
  });

  it('strict-routes when the first route has no lr: Request-URI is that route, the Contact goes last', () => {
    const dialog = dialogFor(['Record-Route: <sip:192.0.2.1>', 'Contact: <sip:caller@192.0.2.20:5070>']);
    const bye = dialog.request('BYE');
    expect(bye.uri).toBe('sip:192.0.2.1');
    expect(headerFields(bye, 'Route')).toEqual(['<sip:caller@192.0.2.20:5070>']);
  });

  it('sends to where the INVITE came from when the target is a host name', () => {
    const dialog = dialogFor(['Contact: <sip:caller@pbx.example;transport=tcp>']);
    expect(dialog.nextHop()).toEqual({ transport: 'tcp', address: '192.0.2.10', port: 5060 });
  });

  it('takes only growing CSeq numbers from the peer, and a new Contact from a target refresh', () => {
    const dialog = dialogFor(['Contact: <sip:caller@192.0.2.20:5070>']);
    expect(dialog.acceptRemoteSeq(17)).toBe(false);
    expect(dialog.acceptRemoteSeq(18)).toBe(true);
    expect(dialog.acceptRemoteSeq(18)).toBe(false);
    dialog.refreshTarget(invite(['Contact: <sip:caller@192.0.2.30:5072>']));
    expect(dialog.request('BYE').uri).toBe('sip:caller@192.0.2.30:5072');
  });

  it('needs exactly one Contact', () => {
    const request = invite([]);
    const core = readCoreHeaders(request, 'INVITE');
    if (!core.ok) throw new Error('bad test INVITE');
    expect(Dialog.fromInvite(request, core.value, 'local1', source).ok).toBe(false);
  });
});
