import { type ParticipantId, signalingProtocol } from '@plenum/protocol';
import { coreProtocol, type RemovalReason, type ResumeTicket } from '../protocol.js';
import { type CoreCommands, createCoreCommands } from './coreCommands.js';
import { parseFrame } from './parseFrame.js';
import { reconnectDelay } from './reconnectDelay.js';

/**
 * Why a connection ended for good (no further reconnects). `resumeRejected`: the ticket the
 * connection started with (kept across a page reload) was no longer valid, so there is no seat
 * to come back to; the person joins afresh from the pre-join screen. `suspended`: the page
 * went away (reload, tab closed) without saying goodbye, so the server keeps the seat for the
 * grace period. `timeLimit`: the meeting reached the longest duration its organisation allows.
 * `notAdmitted`: a moderator turned this waiting person away. `accessRefused`: no access ticket
 * is to be had any more (signed out, password changed, invitation revoked…; the ticket source
 * knows why). `ticketRejected`: the server refused a fresh access ticket twice in a row. A
 * removal by a moderator (`core.removed`) or a refused join of a banned person (`core.banned`)
 * ends with its `RemovalReason`: `kicked`, `banned`, `debrief` or `meetingEnded`.
 */
export type ClosedReason =
  | 'left'
  | 'roomClosed'
  | 'timeLimit'
  | 'roomFull'
  | 'resumeRejected'
  | 'suspended'
  | 'notAdmitted'
  | 'accessRefused'
  | 'ticketRejected'
  | RemovalReason;

/**
 * Where the signalling connection is. `reconnecting` covers both an unexpected drop and a
 * server shutdown (`serverShutdown: true`), after which the client keeps trying to come back.
 * `waiting`: joined the connection but waits for a moderator (`sentBack` when one moved this
 * participant out of the meeting).
 */
export type ConnectionStatus =
  | { readonly phase: 'connecting' }
  | { readonly phase: 'waiting'; readonly sentBack: boolean }
  | { readonly phase: 'joined'; readonly resumed: boolean }
  | { readonly phase: 'reconnecting'; readonly attempt: number; readonly serverShutdown: boolean }
  | ClosedStatus;

/**
 * The connection ended for good. After a removal, `by` is the participant who removed this client (or ended the
 * meeting) when the server said who, and `byYou` whether that was this very participant (the moderator who ended
 * the meeting for everyone is taken out too).
 */
export type ClosedStatus =
  | { readonly phase: 'closed'; readonly reason: Exclude<ClosedReason, RemovalReason> }
  | {
      readonly phase: 'closed';
      readonly reason: RemovalReason;
      readonly by: ParticipantId | null;
      readonly byYou: boolean;
    };

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

/**
 * The answer to "give me an access ticket for the next join": a ticket; `unavailable` for
 * passing trouble (network, server busy), after which the connection backs off and asks again;
 * or `refused` when asking again will not help (the connection ends with `accessRefused`).
 */
export type TicketAnswer =
  | { readonly kind: 'ticket'; readonly ticket: string }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'refused' };

export interface SignalingConnectionOptions {
  readonly displayName: string;
  /**
   * A ticket from before a page reload: the first `join` resumes that participant. If the
   * server rejects it, the connection closes with `resumeRejected` instead of joining afresh.
   */
  readonly resume?: ResumeTicket | undefined;
  /**
   * Fetches a fresh single-use access ticket (`POST /v1/rooms/{roomId}/tickets`). Called before
   * every socket is opened and once more when the server rejects a ticket. A rejected promise
   * counts as `unavailable`.
   */
  readonly ticket: () => Promise<TicketAnswer>;
  /** Opens a new socket to the room's signalling URL. Called once per (re)connect attempt. */
  readonly openSocket: (handlers: SocketHandlers) => SocketLike;
  /** Schedules `fn` after `ms`; returns a cancel function. Injected so tests run on a fake clock. */
  readonly schedule: (fn: () => void, ms: number) => () => void;
  readonly random?: () => number;
  /** Every JSON-decoded frame from the server, in order, after the connection's own bookkeeping. */
  readonly onFrame: (frame: unknown) => void;
  readonly onStatus: (status: ConnectionStatus) => void;
}

