import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { connect, createServer, isIPv6, type Server, type Socket } from 'node:net';
import { buildResponse } from '../sip/buildResponse.js';
import { parseSipMessage, type SipParseResult } from '../sip/parseSipMessage.js';
import { respondToParseFailure } from '../sip/respondToParseFailure.js';
import type { SipLimits } from '../sip/SipLimits.js';
import type { SipRequest, SipResponse } from '../sip/SipMessage.js';
import { describeSipParseError } from '../sip/SipParseError.js';
import { SipStreamFramer } from '../sip/SipStreamFramer.js';
import { serializeSipMessage } from '../sip/serializeSipMessage.js';
import { stampTopVia } from '../sip/Via.js';
import type { IncomingSipRequest, SipPeer } from './IncomingSipRequest.js';
import { type PeerFilter, parsePeerAllowList } from './PeerFilter.js';
import { udpResponseTarget } from './responseTarget.js';

/** How often `port: 0` tries a fresh UDP port whose TCP twin is taken. */
const PICK_PORT_ATTEMPTS = 10;

/**
 * What happens to a request from an address outside the allow-list: `forbid` answers 403 Forbidden (the default: a
 * misconfigured PBX sees at once why it is refused, and a 403 is no larger than the request, so it cannot amplify);
 * `drop` says nothing and, on TCP, closes the connection as soon as it is accepted. ACKs and responses from such
 * peers are always dropped.
 */
export type RefusalPolicy = 'forbid' | 'drop';

export interface SipTransportOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** UDP and TCP share it; default 5060, 0 picks a free port. */
  readonly port?: number;
  /** Exact addresses or CIDR ranges; default loopback only (`127.0.0.1`, `::1`). */
  readonly allow?: readonly string[];
  readonly refusal?: RefusalPolicy;
  /** Default 256; further connections are closed by the server at once. */
  readonly maxTcpConnections?: number;
  /** A TCP connection without traffic for this long is closed; default 120 s. */
  readonly tcpIdleTimeoutMs?: number;
  readonly limits?: Partial<SipLimits>;
  /** Something worth a log line (refused peers, dropped messages, socket errors). Default: nothing. */
  readonly log?: (event: string) => void;
}

export type SipRequestListener = (incoming: IncomingSipRequest) => void;
/** Responses to requests the gateway sent (the client-transaction layer takes them). */
export type SipResponseListener = (response: SipResponse, source: SipPeer) => void;

/** How a client transaction hands a request to the network; `failed` is called (once) when it could not be sent. */
export interface SipRequestSender {
  sendRequest(request: SipRequest, target: SipPeer, failed: (reason: string) => void): void;
}

const defaultAllow = ['127.0.0.1', '::1'];

/**
 * The SIP transport layer (RFC 3261 §18) for a UAS: UDP and TCP on one address and port. It parses what arrives,
 * stamps the top Via, answers what fails to parse when that is possible (400/413/505/513), refuses peers outside the
 * allow-list, and hands the rest to the listener. Hostile input never throws: every socket has an error handler,
 * and a listener that throws is logged, not propagated.
 */
export class SipTransport implements SipRequestSender {
  private readonly tcpSockets = new Set<Socket>();
  /** Open TCP connections by peer (`address|port`), accepted or opened by us, so requests reuse them. */
  private readonly tcpByPeer = new Map<string, Socket>();
  /** After `close()`, transactions whose timers still run must not touch the closed sockets. */
  private closed = false;
  private onResponse: SipResponseListener = () => {};

  private constructor(
    private readonly udp: UdpSocket,
    private readonly tcp: Server,
    private readonly filter: PeerFilter,
    private readonly options: SipTransportOptions,
    private readonly onRequest: SipRequestListener,
  ) {}

