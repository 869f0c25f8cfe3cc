import { signalingProtocol } from '@plenum/protocol';
import { coreProtocol, type ResumeTicket } from '../protocol.js';
import { type CoreCommands, createCoreCommands } from './coreCommands.js';
import { parseFrame } from './parseFrame.js';
import { reconnectDelay } from './reconnectDelay.js';

/**
 * Why a connection ended for good (no further reconnects). `resumeRejected`: the ticket the
 * connection started with (kept across a page reload) was no longer valid, so there is no seat
 * to come back to; the person joins afresh from the pre-join screen. `suspended`: the page
 * went away (reload, tab closed) without saying goodbye, so the server keeps the seat for the
 * grace period.
 */
export type ClosedReason = 'left' | 'roomClosed' | 'kicked' | 'roomFull' | 'resumeRejected' | 'suspended';

/**
 * Where the signalling connection is. `reconnecting` covers both an unexpected drop and a
 * server shutdown (`serverShutdown: true`), after which the client keeps trying to come back.
 */
export type ConnectionStatus =
  | { readonly phase: 'connecting' }
  | { readonly phase: 'joined'; readonly resumed: boolean }
  | { readonly phase: 'reconnecting'; readonly attempt: number; readonly serverShutdown: boolean }
  | { readonly phase: 'closed'; readonly reason: ClosedReason };

/** Callbacks a socket implementation must call. `onMessage` gets the raw text frame. */
export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: string): void;
  onClose(): void;
}

/** The little the connection needs from a WebSocket; see `browserSocket` in the web app. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
}

export interface SignalingConnectionOptions {
  readonly displayName: string;
  /**
   * A ticket from before a page reload: the first `join` resumes that participant. If the
   * server rejects it, the connection closes with `resumeRejected` instead of joining afresh.
   */
  readonly resume?: ResumeTicket | undefined;
  /** Opens a new socket to the room's signalling URL. Called once per (re)connect attempt. */
  readonly openSocket: (handlers: SocketHandlers) => SocketLike;
  /** Schedules `fn` after `ms`; returns a cancel function. Injected so tests run on a fake clock. */
  readonly schedule: (fn: () => void, ms: number) => () => void;
  readonly random?: () => number;
  /** Every JSON-decoded frame from the server, in order, after the connection's own bookkeeping. */
  readonly onFrame: (frame: unknown) => void;
  readonly onStatus: (status: ConnectionStatus) => void;
}

/**
 * One participant's signalling link to a room, surviving network drops.
 *
 * Contract: `start()` opens a socket and sends `core.join`. On an unexpected close it reconnects
 * with backoff and joins again with the resume ticket of the last `joined` (kept in memory only,
 * never persisted, so a stolen URL or storage dump cannot take over the seat). If the server
 * rejects the ticket, it joins afresh on the same socket. `leave()` says goodbye and stops for
 * good; `suspend()` stops without goodbye (the page is going away and may come back with the
 * ticket, which its owner keeps per tab, see `resume`). Frames are passed on unchanged; the owner parses them with the module schemas.
 */
export class SignalingConnection {
  readonly #options: SignalingConnectionOptions;
  #socket: SocketLike | null = null;
  #open = false;
  #ticket: ResumeTicket | null = null;
  /** True until the first `joined`, while joining with a ticket from before a page reload. */
  #resumingReload = false;
  #attempt = 0;
  #serverShutdown = false;
  #cancelRetry: (() => void) | null = null;
  #stopped = false;
  readonly #commands: CoreCommands;

  constructor(options: SignalingConnectionOptions) {
    this.#options = options;
    this.#commands = createCoreCommands((frame) => this.send(frame));
    if (options.resume) {
      this.#ticket = options.resume;
      this.#resumingReload = true;
    }
  }

  start(): void {
    if (this.#socket || this.#stopped) return;
    this.#options.onStatus({ phase: 'connecting' });
    this.#connect();
  }

  /** Sends a command frame if the socket is open. Frames sent while disconnected are dropped on purpose: after a reconnect everything is renegotiated from scratch. */
  send(frame: object): void {
    if (this.#socket && this.#open) this.#socket.send(JSON.stringify(frame));
  }

  /** Leaves the room on purpose (no grace period) and closes the socket. */
  leave(): void {
    if (this.#stopped) return;
    this.#commands.leave();
    this.#stop({ phase: 'closed', reason: 'left' });
  }

  /** Stops without a goodbye: the server keeps the participant for the grace period. */
  suspend(): void {
    if (this.#stopped) return;
    this.#stop({ phase: 'closed', reason: 'suspended' });
  }

  #stop(status: ConnectionStatus): void {
    this.#stopped = true;
    this.#ticket = null;
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    const socket = this.#socket;
    this.#socket = null;
    this.#open = false;
    socket?.close();
    this.#options.onStatus(status);
  }

  #connect(): void {
    const socket = this.#options.openSocket({
      onOpen: () => {
        if (this.#socket !== socket) return;
        this.#open = true;
        this.#commands.join(this.#options.displayName, this.#ticket ?? undefined);
      },
      onMessage: (data) => {
        if (this.#socket === socket) this.#handleMessage(data);
      },
      onClose: () => {
        if (this.#socket === socket) this.#handleDrop();
      },
    });
    this.#socket = socket;
  }

  #handleMessage(data: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    const core = parseFrame(coreProtocol, frame);
    if (core?.kind === 'event' && core.event.event === 'joined') {
      this.#ticket = core.event.resume;
      this.#resumingReload = false;
      this.#attempt = 0;
      this.#serverShutdown = false;
      this.#options.onStatus({ phase: 'joined', resumed: core.event.resumed });
    } else if (core?.kind === 'error' && core.error.error === 'resumeRejected') {
      this.#ticket = null;
      if (this.#resumingReload) {
        this.#options.onFrame(frame);
        this.#stop({ phase: 'closed', reason: 'resumeRejected' });
        return;
      }
      this.#commands.join(this.#options.displayName);
    } else if (core?.kind === 'error' && core.error.error === 'roomFull') {
      this.#options.onFrame(frame);
      this.#stop({ phase: 'closed', reason: 'roomFull' });
      return;
    }
    const signaling = parseFrame(signalingProtocol, frame);
    if (signaling?.kind === 'event' && signaling.event.event === 'closing') {
      this.#options.onFrame(frame);
      const reason = signaling.event.reason;
      if (reason === 'shutdown') this.#serverShutdown = true;
      else this.#stop({ phase: 'closed', reason });
      return;
    }
    this.#options.onFrame(frame);
  }

  #handleDrop(): void {
    this.#socket = null;
    this.#open = false;
    if (this.#stopped) return;
    const attempt = this.#attempt++;
    this.#options.onStatus({ phase: 'reconnecting', attempt, serverShutdown: this.#serverShutdown });
    this.#cancelRetry = this.#options.schedule(
      () => {
        this.#cancelRetry = null;
        if (!this.#stopped) this.#connect();
      },
      reconnectDelay(attempt, this.#options.random),
    );
  }
}
