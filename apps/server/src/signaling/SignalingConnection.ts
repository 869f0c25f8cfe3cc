import { coreProtocol } from '@plenum/module-core/protocol';
import type { ErrorOf } from '@plenum/protocol';
import {
  CommandEnvelope,
  type ConnectionId,
  type RoomId,
  signalingProtocol,
  TokenBucket,
  toIssues,
} from '@plenum/protocol';
import type { Logger } from '@plenum/room-kit';
import type { EntryGrant } from '../access/EntryGrant.js';
import type { TicketStore } from '../access/TicketStore.js';
import type { Config } from '../config/configSchema.js';
import { closingFrame, type RoomHost } from '../rooms/RoomHost.js';

type SignalingError = ErrorOf<typeof signalingProtocol>;

/** The socket operations a connection needs; the ws WebSocket provides them. */
export interface Socket {
  send(data: string): void;
  close(code: number, reason: string): void;
  readonly readyState: number;
}

export interface SignalingConnectionOptions {
  readonly id: ConnectionId;
  readonly roomId: RoomId;
  readonly socket: Socket;
  readonly host: RoomHost;
  readonly tickets: TicketStore<EntryGrant>;
  readonly limits: Config['signaling'];
  readonly log: Logger;
  readonly now: () => number;
  readonly onRejected: (reason: SignalingError['error']) => void;
  readonly onAccepted: (ns: string) => void;
}

/** Oversized frames tolerated before the connection is closed. */
const MAX_OVERSIZE_STRIKES = 3;
/** Refused frames in a row (beyond the burst) after which a flood counts as persisting. */
const FLOOD_CLOSE_AFTER = 100;
const OPEN = 1;
/** At most one log line per connection this often about rejected input (the metric counts all). */
const REJECT_LOG_INTERVAL_MS = 10_000;

/**
 * One participant connection's signalling: size cap, rate limit, JSON and envelope parsing,
 * then hand-over to the room. Every rejection is a typed error to this sender only; the
 * connection stays up unless the abuse persists.
 */
export class SignalingConnection {
  readonly #o: SignalingConnectionOptions;
  readonly #bucket: TokenBucket;
  #oversize = 0;
  #refusedInARow = 0;
  #lastRateNotice = Number.NEGATIVE_INFINITY;
  #lastRejectLog = Number.NEGATIVE_INFINITY;
  #rejectedSinceLog = 0;
  /** The room this connection joined (or tried to); joins always go to the live room. */
  #room: NonNullable<ReturnType<RoomHost['roomFor']>> | undefined;
  #closed = false;
  #entered = false;

  constructor(options: SignalingConnectionOptions) {
    this.#o = options;
    this.#bucket = new TokenBucket(options.limits.burst, 1000 / options.limits.ratePerSecond, options.now());
    options.host.attach(options.id, options.roomId, {
      send: (frame) => this.#write(frame),
      close: (reason) => this.#close(1000, reason),
    });
  }

