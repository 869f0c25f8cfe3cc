import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { MediaError } from '../MediaError.js';
import { backoffDelay } from './backoff.js';
import type { JanusHandleEvent } from './JanusHandle.js';
import type { JanusRequester, ReplyExpectation } from './JanusRequester.js';
import { JanusSession } from './JanusSession.js';
import { coreError } from './janusErrors.js';
import { type JanusInbound, janusInboundSchema } from './janusMessages.js';

/** Minimal structured logger (pino-compatible). Never given secrets. */
export interface JanusLogger {
  warn(details: Readonly<Record<string, unknown>>, message: string): void;
  info(details: Readonly<Record<string, unknown>>, message: string): void;
}

export interface JanusClientOptions {
  /** `ws://host:port` of the Janus WebSocket transport. */
  readonly url: string;
  /** Sent as `apisecret` on every request when set. */
  readonly apiSecret?: string;
  /** Per-request deadline, including waiting for a reconnect. Default 10 s. */
  readonly requestTimeoutMs?: number;
  /** Default 25 s (Janus drops sessions after 60 s of silence). */
  readonly keepaliveMs?: number;
  /** Reconnect backoff. Defaults 200 ms doubling up to 5 s. */
  readonly reconnectInitialMs?: number;
  readonly reconnectMaxMs?: number;
  /** Called with the round-trip time of every completed request, e.g. for a Prometheus histogram. */
  readonly onRoundTrip?: (ms: number, request: string) => void;
  /** Called on every (re)connect and disconnect, e.g. for a gauge or a health check. */
  readonly onConnectionChange?: (connected: boolean) => void;
  readonly logger?: JanusLogger;
}

interface Pending {
  readonly expect: ReplyExpectation;
  readonly label: string;
  readonly started: number;
  readonly resolve: (reply: JanusInbound) => void;
  readonly reject: (error: MediaError) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

type State = 'connecting' | 'open' | 'reconnecting' | 'closed';

const unavailable = (message: string) => new MediaError('unavailable', `janus: ${message}`);

/**
 * A typed client of the Janus WebSocket API (subprotocol `janus-protocol`).
 *
 * Every request carries a transaction and times out. Events are routed to the handle that
 * sent them. When the socket drops, in-flight requests fail `unavailable`, new requests wait
 * (within their deadline) while the client reconnects with backoff, and then every session is
 * `claim`ed; a session Janus no longer knows is marked lost (its handles get `lost`).
 * Sessions survive a dropped socket only if Janus runs with `reclaim_session_timeout` > 0.
 */
export class JanusClient implements JanusRequester {
  readonly #options: JanusClientOptions;
  readonly #requestTimeoutMs: number;
  readonly #pending = new Map<string, Pending>();
  readonly #sessions = new Map<number, JanusSession>();
  readonly #openWaiters = new Set<() => void>();
  readonly #transactionPrefix = randomBytes(4).toString('hex');
  #transactionCounter = 0;
  #socket: WebSocket | null = null;
  #state: State = 'connecting';
  #attempt = 0;
  #reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(options: JanusClientOptions) {
    this.#options = options;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  }

  /** Connects; rejects `unavailable` when the first connection fails (no retry for the first one). */
  static async connect(options: JanusClientOptions): Promise<JanusClient> {
    const client = new JanusClient(options);
    await client.open(true);
    return client;
  }

  get connected(): boolean {
    return this.#state === 'open';
  }

  /** Creates a session (kept alive and claimed after reconnects until destroyed or lost). */
  async createSession(): Promise<JanusSession> {
    const reply = await this.request({ janus: 'create' }, 'result', 'create');
    if (reply.janus !== 'success' || reply.data === undefined) {
      throw new MediaError('internal', `janus: unexpected reply '${reply.janus}' to create`);
    }
    const session = new JanusSession(this, reply.data.id, this.#options.keepaliveMs ?? 25_000, (id) =>
      this.#sessions.delete(id),
    );
    this.#sessions.set(session.id, session);
    return session;
  }