  /** Binds both sockets; rejects when the allow-list is invalid or the port cannot be bound. */
  static async listen(options: SipTransportOptions, onRequest: SipRequestListener): Promise<SipTransport> {
    const filter = parsePeerAllowList(options.allow ?? defaultAllow);
    if (!filter.ok) throw new Error(filter.error);
    const host = options.host ?? '127.0.0.1';
    const port = options.port ?? 5060;
    // With port 0 the system picks a free UDP port, whose TCP twin may be taken: then a fresh pair tries again.
    for (let attempt = 1; ; attempt++) {
      const udp = createSocket({ type: isIPv6(host) ? 'udp6' : 'udp4' });
      const tcp = createServer({ pauseOnConnect: false });
      tcp.maxConnections = options.maxTcpConnections ?? 256;
      const transport = new SipTransport(udp, tcp, filter.value, options, onRequest);
      try {
        await transport.bind(host, port);
        return transport;
      } catch (error) {
        const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
        if (port !== 0 || !taken || attempt >= PICK_PORT_ATTEMPTS) throw error;
      }
    }
  }

  setResponseListener(listener: SipResponseListener): void {
    this.onResponse = listener;
  }

  get port(): number {
    return this.udp.address().port;
  }

  get host(): string {
    return this.udp.address().address;
  }

  /** Open TCP connections (for tests and metrics). */
  get tcpConnections(): number {
    return this.tcpSockets.size;
  }

  /**
   * Sends a request the gateway originates (RFC 3261 §18.1.1): over UDP from the listening socket (a UA sends from
   * its listening port, so NATs and symmetric peers answer there), over TCP on an open connection to that peer
   * (accepted or ours), else on a new one from an ephemeral port whose responses come back through the same listener.
   * The target must be an address, not a name. Never throws.
   */
  sendRequest(request: SipRequest, target: SipPeer, failed: (reason: string) => void): void {
    if (this.closed) {
      failed('transport closed');
      return;
    }
    const bytes = serializeSipMessage(request);
    if (target.transport === 'udp') {
      this.udp.send(bytes, target.port, target.address, (error) => {
        if (error) failed(`udp send failed: ${error.message}`);
      });
      return;
    }
    const open = this.tcpByPeer.get(peerKey(target.address, target.port));
    if (open?.writable) {
      open.write(bytes);
      return;
    }
    const socket = connect({ host: target.address, port: target.port });
    let connected = false;
    socket.once('error', (error) => {
      if (!connected) failed(`tcp connect failed: ${error.message}`);
    });
    socket.once('connect', () => {
      connected = true;
      this.attach(socket, { transport: 'tcp', address: target.address, port: target.port });
      socket.write(bytes);
    });
  }

