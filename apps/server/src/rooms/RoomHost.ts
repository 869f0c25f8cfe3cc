import type { MediaPlane } from '@plenum/media';
import type { ConnectionId, GuestAccessMode, RoomId, WaitingRoomMode } from '@plenum/protocol';
import {
  type AnyModuleDefinition,
  type Clock,
  type Logger,
  noRoomAssets,
  noRoomAttendance,
  Room,
  type RoomCloseReason,
  type RoomRecordStore,
  type RoomSigner,
  type RoomTransport,
  type TimerId,
} from '@plenum/room-kit';
import type { Config } from '../config/configSchema.js';
import type { MeetingHistory, MeetingRecorder } from '../meetings/MeetingHistory.js';
import { meetingHistoryModule } from '../meetings/meetingHistoryModule.js';
import type { LiveCounts } from '../observability/Metrics.js';
import { type MeetingFiles, meetingRoomAssets } from './meetingRoomAssets.js';
import { type MeetingAttendanceSource, meetingRoomAttendance } from './meetingRoomAttendance.js';
import { type MeetingGuestLinks, roomGuestLinks } from './roomGuestLinks.js';

/** What a signalling connection needs to deliver frames to it. */
export interface ConnectionSink {
  send(frame: string): void;
  close(reason: string): void;
}

/** How a room starts, decided from its stored settings and its tenant's quotas by whoever opens it first. */
export interface RoomInit {
  readonly waitingRoom: WaitingRoomMode;
  /** Seats; already the smaller of the installation's and the tenant's limit. */
  readonly maxParticipants: number;
  /** The meeting ends for everyone this long after it started (the tenant's quota); absent means no limit. */
  readonly maxMinutes?: number | undefined;
  /** The tenant keeps the room chat this many days beyond the meeting; absent: chat ends with the meeting. */
  readonly keepChatDays?: number | undefined;
  /** The room's guest access is "through the waiting room": guests with a link wait whatever the policy. */
  readonly guestLinksWait?: boolean | undefined;
  /** The tenant's name, for the room's generated records (the header of a vote report). */
  readonly tenantName?: string | undefined;
  /** The tenant's language (its own or the installation's default), for the room's generated records. */
  readonly language?: 'de' | 'en' | undefined;
}

export interface RoomHostOptions {
  readonly registry: readonly AnyModuleDefinition[];
  readonly media: MediaPlane;
  /** Where rooms keep records beyond a meeting (kept chat). */
  readonly records: RoomRecordStore;
  /** Signs audit records (the legal vote's) with the installation key. */
  readonly signer: RoomSigner;
  readonly clock: Clock;
  readonly log: Logger;
  readonly rooms: Config['rooms'];
  /** Where meetings and their attendance are recorded; without it, rooms keep no history (unit tests). */
  readonly meetings?: MeetingHistory | undefined;
  /** Where modules store generated files, as assets of the room's meeting; without it (or meetings) rooms keep none. */
  readonly files?: MeetingFiles | undefined;
  /** Where the attendance report reads who attended the room's meeting; without it (or meetings) there is none. */
  readonly attendance?: MeetingAttendanceSource | undefined;
  /**
   * The guest links a meeting closes (a moderator banned a guest and closed their link) and gives uses back to (a
   * guest turned away from the waiting room); without it, rooms do neither (unit tests).
   */
  readonly guestLinks?: MeetingGuestLinks | undefined;
  readonly onFrameOut?: (frame: string, recipients: number) => void;
}

interface LiveRoom {
  readonly room: Room;
  timeLimit: TimerId | undefined;
  /** The meeting this run of the room records; ended (after its pending writes) once the room has closed. */
  readonly meeting: MeetingRecorder | undefined;
}

export const closingFrame = (reason: 'roomClosed' | 'timeLimit' | 'shutdown') =>
  JSON.stringify({ ns: 'signaling', event: 'closing', reason });

/**
 * The rooms that live on this server node, created on first join and closed when the last participant has left,
 * when their time limit is reached, or when their owner deletes them. Also the transport between rooms and
 * signalling connections.
 */
