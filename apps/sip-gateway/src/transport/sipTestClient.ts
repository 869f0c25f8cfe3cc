import { createSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';
import { parseSipMessage } from '../sip/parseSipMessage.js';
import type { SipMessage } from '../sip/SipMessage.js';
import { SipStreamFramer } from '../sip/SipStreamFramer.js';

/** Test helpers: a SIP peer on 127.0.0.1 that sends raw bytes and waits for what comes back. */

export interface RequestSpec {
  readonly method: string;
  readonly transport: 'UDP' | 'TCP';
  readonly port: number;
  readonly branch?: string;
  readonly callId?: string;
  readonly cseq?: number;
  readonly cseqMethod?: string;
  readonly toTag?: string;
  readonly extra?: readonly string[];
}

export function sipRequest(spec: RequestSpec): string {
  const to = spec.toTag === undefined ? '<sip:gateway@127.0.0.1>' : `<sip:gateway@127.0.0.1>;tag=${spec.toTag}`;
  return `${[
    `${spec.method} sip:gateway@127.0.0.1 SIP/2.0`,
    `Via: SIP/2.0/${spec.transport} 127.0.0.1:${spec.port};branch=${spec.branch ?? 'z9hG4bKtest1'};rport`,
    'Max-Forwards: 70',
    `To: ${to}`,
    'From: <sip:caller@127.0.0.1>;tag=caller1',
    `Call-ID: ${spec.callId ?? 'call-1@127.0.0.1'}`,
    `CSeq: ${spec.cseq ?? 1} ${spec.cseqMethod ?? spec.method}`,
    ...(spec.extra ?? []),
    'Content-Length: 0',
  ].join('\r\n')}\r\n\r\n`;
}

/** Messages as they arrive; `next` waits for the next one, `quiet` checks that none comes for a while. */
class Inbox {
  private readonly queue: SipMessage[] = [];
  private waiting: ((message: SipMessage) => void) | undefined;

  deliver(message: SipMessage): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(message);
    else this.queue.push(message);
  }

  next(timeoutMs = 1000): Promise<SipMessage> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error('no SIP message arrived'));
      }, timeoutMs);
      this.waiting = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
    });
  }

  async quiet(ms = 60): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.queue.length === 0;
  }
}

export async function udpClient(serverPort: number) {
  const socket = createSocket('udp4');
  const inbox = new Inbox();
  socket.on('message', (data) => {
    const result = parseSipMessage(data);
    if (result.ok) inbox.deliver(result.message);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    inbox,
    port: socket.address().port,
    send: (text: string | Buffer) => socket.send(text, serverPort, '127.0.0.1'),
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

export async function tcpClient(serverPort: number) {
  const socket: Socket = connect(serverPort, '127.0.0.1');
  const inbox = new Inbox();
  const framer = new SipStreamFramer();
  let closed = false;
  socket.on('data', (chunk) => {
    for (const event of framer.push(chunk)) {
      if (event.type === 'message' && event.result.ok) inbox.deliver(event.result.message);
    }
  });
  const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.on('close', () => {
    closed = true;
  });
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    inbox,
    port: socket.localPort ?? 0,
    send: (text: string | Buffer) => socket.write(text),
    ended,
    get closed() {
      return closed;
    },
    close: () => socket.destroy(),
  };
}
