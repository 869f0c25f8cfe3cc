import { randomBytes } from 'node:crypto';
import type { MediaPlane } from '@plenum/media';
import { FakeMediaPlane } from '@plenum/media/fake';
import type { ConnectionId, ParticipantId, RoomId, ServerFrame } from '@plenum/protocol';
import { CommandEnvelope } from '@plenum/protocol';
import { silentLogger } from '../Logger.js';
import type { AnyModuleDefinition, RoomSettings } from '../Module.js';
import type { Role } from '../Participant.js';
import { Room } from '../Room.js';
import type { RoomAssets } from '../RoomAssets.js';
import type { RoomAttendance } from '../RoomAttendance.js';
import type { GuestLinkRef } from '../RoomGuestLinks.js';
import type { RoomRecordStore } from '../RoomRecords.js';
import { installationSigner, type RoomSigner } from '../RoomSigner.js';
import type { RoomTransport } from '../RoomTransport.js';
import { FakeClock } from './FakeClock.js';
import { FakeRoomAttendance } from './FakeRoomAttendance.js';
import { FakeRoomGuestLinks } from './FakeRoomGuestLinks.js';
import { MemoryRecordStore } from './MemoryRecordStore.js';
import { MemoryRoomAssets } from './MemoryRoomAssets.js';
import { Inbox, type Persona, type PersonaName, personas } from './Persona.js';
import { testInstallationKey } from './testInstallationKey.js';

export interface TestRoomOptions {
  readonly modules: readonly AnyModuleDefinition[];
  readonly media?: MediaPlane;
  /** Records that outlive the room: pass one store to several TestRooms to play consecutive meetings. */
  readonly records?: RoomRecordStore;
  /** Signs audit chains; by default one over a fresh in-memory key (pass one signer to consecutive meetings). */
  readonly signer?: RoomSigner;
  /** Where modules store files; by default a `MemoryRoomAssets` (read it back as `room.assets`). */
  readonly assets?: RoomAssets;
  /** Who attended the meeting; by default a `FakeRoomAttendance` with nobody (read or set it as `room.attendance`). */
  readonly attendance?: RoomAttendance;
  /** The room's guest links; by default a `FakeRoomGuestLinks` (read it back as `room.guestLinks`). */
  readonly guestLinks?: FakeRoomGuestLinks;
  /** The room's id; fixed when consecutive meetings of one room are played. */
  readonly roomId?: RoomId;
  /** A clock set to a later day, for a later meeting. */
  readonly clock?: FakeClock;
  readonly settings?: Partial<RoomSettings>;
  readonly reconnectGraceMs?: number;
}

const newId = (): string => randomBytes(16).toString('base64url');

/**
 * The scenario-test harness: a real Room with the real runtime, a fake clock, the fake media
 * plane, and named personas whose inboxes record every frame they were sent.
 */
export class TestRoom {
  readonly clock: FakeClock;
  readonly media: MediaPlane;
  readonly records: RoomRecordStore;
  readonly signer: RoomSigner;
  readonly assets: RoomAssets;
  readonly attendance: RoomAttendance;
  readonly guestLinks: FakeRoomGuestLinks;
  readonly room: Room;
  readonly #inboxes = new Map<ConnectionId, Inbox>();
  emptied = 0;
  /** Every transport write: how many connections one serialised frame went to (fan-out checks). */
  readonly writes: { readonly recipients: number; readonly bytes: number }[] = [];

  constructor(options: TestRoomOptions) {
    this.clock = options.clock ?? new FakeClock();
    this.media = options.media ?? new FakeMediaPlane();
    this.records = options.records ?? new MemoryRecordStore();
    this.signer = options.signer ?? installationSigner(testInstallationKey());
    this.assets = options.assets ?? new MemoryRoomAssets();
    this.attendance = options.attendance ?? new FakeRoomAttendance();
    this.guestLinks = options.guestLinks ?? new FakeRoomGuestLinks();
    const transport: RoomTransport = {
      send: (to, frame) => {
        this.writes.push({ recipients: to.length, bytes: frame.length });
        const parsed = JSON.parse(frame) as ServerFrame;
        for (const c of to) this.#inboxes.get(c)?.frames.push(parsed);
      },
      close: (c, reason) => {
        const inbox = this.#inboxes.get(c);
        if (inbox) inbox.closedWith = reason;
      },
    };
    this.room = new Room({
      roomId: options.roomId ?? (newId() as RoomId),
      modules: options.modules,
      transport,
      clock: this.clock,
      log: silentLogger,
      ports: {
        media: this.media,
        records: this.records,
        signer: this.signer,
        assets: this.assets,
        attendance: this.attendance,
        guestLinks: this.guestLinks,
      },
      settings: { maxParticipants: 250, ...options.settings },
      reconnectGraceMs: options.reconnectGraceMs ?? 10_000,
      onEmpty: () => {
        this.emptied++;
      },
    });
  }