  /** One `ping`/`pong` round trip in milliseconds. */
  async ping(): Promise<number> {
    const started = performance.now();
    await this.request({ janus: 'ping' }, 'result', 'ping');
    return performance.now() - started;
  }

  /** Destroys every session (best effort) and closes the socket for good; idempotent. */
  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    if (this.#state === 'open') {
      await Promise.allSettled([...this.#sessions.values()].map((s) => s.destroy()));
    }
    this.#state = 'closed';
    if (this.#reconnectTimer !== null) clearTimeout(this.#reconnectTimer);
    for (const session of [...this.#sessions.values()]) session.markLost();
    this.failPending('client closed');
    for (const wake of this.#openWaiters) wake();
    this.#socket?.close();
    this.#socket = null;
  }

  /** Drops the socket as if the network failed (tests and operators' "reconnect now"). */
  dropConnection(): void {
    const socket = this.#socket;
    if (socket === null) return;
    socket.terminate();
    this.onDisconnected();
  }

  async request(
    body: Readonly<Record<string, unknown>>,
    expect: ReplyExpectation,
    label: string,
  ): Promise<JanusInbound> {
    const deadline = Date.now() + this.#requestTimeoutMs;
    let socket: WebSocket | null = null;
    while (socket === null) {
      await this.whenOpen(deadline);
      socket = this.#socket;
      // A socket that is already closing (its close event not yet delivered) counts as dropped.
      if (socket !== null && socket.readyState !== WebSocket.OPEN) {
        this.onDisconnected();
        socket = null;
      }
    }
    const transaction = `${this.#transactionPrefix}-${++this.#transactionCounter}`;
    const apiSecret = this.#options.apiSecret;
    const frame = JSON.stringify({
      ...body,
      transaction,
      ...(apiSecret === undefined ? {} : { apisecret: apiSecret }),
    });
    return new Promise<JanusInbound>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.#pending.delete(transaction);
          reject(unavailable(`no reply to '${label}' in time`));
        },
        Math.max(1, deadline - Date.now()),
      );
      this.#pending.set(transaction, { expect, label, started: performance.now(), resolve, reject, timer });
      socket.send(frame, (error) => {
        if (error === undefined || error === null) return;
        const pending = this.#pending.get(transaction);
        if (pending === undefined) return;
        this.settle(transaction, pending);
        reject(unavailable(`send failed for '${label}'`));
      });
    });
  }

  private open(first: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.#options.url, 'janus-protocol', {
        handshakeTimeout: this.#requestTimeoutMs,
        maxPayload: 16 * 1024 * 1024,
      });
      let opened = false;
      socket.on('open', () => {
        opened = true;
        if (this.#state === 'closed') {
          socket.close();
          return;
        }
        this.#socket = socket;
        this.#attempt = 0;
        this.#state = 'open';
        this.#options.onConnectionChange?.(true);
        for (const wake of this.#openWaiters) wake();
        this.#openWaiters.clear();
        if (!first) void this.claimSessions();
        resolve();
      });
      socket.on('message', (data, isBinary) => {
        if (!isBinary) this.onFrame(data.toString());
      });
      socket.on('error', (error) => {
        if (!opened) this.#options.logger?.warn({ url: this.#options.url, err: error.message }, 'janus connect failed');
      });
      socket.on('close', () => {
        if (!opened) {
          if (first) reject(unavailable(`cannot connect to ${this.#options.url}`));
          else this.scheduleReconnect();
          return;
        }
        if (this.#socket === socket) this.onDisconnected();
      });
    });
  }