  /** Whether a TCP connection to this peer is open (a dialog prefers the connection its INVITE came on). */
  hasConnection(peer: SipPeer): boolean {
    return peer.transport === 'tcp' && this.tcpByPeer.get(peerKey(peer.address, peer.port))?.writable === true;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const socket of this.tcpSockets) socket.destroy();
    await Promise.all([
      new Promise<void>((resolve) => this.tcp.close(() => resolve())),
      new Promise<void>((resolve) => this.udp.close(() => resolve())),
    ]);
  }

  /** UDP first (port 0 picks one), then TCP on the same port; with port 0 a taken TCP port is retried. */
  private async bind(host: string, port: number): Promise<void> {
    this.udp.on('error', (error) => this.log(`udp error: ${error.message}`));
    this.udp.on('message', (data, info) => this.receiveDatagram(data, info.address, info.port));
    this.tcp.on('connection', (socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      this.udp.once('error', reject);
      this.udp.bind(port, host, () => {
        this.udp.off('error', reject);
        resolve();
      });
    });
    const bound = this.udp.address().port;
    await new Promise<void>((resolve, reject) => {
      this.tcp.once('error', reject);
      this.tcp.listen(bound, host, () => {
        this.tcp.off('error', reject);
        resolve();
      });
    }).catch((error: unknown) => {
      this.udp.close();
      throw error;
    });
    this.tcp.on('error', (error) => this.log(`tcp error: ${error.message}`));
  }

  private receiveDatagram(data: Buffer, address: string, port: number): void {
    const peer: SipPeer = { transport: 'udp', address, port };
    const result = parseSipMessage(data, { transport: 'datagram', limits: this.options.limits ?? {} });
    const send = (response: SipResponse): void => this.sendDatagram(response, udpResponseTarget(response));
    if (result.ok) {
      this.handle(result, peer, send);
      return;
    }
    // A failed request's Via was never stamped and may name anyone: answer where the datagram came from.
    this.answerFailure(result, peer, (response) => this.sendDatagram(response, peer));
  }

  private sendDatagram(response: SipResponse, target: { address: string; port: number } | undefined): void {
    if (this.closed) return;
    if (target === undefined) {
      this.log('udp response dropped: no address in the top Via');
      return;
    }
    this.udp.send(serializeSipMessage(response), target.port, target.address, (error) => {
      if (error) this.log(`udp send failed: ${error.message}`);
    });
  }

  private accept(socket: Socket): void {
    const address = socket.remoteAddress ?? '';
    if (!this.filter.allows(address) && (this.options.refusal ?? 'forbid') === 'drop') {
      this.log(`tcp connection from ${address} refused`);
      socket.destroy();
      return;
    }
    this.attach(socket, { transport: 'tcp', address, port: socket.remotePort ?? 0 });
  }

  /** Reads messages from a TCP connection, accepted or opened by us, and remembers it for requests to that peer. */
  private attach(socket: Socket, peer: SipPeer): void {
    socket.on('error', (error) => this.log(`tcp connection error: ${error.message}`));
    const key = peerKey(peer.address, peer.port);
    this.tcpSockets.add(socket);
    this.tcpByPeer.set(key, socket);
    socket.on('close', () => {
      this.tcpSockets.delete(socket);
      if (this.tcpByPeer.get(key) === socket) this.tcpByPeer.delete(key);
    });
    socket.setTimeout(this.options.tcpIdleTimeoutMs ?? 120_000, () => socket.destroy());
    const send = (response: SipResponse): void => {
      if (socket.writable) socket.write(serializeSipMessage(response));
    };
    const framer = new SipStreamFramer(this.options.limits);
    socket.on('data', (chunk: Buffer) => {
      for (const event of framer.push(chunk)) {
        if (event.type === 'message') this.handle(event.result, peer, send);
        else if (event.type === 'ping') socket.write('\r\n');
        else if (event.type === 'fatal') {
          this.answerFailure(event, peer, send);
          socket.end();
        }
      }
    });
  }

  private handle(result: SipParseResult, peer: SipPeer, send: (response: SipResponse) => void): void {
    if (!result.ok) {
      this.answerFailure(result, peer, send);
      return;
    }
    const { message, core } = result;
    if (message.kind === 'response') {
      if (this.filter.allows(peer.address)) this.safely(() => this.onResponse(message, peer));
      return;
    }
    const stamped = stampTopVia(message, peer);
    if (!stamped.ok) {
      this.log(`request dropped: ${describeSipParseError(stamped.error)}`);
      return;
    }
    const request = stamped.value;
    if (!this.filter.allows(peer.address)) {
      this.log(`${request.method} from ${peer.address} refused`);
      if (request.method !== 'ACK' && (this.options.refusal ?? 'forbid') === 'forbid') {
        send(buildResponse(request, 403));
      }
      return;
    }
    const incoming: IncomingSipRequest = { request, core, source: peer, reliable: peer.transport !== 'udp', send };
    this.safely(() => this.onRequest(incoming));
  }

  /** Parse failures are answered to anyone (the sender cannot be told apart), or dropped. */
  private answerFailure(
    failure: Parameters<typeof respondToParseFailure>[0],
    peer: SipPeer,
    send: (response: SipResponse) => void,
  ): void {
    const action = respondToParseFailure(failure);
    if (action.action === 'drop') {
      this.log(`message from ${peer.address} dropped: ${action.reason}`);
      return;
    }
    if (!this.filter.allows(peer.address) && (this.options.refusal ?? 'forbid') === 'drop') return;
    send(action.response);
  }

  private safely(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.log(`listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private log(event: string): void {
    this.options.log?.(event);
  }
}

function peerKey(address: string, port: number): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return `${mapped?.[1] ?? address}|${port}`;
}
