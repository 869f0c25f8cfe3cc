import type { MediaPlane } from '@plenum/media';
import type { ConnectionId, RoomId } from '@plenum/protocol';
import { type AnyModuleDefinition, type Clock, type Logger, Room, type RoomTransport } from '@plenum/room-kit';
import type { Config } from '../config/configSchema.js';
import type { LiveCounts } from '../observability/Metrics.js';

/** What the host needs from a signalling connection to deliver frames to it. */
export interface ConnectionSink {
  send(frame: string): void;
  close(reason: string): void;
}

export interface RoomHostOptions {
  readonly registry: readonly AnyModuleDefinition[];
  readonly media: MediaPlane;
  readonly clock: Clock;
  readonly log: Logger;
  readonly rooms: Config['rooms'];
  readonly onFrameOut?: (frame: string, recipients: number) => void;
}

/**
 * The rooms that live on this server node, created on first join and closed when the last
 * participant has left. Also the transport between rooms and signalling connections.
 */
export class RoomHost {
  readonly #o: RoomHostOptions;
  readonly #rooms = new Map<RoomId, Room>();
  readonly #closing = new Set<Promise<void>>();
  readonly #sinks = new Map<ConnectionId, ConnectionSink>();
  readonly #transport: RoomTransport;

  constructor(options: RoomHostOptions) {
    this.#o = options;
    this.#transport = {
      send: (to, frame) => {
        let delivered = 0;
        for (const c of to) {
          const sink = this.#sinks.get(c);
          if (!sink) continue;
          sink.send(frame);
          delivered++;
        }
        options.onFrameOut?.(frame, delivered);
      },
      close: (c, reason) => this.#sinks.get(c)?.close(reason),
    };
  }

  /** The live room for this id, created when absent. */
  roomFor(id: RoomId): Room {
    const existing = this.#rooms.get(id);
    if (existing && !existing.closed) return existing;
    const room: Room = new Room({
      roomId: id,
      modules: this.#o.registry,
      transport: this.#transport,
      clock: this.#o.clock,
      log: this.#o.log.child({ room: id }),
      ports: { media: this.#o.media },
      settings: { maxParticipants: this.#o.rooms.maxParticipants },
      reconnectGraceMs: this.#o.rooms.reconnectGraceSeconds * 1000,
      onEmpty: () => {
        if (this.#rooms.get(id) === room) this.#rooms.delete(id);
        this.#track(room.close());
      },
    });
    this.#rooms.set(id, room);
    return room;
  }

  attach(connection: ConnectionId, sink: ConnectionSink): void {
    this.#sinks.set(connection, sink);
  }

  detach(connection: ConnectionId): void {
    this.#sinks.delete(connection);
  }

  /** Sends one frame to every open connection, joined or not (e.g. `signaling.closing`). */
  broadcastAll(frame: string): void {
    for (const sink of this.#sinks.values()) sink.send(frame);
  }

  counts(): LiveCounts {
    let participants = 0;
    let connections = 0;
    for (const room of this.#rooms.values()) {
      participants += room.participantCount;
      connections += room.connectionCount;
    }
    return { rooms: this.#rooms.size, participants, connections };
  }

  /** Closes every room (their media is released) and waits, up to the deadline. */
  async closeAll(deadlineMs: number): Promise<void> {
    const rooms = [...this.#rooms.values()];
    this.#rooms.clear();
    await Promise.all([...rooms.map((r) => r.close(deadlineMs)), ...this.#closing]);
  }

  #track(closing: Promise<void>): void {
    this.#closing.add(closing);
    void closing.finally(() => this.#closing.delete(closing));
  }
}