async function askTicket(ticket: () => Promise<TicketAnswer>): Promise<TicketAnswer> {
  try {
    return await ticket();
  } catch {
    return { kind: 'unavailable' };
  }
}

/**
 * One participant's signalling link to a room, surviving network drops.
 *
 * Contract: `start()` fetches an access ticket, then opens a socket and sends `core.join` with
 * it (the ticket comes first so that the server's 10 s join deadline is not spent on the
 * request). On an unexpected close it reconnects with backoff, each time with a fresh access
 * ticket, and joins again with the resume ticket of the last `joined` (kept in memory only,
 * never persisted, so a stolen URL or storage dump cannot take over the seat). If the server
 * rejects the resume ticket, it joins afresh on the same socket; if it rejects the access
 * ticket, it fetches one more and joins again on the same socket, and gives up
 * (`ticketRejected`) when that one is refused too. A waiting person holds no seat, so after a
 * drop it joins afresh and queues again. It stops for good by itself when the server ends this
 * client's presence: a removal (`core.removed`), a refused ban (`core.banned`), a waiting person
 * turned away (`core.notAdmitted`), a full room, or the server closing the room
 * (`signaling.closing` other than a shutdown); the closed status says why, after the frame was
 * passed on. `leave()` says goodbye and stops for good; `suspend()` stops without goodbye (the
 * page is going away and may come back with the ticket, which its owner keeps per tab, see
 * `resume`). Frames are passed on unchanged; the owner parses them with the module schemas.
 */
export class SignalingConnection {
  readonly #options: SignalingConnectionOptions;
  /** The name a fresh join uses: the one given at start, or the latest the server confirmed. */
  #displayName: string;
  #socket: SocketLike | null = null;
  #open = false;
  #ticket: ResumeTicket | null = null;
  /** This client's participant id from the last `joined`, to tell whether a removal was its own doing. */
  #participantId: ParticipantId | null = null;
  /** The access ticket for the join on the current socket. */
  #access: string | null = null;
  /** Whether the current socket already asked for a second access ticket after a rejection. */
  #accessRetried = false;
  /** Counts connect attempts, so that a ticket arriving for an abandoned attempt is ignored. */
  #generation = 0;
  /** True until the first `joined`, while joining with a ticket from before a page reload. */
  #resumingReload = false;
  #attempt = 0;
  #serverShutdown = false;
  #cancelRetry: (() => void) | null = null;
  #started = false;
  #stopped = false;
  readonly #commands: CoreCommands;

