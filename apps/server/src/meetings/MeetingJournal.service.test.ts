import {
  MeetingPresenceRepository,
  MeetingRepository,
  migrateToLatest,
  newRoomId,
  RoomRepository,
  TenantRepository,
} from '@plenum/db';
import { openScratchDatabase, type ScratchDatabase } from '@plenum/db/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { Participant } from '@plenum/room-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingJournal } from './MeetingJournal.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 26, 9, 0);

function participant(id: string, overrides: Partial<Participant> = {}): Participant {
  return {
    id: id as ParticipantId,
    displayName: `Name ${id}`,
    role: 'participant',
    kind: 'browser',
    userId: null,
    identity: `guest:${id}`,
    group: null,
    permissions: { microphone: true, screen: false },
    joinedAt: start,
    presence: 'online',
    connections: [],
    ...overrides,
  };
}

describe('MeetingJournal on PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let rooms: RoomRepository;
  let meetings: MeetingRepository;
  let presence: MeetingPresenceRepository;
  const lines: { obj: object; msg: string }[] = [];
  const log = {
    debug: () => {},
    info: () => {},
    warn: (obj: object, msg: string) => lines.push({ obj, msg }),
    error: (obj: object, msg: string) => lines.push({ obj, msg }),
    child: () => log,
  };
  let journal: MeetingJournal;

  beforeAll(async () => {
    scratch = await openScratchDatabase('postgres');
    await migrateToLatest(scratch.db);
    await new TenantRepository(scratch.db).ensure({ id: 'alpha', name: 'Alpha' });
    rooms = new RoomRepository(scratch.db);
    meetings = new MeetingRepository(scratch.db);
    presence = new MeetingPresenceRepository(scratch.db);
    journal = new MeetingJournal({ meetings, presence, presenceRetentionDays: 30, log });
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('writesTheMeetingItsSessionsInOrderAndItsEndWithoutTheRoomWaiting', async () => {
    const room = (await rooms.create({ id: newRoomId(), title: 'Rat', tenantId: 'alpha' })).id;
    const recorder = journal.begin(room, start);
    const anna = participant('anna');
    recorder.joined(anna, start);
    recorder.roleChanged({ ...anna, role: 'moderator' });
    recorder.left(anna, start + 60_000);
    await recorder.end(start + 120_000);
    expect(await meetings.findById(recorder.meetingId)).toMatchObject({
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(start + 120_000).toISOString(),
    });
    const [session] = await presence.sessions(recorder.meetingId);
    expect(session).toMatchObject({
      displayName: 'Name anna',
      role: 'moderator',
      leftAt: new Date(start + 60_000).toISOString(),
    });
    expect(session?.personKey).not.toContain('anna');
    expect(await meetings.deleteExpiredPresence(new Date(start + 30 * DAY - 1))).toBe(0);
    expect(await meetings.deleteExpiredPresence(new Date(start + 30 * DAY))).toBe(1);
  });

  it('keepsNoHistoryOfARoomWithoutTenant', async () => {
    const room = (await rooms.create({ id: newRoomId(), title: 'Anonym' })).id;
    const recorder = journal.begin(room, start);
    recorder.joined(participant('x'), start);
    await recorder.end(start + 1);
    expect(await meetings.findById(recorder.meetingId)).toBeUndefined();
    expect(await presence.sessions(recorder.meetingId)).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('logsAFailedWriteWithIdsButNoNameAndGoesOn', async () => {
    const room = (await rooms.create({ id: newRoomId(), title: 'Rat', tenantId: 'alpha' })).id;
    const recorder = journal.begin(room, start);
    recorder.joined(participant('long', { displayName: 'Geheimname'.repeat(30), userId: 'no-such-user' }), start);
    recorder.joined(participant('ok'), start);
    await recorder.end(start + 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.msg).toBe('meeting history: join not recorded');
    expect(lines[0]?.obj).toMatchObject({ room, meeting: recorder.meetingId, code: '23503' });
    expect(JSON.stringify(lines)).not.toContain('Geheimname');
    expect((await presence.sessions(recorder.meetingId)).map((s) => s.participantId)).toEqual(['ok']);
  });

  it('writtenResolvesOnceAJoinJustAskedForIsInTheDatabase', async () => {
    const room = (await rooms.create({ id: newRoomId(), title: 'Rat', tenantId: 'alpha' })).id;
    const recorder = journal.begin(room, start);
    recorder.joined(participant('late'), start + 5);
    await recorder.written();
    expect((await presence.sessions(recorder.meetingId)).map((s) => s.participantId)).toEqual(['late']);
    await recorder.end(start + 10);
  });
});
