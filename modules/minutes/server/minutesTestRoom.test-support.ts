import { coreModule } from '@plenum/module-core/server';
import type { CommandOf, ErrorOf, EventOf, RoomId } from '@plenum/protocol';
import type { RoomAssets, RoomAttendance, RoomRecordStore } from '@plenum/room-kit';
import { type JoinOverrides, type PersonaName, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import * as Y from 'yjs';
import { MinutesSync } from '../client/MinutesSync.js';
import type { MinutesProtocol } from '../protocol.js';
import { createMinutesModule, type MinutesOptions } from './MinutesModule.js';
import { voteTellerModule } from './voteTeller.test-support.js';

export interface MinutesRoomOptions extends MinutesOptions {
  readonly records?: RoomRecordStore;
  readonly roomId?: RoomId;
  readonly assets?: RoomAssets;
  readonly attendance?: RoomAttendance;
  /** Adds `voteTellerModule`, which tells the room of concluded votes. */
  readonly voteTeller?: boolean;
}

/** A room with core and minutes. */
export function minutesRoom(options: MinutesRoomOptions = {}): TestRoom {
  return new TestRoom({
    modules: [coreModule, createMinutesModule(options), ...(options.voteTeller ? [voteTellerModule] : [])],
    ...(options.attendance ? { attendance: options.attendance } : {}),
    ...(options.records ? { records: options.records } : {}),
    ...(options.roomId ? { roomId: options.roomId } : {}),
    ...(options.assets ? { assets: options.assets } : {}),
  });
}

/**
 * A persona with the real client helper over its own Y.Doc: commands go out through the persona (the server's
 * envelope parsing), and `pump` feeds the minutes frames it received since the last pump back into the helper.
 */
export class MinutesClient {
  readonly doc = new Y.Doc();
  readonly sync: MinutesSync;
  readonly problems: unknown[] = [];
  #seen = 0;

  /** Sends the join state's generation with `sync` and `update`, as the real client does. */
  constructor(readonly persona: TestPersona) {
    const joined = persona.inbox.last('core', 'joined')?.modules as
      | Record<string, { canWrite: boolean; generation: number }>
      | undefined;
    this.sync = new MinutesSync(this.doc, {
      ...(joined?.minutes ? { generation: joined.minutes.generation } : {}),
      send: (command: CommandOf<MinutesProtocol>) => {
        const { action, ...fields } = command;
        persona.send('minutes', action, fields);
      },
      onProblem: (p) => this.problems.push(p),
    });
    this.sync.setCanWrite(joined?.minutes?.canWrite ?? false);
  }

  /** Feeds every minutes frame received since the last pump into the helper. */
  pump(): void {
    const frames = this.persona.inbox.frames;
    for (; this.#seen < frames.length; this.#seen++) {
      const frame = frames[this.#seen];
      if (frame?.ns !== 'minutes') continue;
      if ('event' in frame) this.sync.receive(frame as unknown as EventOf<MinutesProtocol>);
      else this.sync.refused(frame as unknown as ErrorOf<MinutesProtocol>);
    }
  }

  /** Connects the helper (sync) and feeds the answer in. */
  async connect(): Promise<void> {
    this.sync.connected();
    await this.settle();
  }

  /** Lets the room work, then feeds what arrived. */
  async settle(): Promise<void> {
    await this.persona.test.settle();
    this.pump();
  }
}

/** Joins a persona and connects a minutes client for it. */
export async function joinWithMinutes(
  room: TestRoom,
  name: PersonaName,
  overrides: JoinOverrides = {},
): Promise<MinutesClient> {
  const persona = await room.join(name, { userId: `u-${name}`, ...overrides });
  const client = new MinutesClient(persona);
  await client.connect();
  return client;
}

/** The minutes frames a persona received (events and errors). */
export const minutesFrames = (p: TestPersona) => p.inbox.frames.filter((f) => f.ns === 'minutes');