export class RoomHost {
  readonly #o: RoomHostOptions;
  readonly #rooms = new Map<RoomId, LiveRoom>();
  readonly #closing = new Set<Promise<void>>();
  /** The server shuts down: no room opens any more. */
  #stopping = false;
  readonly #sinks = new Map<ConnectionId, { sink: ConnectionSink; roomId: RoomId }>();
  readonly #transport: RoomTransport;

  constructor(options: RoomHostOptions) {
    this.#o = options;
    this.#transport = {
      send: (to, frame) => {
        let delivered = 0;
        for (const c of to) {
          const entry = this.#sinks.get(c);
          if (!entry) continue;
          entry.sink.send(frame);
          delivered++;
        }
        options.onFrameOut?.(frame, delivered);
      },
      close: (c, reason) => this.#sinks.get(c)?.sink.close(reason),
    };
  }

  /**
   * The live room for this id, created with `init` when absent (an existing room keeps its settings); null once the
   * server shuts down (`closeAll`): a join then would open a new meeting the shutdown leaves behind.
   */
  roomFor(id: RoomId, init?: RoomInit): Room | null {
    if (this.#stopping) return null;
    const existing = this.#rooms.get(id);
    if (existing && !existing.room.closed) return existing.room;
    const settings = {
      maxParticipants: Math.min(init?.maxParticipants ?? this.#o.rooms.maxParticipants, this.#o.rooms.maxParticipants),
      waitingRoom: init?.waitingRoom ?? 'off',
      ...(init?.keepChatDays === undefined ? {} : { keepChatDays: init.keepChatDays }),
      guestLinksWait: init?.guestLinksWait ?? false,
      ...(init?.tenantName === undefined ? {} : { tenantName: init.tenantName }),
      ...(init?.language === undefined ? {} : { language: init.language }),
    };
    const meeting = this.#o.meetings?.begin(id, this.#o.clock.now());
    const room: Room = new Room({
      roomId: id,
      modules: meeting ? [...this.#o.registry, meetingHistoryModule(meeting)] : this.#o.registry,
      transport: this.#transport,
      clock: this.#o.clock,
      log: this.#o.log.child({ room: id }),
      ports: {
        media: this.#o.media,
        records: this.#o.records,
        signer: this.#o.signer,
        assets: meeting && this.#o.files ? meetingRoomAssets(this.#o.files, meeting.meetingId) : noRoomAssets,
        attendance:
          meeting && this.#o.attendance
            ? meetingRoomAttendance(this.#o.attendance, meeting, this.#o.clock)
            : noRoomAttendance,
        ...(this.#o.guestLinks ? { guestLinks: roomGuestLinks(this.#o.guestLinks, id) } : {}),
      },
      settings,
      reconnectGraceMs: this.#o.rooms.reconnectGraceSeconds * 1000,
      onEmpty: () => this.#release(id, room),
    });
    const live: LiveRoom = { room, timeLimit: undefined, meeting };
    if (init?.maxMinutes !== undefined) {
      live.timeLimit = this.#o.clock.setTimer(init.maxMinutes * 60_000, () => {
        this.#o.log.info({ room: id, minutes: init.maxMinutes }, 'meeting reached its time limit');
        this.end(id, 'timeLimit');
      });
    }
    this.#rooms.set(id, live);
    return room;
  }

  /** The id of the meeting of this room that is running on this node (assets are stored under it), or undefined. */
  meetingOf(id: RoomId): string | undefined {
    const live = this.#rooms.get(id);
    return live && !live.room.closed ? live.meeting?.meetingId : undefined;
  }

  /** Where the rooms keep their records: also read and written outside a meeting (the prepared agenda). */
  get records(): RoomRecordStore {
    return this.#o.records;
  }

  /** Whether a meeting of this room is running on this node. */
  isLive(id: RoomId): boolean {
    const live = this.#rooms.get(id);
    return live !== undefined && !live.room.closed;
  }

  /** The live room's current waiting-room policy, or undefined when the room is not live here. */
  waitingRoomOf(id: RoomId): WaitingRoomMode | undefined {
    const live = this.#rooms.get(id);
    return live && !live.room.closed ? live.room.waitingRoomPolicy : undefined;
  }

  /** The owner changed the waiting room outside the meeting: a live meeting follows (`off` admits everyone). */
  applyWaitingRoom(id: RoomId, policy: WaitingRoomMode): void {
    const live = this.#rooms.get(id);
    if (live && !live.room.closed) live.room.setWaitingRoom(policy);
  }

  /**
   * The owner changed the room's guest access outside the meeting: its moderators are shown whether guests with a
   * link still wait whatever the policy (new tickets already follow the stored room).
   */
  applyGuestAccess(id: RoomId, guestAccess: GuestAccessMode): void {
    const live = this.#rooms.get(id);
    if (live && !live.room.closed) live.room.setGuestLinksWait(guestAccess === 'waitingRoom');
  }

  /**
   * Whether a moderator banned `identity` (`user:<id>`, `guest:<session hash>`) from the meeting of this room that is
   * live on this node. Bans last as long as the meeting: a later meeting of the room starts with none.
   */
  isBanned(id: RoomId, identity: string): boolean {
    const live = this.#rooms.get(id);
    return live !== undefined && !live.room.closed && live.room.isBanned(identity);
  }

  /** Ends a live meeting for everyone: they are told why, then the room closes. */
  end(id: RoomId, reason: 'roomClosed' | 'timeLimit'): void {
    const live = this.#rooms.get(id);
    if (!live) return;
    for (const [connection, entry] of this.#sinks) {
      if (entry.roomId === id) this.#transport.send([connection], closingFrame(reason));
    }
    this.#release(id, live.room);
  }

  attach(connection: ConnectionId, roomId: RoomId, sink: ConnectionSink): void {
    this.#sinks.set(connection, { sink, roomId });
  }

  detach(connection: ConnectionId): void {
    this.#sinks.delete(connection);
  }

  /** Sends one frame to every open connection, joined or not (e.g. `signaling.closing`). */
  broadcastAll(frame: string): void {
    for (const { sink } of this.#sinks.values()) sink.send(frame);
  }

  counts(): LiveCounts {
    let participants = 0;
    let connections = 0;
    for (const { room } of this.#rooms.values()) {
      participants += room.participantCount;
      connections += room.connectionCount;
    }
    return { rooms: this.#rooms.size, participants, connections };
  }

  /** Closes every room (their media is released) and waits, up to the deadline; no room opens from then on. */
  async closeAll(deadlineMs: number): Promise<void> {
    this.#stopping = true;
    const rooms = [...this.#rooms.values()];
    for (const live of rooms) this.#clearTimeLimit(live);
    this.#rooms.clear();
    await Promise.all([...rooms.map((r) => this.#close(r.room, r.meeting, deadlineMs, 'shutdown')), ...this.#closing]);
  }

  #release(id: RoomId, room: Room): void {
    const live = this.#rooms.get(id);
    if (live?.room === room) {
      this.#clearTimeLimit(live);
      this.#rooms.delete(id);
    }
    this.#track(this.#close(room, live?.room === room ? live.meeting : undefined));
  }

  /**
   * Closes the room, then ends its meeting's record (its leaves are queued by then). The record's writes get the same
   * deadline again, so a slow database cannot hold up a shutdown; they carry on behind it.
   */
  async #close(
    room: Room,
    meeting: MeetingRecorder | undefined,
    deadlineMs = 5000,
    reason: RoomCloseReason = 'ended',
  ): Promise<void> {
    const endedAt = this.#o.clock.now();
    await room.close(deadlineMs, reason);
    if (!meeting) return;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deadlineMs);
    });
    await Promise.race([meeting.end(endedAt), deadline]);
    clearTimeout(timer);
  }

  #clearTimeLimit(live: LiveRoom): void {
    if (live.timeLimit !== undefined) this.#o.clock.clearTimer(live.timeLimit);
    live.timeLimit = undefined;
  }

  #track(closing: Promise<void>): void {
    this.#closing.add(closing);
    void closing.finally(() => this.#closing.delete(closing));
  }
}
