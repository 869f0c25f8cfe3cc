import { describe, expect, it } from 'vitest';
import type { SipResponse } from '../sip/SipMessage.js';
import { udpResponseTarget } from './responseTarget.js';

function response(via: string): SipResponse {
  return {
    kind: 'response',
    status: 200,
    reason: 'OK',
    headers: [{ name: 'Via', value: via }],
    body: new Uint8Array(),
  };
}

describe('udpResponseTarget', () => {
  it('sends to received and rport when both are there', () => {
    expect(
      udpResponseTarget(response('SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bKa;received=192.0.2.1;rport=40000')),
    ).toEqual({ address: '192.0.2.1', port: 40000 });
  });

  it('uses the sent-by port, or 5060, without rport', () => {
    expect(udpResponseTarget(response('SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bKa;received=192.0.2.1'))).toEqual({
      address: '192.0.2.1',
      port: 5062,
    });
    expect(udpResponseTarget(response('SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKa'))).toEqual({
      address: '192.0.2.1',
      port: 5060,
    });
    expect(udpResponseTarget(response('SIP/2.0/UDP [2001:db8::1]:5070;branch=z9hG4bKa'))).toEqual({
      address: '2001:db8::1',
      port: 5070,
    });
  });

  it('does not resolve names, and gives up on an unreadable Via', () => {
    expect(udpResponseTarget(response('SIP/2.0/UDP pbx.example.org;branch=z9hG4bKa'))).toBeUndefined();
    expect(udpResponseTarget(response('garbage'))).toBeUndefined();
  });
});