  /** Joins a named persona on a fresh connection, waits until the room is idle, and expects `joined`. */
  async join(name: PersonaName, overrides: JoinOverrides = {}): Promise<TestPersona> {
    return this.#arrive(name, overrides, 'joined');
  }

  /** Like `join`, but expects the persona to be put in the waiting room (`core.waiting`). */
  async wait(name: PersonaName, overrides: JoinOverrides = {}): Promise<TestPersona> {
    return this.#arrive(name, overrides, 'waiting');
  }

  async #arrive(name: PersonaName, overrides: JoinOverrides, expected: 'joined' | 'waiting'): Promise<TestPersona> {
    const p = personas[name];
    const connection = this.#connect();
    this.room.join(connection, {
      displayName: overrides.displayName ?? p.displayName,
      role: overrides.role ?? p.role,
      kind: p.kind,
      userId: overrides.userId,
      identity: overrides.identity,
      mustWait: overrides.mustWait,
      guestLink: overrides.guestLink,
    });
    await this.settle();
    const first = this.#inboxes.get(connection)?.last('core', expected);
    if (!first)
      throw new Error(`${name} did not get '${expected}': ${JSON.stringify(this.#inboxes.get(connection)?.frames)}`);
    return new TestPersona(this, name, connection, first);
  }

  /** A new connection that has not joined yet (for resume and bad-input tests). */
  connect(): { connectionId: ConnectionId; inbox: Inbox } {
    const connectionId = this.#connect();
    return { connectionId, inbox: this.#inbox(connectionId) };
  }

  /** Runs every queued task and all outstanding async work, until the room is quiet. */
  async settle(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.room.idle();
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.room.isIdle) return;
    }
    throw new Error('room did not settle');
  }

  /** Advances the fake clock and settles. */
  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await this.settle();
  }

  inbox(connection: ConnectionId): Inbox {
    return this.#inbox(connection);
  }

  #connect(): ConnectionId {
    const id = newId() as ConnectionId;
    this.#inboxes.set(id, new Inbox());
    return id;
  }

  #inbox(connection: ConnectionId): Inbox {
    const inbox = this.#inboxes.get(connection);
    if (!inbox) throw new Error('unknown test connection');
    return inbox;
  }
}

/** What a test may decide about a join instead of the persona's defaults (as the host would). */
export interface JoinOverrides {
  readonly role?: Role;
  readonly displayName?: string;
  readonly userId?: string;
  readonly identity?: string;
  readonly mustWait?: boolean;
  /** The guest link a guest came through, as the host would carry it from their ticket. */
  readonly guestLink?: GuestLinkRef;
}

/** A persona in a TestRoom. Sending goes through the same envelope parsing as the server. */
export class TestPersona implements Persona {
  readonly participantId: ParticipantId;
  #connection: ConnectionId;

  /** `first` is the `joined` or `waiting` event; both carry the participant id. */
  constructor(
    readonly test: TestRoom,
    readonly name: PersonaName,
    connection: ConnectionId,
    first: Record<string, unknown>,
  ) {
    this.#connection = connection;
    this.participantId = first.participantId as ParticipantId;
  }

  /** The resume ticket of the latest `joined` (a waiting persona has none until admitted). */
  get resume(): { participantId: ParticipantId; secret: string } {
    const joined = this.inbox.last('core', 'joined');
    if (!joined) throw new Error(`${this.name} has not joined`);
    return joined.resume as { participantId: ParticipantId; secret: string };
  }

  get connectionId(): ConnectionId {
    return this.#connection;
  }

  get inbox(): Inbox {
    return this.test.inbox(this.#connection);
  }

  send(ns: string, action: string, fields: Record<string, unknown> = {}, id?: string): void {
    this.sendRaw({ ...fields, ns, action, ...(id === undefined ? {} : { id }) });
  }

  sendRaw(frame: Record<string, unknown>): void {
    const envelope = CommandEnvelope.parse(frame);
    this.test.room.command(this.#connection, envelope);
  }

  /** Sends and waits until the room is quiet again. */
  async act(ns: string, action: string, fields: Record<string, unknown> = {}, id?: string): Promise<void> {
    this.send(ns, action, fields, id);
    await this.test.settle();
  }

  /** The connection drops without a leave (network loss). */
  async drop(): Promise<void> {
    this.test.room.disconnect(this.#connection);
    await this.test.settle();
  }

  /** A new connection takes this participant back with its resume ticket. */
  async reconnect(): Promise<Inbox> {
    const { connectionId, inbox } = this.test.connect();
    this.test.room.join(connectionId, {
      displayName: 'ignored',
      role: 'participant',
      kind: 'browser',
      resume: this.resume,
    });
    await this.test.settle();
    this.#connection = connectionId;
    return inbox;
  }

  /** Adds a second device: a new connection joined with the resume ticket while the first stays. */
  async addDevice(): Promise<ConnectionId> {
    const previous = this.#connection;
    await this.reconnect();
    const added = this.#connection;
    this.#connection = previous;
    return added;
  }
}
