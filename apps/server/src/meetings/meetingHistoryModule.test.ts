import { FakeMediaPlane } from '@plenum/media/fake';
import type { ConnectionId, RoomId } from '@plenum/protocol';
import { installationSigner, type Participant, silentLogger } from '@plenum/room-kit';
import { FakeClock, MemoryRecordStore, testInstallationKey } from '@plenum/room-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { ConfigSchema } from '../config/configSchema.js';
import { registry } from '../registry.js';
import { openRoom } from '../rooms/openRoom.test-support.js';
import { RoomHost } from '../rooms/RoomHost.js';
import type { MeetingHistory, MeetingRecorder } from './MeetingHistory.js';

const roomId = 'r'.repeat(22) as RoomId;
const conn = (c: string) => c.repeat(22) as ConnectionId;

/** A history that writes down what the host told it, and whose end can be held back like a slow database. */
function recordingHistory() {
  const calls: string[] = [];
  let release: () => void = () => {};
  const endWritten = new Promise<void>((resolve) => {
    release = resolve;
  });
  const history: MeetingHistory = {
    begin(room, at): MeetingRecorder {
      const meetingId = `meeting-${calls.length}`;
      calls.push(`begin ${room.slice(0, 1)} ${at}`);
      const who = (p: Participant) => `${p.displayName}/${p.kind}/${p.role}`;
      return {
        meetingId,
        joined: (p, t) => calls.push(`join ${who(p)} ${t}`),
        left: (p, t) => calls.push(`leave ${who(p)} ${t}`),
        roleChanged: (p) => calls.push(`role ${who(p)}`),
        written: () => Promise.resolve(),
        end: (t) => {
          calls.push(`end ${t}`);
          return endWritten;
        },
      };
    },
  };
  return { history, calls, release: () => release() };
}

function setup() {
  const clock = new FakeClock(0);
  const recorded = recordingHistory();
  const host = new RoomHost({
    registry,
    media: new FakeMediaPlane(),
    records: new MemoryRecordStore(),
    signer: installationSigner(testInstallationKey()),
    clock,
    log: silentLogger,
    rooms: ConfigSchema.parse({}).rooms,
    meetings: recorded.history,
  });
  const frames: Record<string, unknown>[] = [];
  for (const c of ['a', 'b', 'c']) {
    host.attach(conn(c), roomId, {
      send: (f) => frames.push(JSON.parse(f) as Record<string, unknown>),
      close: () => {},
    });
  }
  return { clock, host, frames, ...recorded };
}

describe('the room host records meetings', () => {
  it('beginsAMeetingWhenTheRoomStartsAndRecordsJoinsAndLeavesButNotTheRecorder', async () => {
    const { clock, host, frames, calls } = setup();
    clock.advance(1000);
    const room = openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 10 });
    expect(host.meetingOf(roomId)).toBe('meeting-0');
    room.join(conn('a'), { displayName: 'Olga', role: 'owner', kind: 'browser', userId: 'u1', identity: 'user:u1' });
    room.join(conn('b'), { displayName: 'Recorder', role: 'participant', kind: 'recorder' });
    clock.advance(500);
    room.join(conn('c'), { displayName: 'Anruf', role: 'guest', kind: 'phone' });
    await vi.waitFor(() => expect(frames.filter((f) => f.event === 'joined')).toHaveLength(3));
    room.command(conn('c'), { ns: 'core', action: 'leave' });
    await room.idle();
    expect(calls).toEqual([
      'begin r 1000',
      'join Olga/browser/owner 1000',
      'join Anruf/phone/guest 1500',
      'leave Anruf/phone/guest 1500',
    ]);
  });

  it('endsTheMeetingAfterTheLastLeaveWhenTheRoomClosesAndForgetsItsId', async () => {
    const { clock, host, calls, release } = setup();
    const room = openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 10 });
    room.join(conn('a'), { displayName: 'Olga', role: 'owner', kind: 'browser' });
    await room.idle();
    clock.advance(60_000);
    let closed = false;
    const closing = host.closeAll(1000).then(() => {
      closed = true;
    });
    await vi.waitFor(() => expect(calls.at(-1)).toBe('end 60000'));
    expect(calls.slice(-2)).toEqual(['leave Olga/browser/owner 60000', 'end 60000']);
    expect(host.meetingOf(roomId)).toBeUndefined();
    expect(closed).toBe(false);
    release();
    await closing;
  });

  it('startsANewMeetingForTheNextRunOfTheRoom', async () => {
    const { host, calls, release } = setup();
    release();
    const first = openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 10 });
    first.join(conn('a'), { displayName: 'Olga', role: 'owner', kind: 'browser' });
    await first.idle();
    first.command(conn('a'), { ns: 'core', action: 'leave' });
    await vi.waitFor(() => expect(calls.at(-1)).toMatch(/^end/));
    openRoom(host, roomId, { waitingRoom: 'off', maxParticipants: 10 });
    expect(host.meetingOf(roomId)).toBe('meeting-4');
    expect(calls.filter((c) => c.startsWith('begin'))).toHaveLength(2);
  });
});
