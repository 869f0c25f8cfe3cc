import { FakeMediaPlane } from '@plenum/media/fake';
import type { ConnectionId, RoomId } from '@plenum/protocol';
import { defineProtocol } from '@plenum/protocol';
import {
  type AnyModuleDefinition,
  defineModule,
  installationSigner,
  type RoomSettings,
  silentLogger,
} from '@plenum/room-kit';
import { FakeClock, MemoryRecordStore, testInstallationKey } from '@plenum/room-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ConfigSchema } from '../config/configSchema.js';
import { registry } from '../registry.js';
import { openRoom } from './openRoom.test-support.js';
import { RoomHost } from './RoomHost.js';

const roomId = 'r'.repeat(22) as RoomId;
const connection = 'c'.repeat(22) as ConnectionId;

/** A module that only records the settings its room started with. */
function settingsProbe(seen: RoomSettings[]): AnyModuleDefinition {
  const protocol = defineProtocol({ ns: 'probe', commands: {}, events: {}, errors: {}, joinState: z.object({}) });
  return defineModule<typeof protocol>({
    protocol,
    init: (_ctx, settings) => {
      seen.push(settings);
      return {};
    },
  });
}

function setup(maxParticipants = 250, modules: readonly AnyModuleDefinition[] = registry) {
  const clock = new FakeClock();
  const host = new RoomHost({
    registry: modules,
    media: new FakeMediaPlane(),
    records: new MemoryRecordStore(),
    signer: installationSigner(testInstallationKey()),
    clock,
    log: silentLogger,
    rooms: { ...ConfigSchema.parse({}).rooms, maxParticipants },
  });
  const frames: Record<string, unknown>[] = [];
  const closed: string[] = [];
  host.attach(connection, roomId, {
    send: (f) => frames.push(JSON.parse(f) as Record<string, unknown>),
    close: (reason) => closed.push(reason),
  });
  return { clock, host, frames, closed };
}

describe('RoomHost', () => {
  it('endsAMeetingAtItsTimeLimitTellingEveryoneWhy', async () => {
    const { clock, host, frames, closed } = setup();
    const room = openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 10, maxMinutes: 30 });
    room.join(connection, { displayName: 'Olga', role: 'owner', kind: 'browser' });
    await vi.waitFor(() => expect(frames.some((f) => f.event === 'joined')).toBe(true));
    clock.advance(30 * 60_000 - 1);
    expect(frames.some((f) => f.event === 'closing')).toBe(false);
    clock.advance(1);
    expect(frames.at(-1)).toEqual({ ns: 'signaling', event: 'closing', reason: 'timeLimit' });
    await vi.waitFor(() => expect(closed).toEqual(['roomClosed']));
    expect(host.counts().rooms).toBe(0);
  });

  it('neverGivesARoomMoreSeatsThanTheInstallationAllows', async () => {
    const { host, frames } = setup(1);
    const room = openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 500 });
    room.join(connection, { displayName: 'A', role: 'owner', kind: 'browser' });
    const second = 'd'.repeat(22) as ConnectionId;
    host.attach(second, roomId, {
      send: (f) => frames.push(JSON.parse(f) as Record<string, unknown>),
      close: () => {},
    });
    room.join(second, { displayName: 'B', role: 'participant', kind: 'browser' });
    await vi.waitFor(() => expect(frames.find((f) => f.error === 'roomFull')).toMatchObject({ maxParticipants: 1 }));
  });

  it('givesTheModulesTheTenantsNameAndLanguage', () => {
    const seen: RoomSettings[] = [];
    const { host } = setup(250, [settingsProbe(seen)]);
    openRoom(host, roomId, {
      waitingRoom: 'off',
      maxParticipants: 5,
      tenantName: 'County of Testshire',
      language: 'en',
    });
    expect(seen).toEqual([expect.objectContaining({ tenantName: 'County of Testshire', language: 'en' })]);
  });

  it('leavesTheLanguageToTheModulesWhenTheRoomHasNone', () => {
    const seen: RoomSettings[] = [];
    const { host } = setup(250, [settingsProbe(seen)]);
    openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 5 });
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toHaveProperty('language');
  });

  it('keepsTheSettingsOfARoomThatIsAlreadyLive', () => {
    const { host } = setup();
    const room = openRoom(host, roomId, { waitingRoom: 'everyone', maxParticipants: 5 });
    expect(host.roomFor(roomId, { waitingRoom: 'off', maxParticipants: 9 })).toBe(room);
    expect(host.waitingRoomOf(roomId)).toBe('everyone');
    host.applyWaitingRoom(roomId, 'guests');
    return vi.waitFor(() => expect(host.waitingRoomOf(roomId)).toBe('guests'));
  });

  it('opensNoRoomOnceItShutsDownAndTellsTheModulesWhyTheirRoomCloses', async () => {
    const reasons: string[] = [];
    const protocol = defineProtocol({ ns: 'probe', commands: {}, events: {}, errors: {}, joinState: z.object({}) });
    const probe = defineModule<typeof protocol>({
      protocol,
      init: () => ({
        onClose: (reason) => {
          reasons.push(reason);
          return undefined;
        },
      }),
    });
    const { host } = setup(250, [...registry, probe]);
    openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 5 });
    const closing = host.closeAll(1000);
    // A join that arrives while the server shuts down would open a new meeting nobody ends.
    expect(host.roomFor(roomId, { waitingRoom: 'off', maxParticipants: 5 })).toBeNull();
    await closing;
    expect(reasons).toEqual(['shutdown']);
    expect(host.roomFor('s'.repeat(22) as RoomId, { waitingRoom: 'off', maxParticipants: 5 })).toBeNull();
  });
});