  receive(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    if (this.#closed) return;
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    const { maxFrameBytes, ratePerSecond, burst } = this.#o.limits;
    if (bytes.byteLength > maxFrameBytes) {
      const closing = ++this.#oversize >= MAX_OVERSIZE_STRIKES;
      this.#reject({ error: 'frameTooLarge', maxBytes: maxFrameBytes, closing });
      if (closing) this.#close(1009, 'frame too large');
      return;
    }
    const now = this.#o.now();
    if (this.#bucket.take(now) > 0) {
      const closing = ++this.#refusedInARow >= FLOOD_CLOSE_AFTER;
      if (closing || now - this.#lastRateNotice >= 1000) {
        this.#lastRateNotice = now;
        this.#reject({ error: 'rateLimited', ratePerSecond, burst, closing });
      } else {
        this.#o.onRejected('rateLimited');
        this.#logRejection('rateLimited');
      }
      if (closing) this.#close(1008, 'rate limit');
      return;
    }
    this.#refusedInARow = 0;
    if (isBinary) {
      this.#reject({ error: 'invalidJson', message: 'binary frames are not accepted' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      this.#reject({ error: 'invalidJson', message: 'the frame is not valid JSON' });
      return;
    }
    const envelope = CommandEnvelope.safeParse(json);
    if (!envelope.success) {
      const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : undefined;
      this.#reject({ error: 'invalidEnvelope', issues: toIssues(envelope.error) }, id);
      return;
    }
    const frame = envelope.data;
    this.#o.onAccepted(frame.ns);
    if (frame.ns === coreProtocol.ns && frame.action === 'join') {
      const { ns: _ns, id: _id, action: _action, ...fields } = frame;
      const join = coreProtocol.commands.join.safeParse(fields);
      if (!join.success) {
        this.#reject({ error: 'invalidCommand', issues: toIssues(join.error) }, frame.id);
        return;
      }
      const redeemed = this.#o.tickets.redeem(join.data.ticket, this.#o.roomId);
      if ('rejected' in redeemed) {
        this.#reject({ error: 'ticketRejected', reason: redeemed.rejected }, frame.id);
        return;
      }
      const { grant } = redeemed;
      this.#entered = true;
      const room = this.#room && !this.#room.closed ? this.#room : this.#o.host.roomFor(this.#o.roomId, grant.room);
      if (!room) {
        // The server shuts down: told as everyone else was, the client comes back once it runs again.
        this.#write(closingFrame('shutdown'));
        this.#close(1012, 'shutdown');
        return;
      }
      this.#room = room;
      this.#room.join(this.#o.id, {
        displayName: grant.displayName ?? join.data.displayName,
        role: grant.role,
        kind: grant.kind,
        userId: grant.userId ?? undefined,
        identity: grant.identity,
        mustWait: grant.mustWait,
        guestLink: grant.guestLink ?? undefined,
        resume: join.data.resume,
        commandId: frame.id,
      });
      return;
    }
    if (!this.#room) {
      this.#reject({ error: 'notJoined' }, frame.id);
      return;
    }
    this.#room.command(this.#o.id, frame);
  }

  /** Whether a join with a valid ticket has happened (a socket that never gets there is closed by the route). */
  get entered(): boolean {
    return this.#entered;
  }

  /** Closes a socket that did not join in time. */
  closeUnjoined(): void {
    if (!this.#entered) this.#close(4408, 'join timeout');
  }

  /** The socket closed: the room starts the grace period (or forgets a never-joined socket). */
  closed(): void {
    this.#closed = true;
    this.#o.host.detach(this.#o.id);
    this.#room?.disconnect(this.#o.id);
  }

  #reject(error: SignalingError, id?: string): void {
    this.#o.onRejected(error.error);
    this.#logRejection(error.error);
    this.#write(JSON.stringify({ ns: signalingProtocol.ns, ...(id === undefined ? {} : { id }), ...error }));
  }

  /** A rate-limited log line, so a misbehaving client cannot flood the logs. No input is logged. */
  #logRejection(reason: string): void {
    this.#rejectedSinceLog++;
    const now = this.#o.now();
    if (now - this.#lastRejectLog < REJECT_LOG_INTERVAL_MS) return;
    this.#o.log.warn(
      { connection: this.#o.id, room: this.#o.roomId, reason, rejected: this.#rejectedSinceLog },
      'signalling input rejected',
    );
    this.#lastRejectLog = now;
    this.#rejectedSinceLog = 0;
  }

  #write(frame: string): void {
    if (this.#o.socket.readyState === OPEN) this.#o.socket.send(frame);
  }

  #close(code: number, reason: string): void {
    if (this.#closed) return;
    this.#o.log.info({ connection: this.#o.id, code, reason }, 'closing signalling connection');
    this.#o.socket.close(code, reason);
  }
}
