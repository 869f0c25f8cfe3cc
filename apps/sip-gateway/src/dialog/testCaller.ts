import { headerValue } from '../sip/SipHeaders.js';
import type { SipMessage, SipRequest, SipResponse } from '../sip/SipMessage.js';
import { udpClient } from '../transport/sipTestClient.js';

/** Test helper: a scripted UAC on 127.0.0.1 over UDP that writes requests as text and reads what comes back. */

export interface CallerRequest {
  readonly method: string;
  readonly cseq: number;
  /** Our To tag once the gateway has given one (in-dialog requests). */
  readonly toTag?: string;
  readonly branch?: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly extra?: readonly string[];
  readonly callId?: string;
  readonly fromTag?: string;
}

let branches = 0;

export async function testCaller(gatewayPort: number) {
  const client = await udpClient(gatewayPort);
  const callId = `call-${Math.random().toString(36).slice(2)}@127.0.0.1`;

  function text(spec: CallerRequest): string {
    const to = spec.toTag === undefined ? '<sip:4930123456@127.0.0.1>' : `<sip:4930123456@127.0.0.1>;tag=${spec.toTag}`;
    const body = spec.body ?? '';
    const head = [
      `${spec.method} sip:4930123456@127.0.0.1:${gatewayPort} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${client.port};branch=${spec.branch ?? `z9hG4bKcaller${++branches}`};rport`,
      'Max-Forwards: 70',
      `To: ${to}`,
      `From: "Caller" <sip:%2B491701234567@127.0.0.1>;tag=${spec.fromTag ?? 'callertag'}`,
      `Call-ID: ${spec.callId ?? callId}`,
      `CSeq: ${spec.cseq} ${spec.method}`,
      `Contact: <sip:caller@127.0.0.1:${client.port}>`,
      ...(body === '' ? [] : [`Content-Type: ${spec.contentType ?? 'application/sdp'}`]),
      ...(spec.extra ?? []),
      `Content-Length: ${Buffer.byteLength(body)}`,
    ];
    return `${head.join('\r\n')}\r\n\r\n${body}`;
  }

  /** The next message that is not a 100 Trying. */
  async function next(timeoutMs = 1000): Promise<SipMessage> {
    for (;;) {
      const message = await client.inbox.next(timeoutMs);
      if (message.kind === 'request' || message.status !== 100) return message;
    }
  }

  async function response(timeoutMs = 1000): Promise<SipResponse> {
    const message = await next(timeoutMs);
    if (message.kind !== 'response') throw new Error(`expected a response, got ${message.method}`);
    return message;
  }

  async function request(timeoutMs = 1000): Promise<SipRequest> {
    const message = await next(timeoutMs);
    if (message.kind !== 'request') throw new Error(`expected a request, got ${message.status}`);
    return message;
  }

  return {
    port: client.port,
    callId,
    inbox: client.inbox,
    send: (spec: CallerRequest) => client.send(text(spec)),
    raw: (bytes: string | Buffer) => client.send(bytes),
    next,
    response,
    request,
    /** Answers a request of the gateway (its BYE, UPDATE) with a status. */
    answer: (received: SipRequest, status: number, extra: readonly string[] = []) => {
      const copy = ['Via', 'From', 'To', 'Call-ID', 'CSeq'].map((name) => `${name}: ${headerValue(received, name)}`);
      client.send(`SIP/2.0 ${status} Whatever\r\n${[...copy, ...extra, 'Content-Length: 0'].join('\r\n')}\r\n\r\n`);
    },
    close: () => client.close(),
  };
}

/** `"12 INVITE"` → status and method of a response, for readable expectations. */
export function summary(message: SipMessage): string {
  if (message.kind === 'request') return message.method;
  return `${message.status} ${(headerValue(message, 'CSeq') ?? '').split(' ')[1] ?? ''}`;
}

/** The tag of the To header of a response. */
export function toTagOf(message: SipMessage): string {
  const match = /;tag=([^;>\s]+)/.exec(headerValue(message, 'To') ?? '');
  if (match?.[1] === undefined) throw new Error('no To tag');
  return match[1];
}