  private onDisconnected(): void {
    this.#socket = null;
    if (this.#state === 'closed') return;
    this.#state = 'reconnecting';
    this.#options.onConnectionChange?.(false);
    this.#options.logger?.warn({ url: this.#options.url }, 'janus connection lost, reconnecting');
    this.failPending('connection lost');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.#state === 'closed') return;
    this.#state = 'reconnecting';
    const delay = backoffDelay(
      this.#attempt++,
      this.#options.reconnectInitialMs ?? 200,
      this.#options.reconnectMaxMs ?? 5_000,
      Math.random,
    );
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      void this.open(false);
    }, delay);
  }

  private async claimSessions(): Promise<void> {
    for (const session of [...this.#sessions.values()]) {
      try {
        await this.request({ janus: 'claim', session_id: session.id }, 'result', 'claim');
        this.#options.logger?.info({ sessionId: session.id }, 'janus session claimed after reconnect');
      } catch (error) {
        if (error instanceof MediaError && error.kind === 'unavailable' && this.#state !== 'open') return;
        this.#options.logger?.warn({ sessionId: session.id }, 'janus session lost');
        session.markLost();
      }
    }
  }

  private whenOpen(deadline: number): Promise<void> {
    if (this.#state === 'open') return Promise.resolve();
    if (this.#state === 'closed') return Promise.reject(unavailable('client closed'));
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.#openWaiters.delete(wake);
        if (this.#state === 'open') resolve();
        else reject(unavailable(this.#state === 'closed' ? 'client closed' : 'not connected'));
      };
      const timer = setTimeout(wake, Math.max(1, deadline - Date.now()));
      this.#openWaiters.add(wake);
    });
  }

  private settle(transaction: string, pending: Pending): void {
    clearTimeout(pending.timer);
    this.#pending.delete(transaction);
  }

  private failPending(reason: string): void {
    for (const [transaction, pending] of [...this.#pending]) {
      this.settle(transaction, pending);
      pending.reject(unavailable(`${reason} during '${pending.label}'`));
    }
  }

  private onFrame(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.#options.logger?.warn({ length: text.length }, 'janus sent invalid JSON');
      return;
    }
    const parsed = janusInboundSchema.safeParse(json);
    if (!parsed.success) {
      const type = typeof json === 'object' && json !== null && 'janus' in json ? String(json.janus) : '?';
      this.#options.logger?.warn({ type, issues: parsed.error.issues.length }, 'janus message not understood');
      return;
    }
    const message = parsed.data;
    if ('transaction' in message && message.transaction !== undefined) {
      const pending = this.#pending.get(message.transaction);
      if (pending !== undefined) {
        this.complete(message, message.transaction, pending);
        return;
      }
      if (message.janus !== 'event') return; // a late reply to a request that already timed out
    }
    this.route(message);
  }

  private complete(message: JanusInbound, transaction: string, pending: Pending): void {
    if (message.janus === 'ack' && pending.expect !== 'ack') return; // the plugin's event follows
    this.settle(transaction, pending);
    this.#options.onRoundTrip?.(performance.now() - pending.started, pending.label);
    if (message.janus === 'error') pending.reject(coreError(message.error.code, message.error.reason));
    else pending.resolve(message);
  }

  private route(message: JanusInbound): void {
    if (message.janus === 'timeout') {
      this.#sessions.get(message.session_id)?.markLost();
      return;
    }
    const event = toHandleEvent(message);
    if (event === null || !('sender' in message) || message.sender === undefined) return;
    if (message.session_id === undefined) return;
    this.#sessions.get(message.session_id)?.dispatch(message.sender, event);
  }
}

function toHandleEvent(message: JanusInbound): JanusHandleEvent | null {
  switch (message.janus) {
    case 'event':
      return message.jsep === undefined
        ? { type: 'plugin', data: message.plugindata.data }
        : { type: 'plugin', data: message.plugindata.data, jsep: message.jsep };
    case 'webrtcup':
      return { type: 'webrtcup' };
    case 'hangup':
      return { type: 'hangup', reason: message.reason ?? 'unknown' };
    case 'media':
      return message.mid === undefined
        ? { type: 'media', kind: message.type, receiving: message.receiving }
        : { type: 'media', kind: message.type, receiving: message.receiving, mid: message.mid };
    case 'slowlink':
      return message.mid === undefined
        ? { type: 'slowlink', uplink: message.uplink }
        : { type: 'slowlink', uplink: message.uplink, mid: message.mid };
    case 'detached':
      return { type: 'detached' };
    case 'ack':
    case 'success':
    case 'error':
    case 'pong':
    case 'timeout':
    case 'trickle':
      return null;
  }
}