  constructor(options: SignalingConnectionOptions) {
    this.#options = options;
    this.#displayName = options.displayName;
    this.#commands = createCoreCommands((frame) => this.send(frame));
    if (options.resume) {
      this.#ticket = options.resume;
      this.#resumingReload = true;
    }
  }

  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    this.#options.onStatus({ phase: 'connecting' });
    void this.#connect();
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
    this.#generation++;
    this.#ticket = null;
    this.#access = null;
    this.#cancelRetry?.();
    this.#cancelRetry = null;
    const socket = this.#socket;
    this.#socket = null;
    this.#open = false;
    socket?.close();
    this.#options.onStatus(status);
  }

  async #connect(): Promise<void> {
    const generation = ++this.#generation;
    const answer = await askTicket(this.#options.ticket);
    if (this.#stopped || generation !== this.#generation) return;
    if (answer.kind === 'refused') return this.#stop({ phase: 'closed', reason: 'accessRefused' });
    if (answer.kind === 'unavailable') return this.#handleDrop();
    this.#access = answer.ticket;
    this.#accessRetried = false;
    const socket = this.#options.openSocket({
      onOpen: () => {
        if (this.#socket !== socket) return;
        this.#open = true;
        this.#join();
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

  /** This person's name changed (the server confirmed it): a later fresh join, e.g. after a long drop, uses it. */
  setDisplayName(name: string): void {
    this.#displayName = name;
  }

  #join(): void {
    if (this.#access === null) return;
    this.#commands.join(this.#displayName, this.#access, this.#ticket ?? undefined);
    // Single use: whatever the server answers, this ticket is spent.
    this.#access = null;
  }

  /** Fetches another access ticket and joins with it on the socket that is open now. */
  async #joinAgain(): Promise<void> {
    const socket = this.#socket;
    const generation = this.#generation;
    const answer = await askTicket(this.#options.ticket);
    if (this.#stopped || generation !== this.#generation || this.#socket !== socket) return;
    switch (answer.kind) {
      case 'ticket':
        this.#access = answer.ticket;
        this.#join();
        return;
      case 'refused':
        return this.#stop({ phase: 'closed', reason: 'accessRefused' });
      case 'unavailable':
        // The server closes a socket that does not join in time; start over on a new one.
        this.#socket = null;
        this.#open = false;
        socket?.close();
        this.#handleDrop();
    }
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
      this.#participantId = core.event.participantId;
      this.#resumingReload = false;
      this.#attempt = 0;
      this.#serverShutdown = false;
      this.#options.onStatus({ phase: 'joined', resumed: core.event.resumed });
    } else if (core?.kind === 'event' && core.event.event === 'waiting') {
      // Waiting survives no connection loss and resume tickets come only with `joined`.
      this.#ticket = null;
      this.#resumingReload = false;
      this.#attempt = 0;
      this.#serverShutdown = false;
      this.#options.onStatus({ phase: 'waiting', sentBack: core.event.sentBack });
    } else if (core?.kind === 'event' && core.event.event === 'notAdmitted') {
      this.#options.onFrame(frame);
      this.#stop({ phase: 'closed', reason: 'notAdmitted' });
      return;
    } else if (core?.kind === 'event' && core.event.event === 'removed') {
      // The server closes the socket next; reconnecting would only join again (or be refused).
      const by = core.event.by ?? null;
      this.#options.onFrame(frame);
      this.#stop({ phase: 'closed', reason: core.event.reason, by, byYou: by !== null && by === this.#participantId });
      return;
    } else if (core?.kind === 'error' && core.error.error === 'banned') {
      // A banned person's join is refused for the rest of the meeting: trying again cannot help.
      this.#options.onFrame(frame);
      this.#stop({ phase: 'closed', reason: 'banned', by: null, byYou: false });
      return;
    } else if (core?.kind === 'error' && core.error.error === 'resumeRejected') {
      this.#ticket = null;
      if (this.#resumingReload) {
        this.#options.onFrame(frame);
        this.#stop({ phase: 'closed', reason: 'resumeRejected' });
        return;
      }
      // The refused join spent its access ticket: join afresh with a new one.
      void this.#joinAgain();
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
      else if (reason === 'kicked') this.#stop({ phase: 'closed', reason, by: null, byYou: false });
      else this.#stop({ phase: 'closed', reason });
      return;
    }
    if (signaling?.kind === 'error' && signaling.error.error === 'ticketRejected') {
      this.#options.onFrame(frame);
      if (this.#accessRetried) {
        this.#stop({ phase: 'closed', reason: 'ticketRejected' });
        return;
      }
      this.#accessRetried = true;
      void this.#joinAgain();
      return;
    }
    this.#options.onFrame(frame);
  }

  #handleDrop(): void {
    this.#socket = null;
    this.#open = false;
    this.#access = null;
    if (this.#stopped) return;
    const attempt = this.#attempt++;
    this.#options.onStatus({ phase: 'reconnecting', attempt, serverShutdown: this.#serverShutdown });
    this.#cancelRetry = this.#options.schedule(
      () => {
        this.#cancelRetry = null;
        if (!this.#stopped) void this.#connect();
      },
      reconnectDelay(attempt, this.#options.random),
    );
  }
}
