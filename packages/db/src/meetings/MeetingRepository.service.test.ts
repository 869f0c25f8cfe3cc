import type { RoomId } from '@plenum/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantRepository } from '../identity/TenantRepository.js';
import { UserRepository } from '../identity/UserRepository.js';
import { migrateToLatest } from '../migrateToLatest.js';
import { newRoomId } from '../rooms/newRoomId.js';
import type { RoomOwnerScope } from '../rooms/Room.js';
import { RoomRepository } from '../rooms/RoomRepository.js';
import { openScratchDatabase, type ScratchDatabase } from '../testing/index.js';
import type { NewMeetingAsset } from './Meeting.js';
import { MeetingAssetRepository } from './MeetingAssetRepository.js';
import { MeetingPresenceRepository } from './MeetingPresenceRepository.js';
import { MeetingRepository } from './MeetingRepository.js';
import { newMeetingId } from './newMeetingId.js';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
const later = new Date(Date.UTC(2027, 0, 1));

describe.each(['postgres', 'pglite'] as const)('meeting repositories on %s', (kind) => {
  let scratch: ScratchDatabase;
  let rooms: RoomRepository;
  let meetings: MeetingRepository;
  let presence: MeetingPresenceRepository;
  let assets: MeetingAssetRepository;
  let olga: RoomOwnerScope;
  let bert: RoomOwnerScope;

  const user = async (tenantId: string, subject: string, email: string | null = null) =>
    (
      await new UserRepository(scratch.db).upsertFromLogin({
        issuer: 'https://idp.test.invalid',
        subject,
        tenantId,
        displayName: subject,
        email,
        locale: null,
        isAdmin: false,
      })
    ).id;
  const roomOf = async (scope: RoomOwnerScope, title = 'Rat'): Promise<RoomId> =>
    (await rooms.create({ id: newRoomId(), title, tenantId: scope.tenantId, ownerId: scope.ownerId })).id;
  const open = async (roomId: string, startedAt = t(0)) => {
    const meeting = await meetings.open({ id: newMeetingId(), roomId, startedAt, presenceExpiresAt: later });
    if (!meeting) throw new Error('no meeting');
    return meeting;
  };
  const asset = (meetingId: string, size: number): NewMeetingAsset => ({
    id: newMeetingId(),
    meetingId,
    kind: 'vote-report',
    filename: 'Abstimmung.pdf',
    mediaType: 'application/pdf',
    size,
    sha256: 'a'.repeat(64),
    storageKey: newMeetingId(),
    visibility: 'participants',
    createdBy: null,
  });

  beforeAll(async () => {
    scratch = await openScratchDatabase(kind);
    await migrateToLatest(scratch.db);
    rooms = new RoomRepository(scratch.db);
    meetings = new MeetingRepository(scratch.db);
    presence = new MeetingPresenceRepository(scratch.db);
    assets = new MeetingAssetRepository(scratch.db);
    const tenants = new TenantRepository(scratch.db);
    await tenants.ensure({ id: 'alpha', name: 'Alpha' });
    await tenants.ensure({ id: 'bravo', name: 'Bravo' });
    olga = { tenantId: 'alpha', ownerId: await user('alpha', 'olga', 'olga@alpha.test') };
    bert = { tenantId: 'bravo', ownerId: await user('bravo', 'bert') };
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('opensAMeetingWithTheRoomsTenantAndTitleOfThatMomentAndClosesItOnce', async () => {
    const room = await roomOf(olga, 'Hauptausschuss');
    const meeting = await open(room);
    expect(meeting).toMatchObject({ roomId: room, tenantId: 'alpha', title: 'Hauptausschuss', endedAt: null });
    await rooms.updateOwned(olga, room, { title: 'Umbenannt' });
    await meetings.close(meeting.id, t(45));
    await meetings.close(meeting.id, t(50));
    expect(await meetings.findById(meeting.id)).toEqual({
      ...meeting,
      title: 'Hauptausschuss',
      endedAt: t(45).toISOString(),
    });
  });

  it('opensNoMeetingForARoomWithoutTenantAClosedRoomOrNoRoom', async () => {
    const anonymous = (await rooms.create({ id: newRoomId(), title: 'Anonym' })).id;
    const closed = await roomOf(olga);
    await rooms.closeOwned(olga, closed);
    for (const roomId of [anonymous, closed, newRoomId()]) {
      expect(
        await meetings.open({ id: newMeetingId(), roomId, startedAt: t(0), presenceExpiresAt: later }),
      ).toBeUndefined();
    }
  });

  it('listsTheOwnersMeetingsNewestFirstWithTheirAssetsAndNothingForStrangers', async () => {
    const room = await roomOf(olga);
    const first = await open(room, t(0));
    const second = await open(room, t(30));
    const stored = await assets.insertWithinQuota(asset(first.id, 10), 1000);
    if (!stored.ok) throw new Error('not stored');
    expect(stored.asset).toMatchObject({ meetingId: first.id, tenantId: 'alpha', size: 10 });
    const list = await meetings.listOwned(olga, room, 10);
    expect(list?.map((m) => [m.id, m.assets.map((a) => a.id)])).toEqual([
      [second.id, []],
      [first.id, [stored.asset.id]],
    ]);
    expect(await meetings.listOwned(olga, room, 1)).toHaveLength(1);
    expect(await meetings.listOwned(bert, room, 10)).toBeUndefined();
    expect(await meetings.listOwned({ tenantId: 'bravo', ownerId: olga.ownerId }, room, 10)).toBeUndefined();
  });

  it('recordsJoinsAndLeavesAndSummarisesAttendanceWithEmailOnlyWhenAsked', async () => {
    const meeting = await open(await roomOf(olga));
    const base = { meetingId: meeting.id, role: 'participant', kind: 'browser', userId: null } as const;
    await presence.joined({
      ...base,
      participantId: 'p1',
      personKey: 'olga',
      role: 'owner',
      userId: olga.ownerId,
      displayName: 'Olga',
      joinedAt: t(0),
    });
    await presence.joined({
      ...base,
      participantId: 'p2',
      personKey: 'olga',
      userId: olga.ownerId,
      displayName: 'Olga (Tablet)',
      joinedAt: t(10),
    });
    await presence.joined({
      ...base,
      participantId: 'p3',
      personKey: 'phone',
      kind: 'phone',
      displayName: '0171 ••• 23',
      joinedAt: t(5),
    });

    await presence.left(meeting.id, 'p1', t(30));
    await presence.left(meeting.id, 'p2', t(40));
    await presence.left(meeting.id, 'p2', t(55));
    expect((await presence.sessions(meeting.id)).map((s) => [s.participantId, s.leftAt])).toEqual([
      ['p1', t(30).toISOString()],
      ['p3', null],
      ['p2', t(40).toISOString()],
    ]);
    const running = await presence.attendance(meeting.id, { includeEmail: false, now: t(20) });
    expect(running.map((e) => [e.personKey, e.presenceMs / 60_000, e.role])).toEqual([
      ['olga', 40, 'owner'],
      ['phone', 15, 'participant'],
    ]);
    expect(running.every((e) => !('email' in e))).toBe(true);
    await meetings.close(meeting.id, t(50));
    const report = await presence.attendance(meeting.id, { includeEmail: true, now: t(59) });
    expect(report.map((e) => [e.personKey, e.lastLeave, e.presenceMs / 60_000, e.email, e.kind])).toEqual([
      ['olga', t(40).toISOString(), 40, 'olga@alpha.test', 'browser'],
      ['phone', t(50).toISOString(), 45, null, 'phone'],
    ]);
    expect(report[0]?.periods).toEqual([{ from: t(0).toISOString(), to: t(40).toISOString() }]);
    expect(await presence.rolesOf(meeting.id, olga.ownerId)).toEqual(expect.arrayContaining(['owner', 'participant']));
    expect(await presence.rolesOf(meeting.id, bert.ownerId)).toEqual([]);
  });

  it('keepsASecondSessionOfAParticipantAdmittedAgainAndRaisesTheRoleOfAnOpenSessionOnly', async () => {
    const meeting = await open(await roomOf(olga));
    const session = {
      meetingId: meeting.id,
      participantId: 'p',
      personKey: 'mia',
      kind: 'browser',
      role: 'participant',
      userId: null,
      displayName: 'Mia',
    } as const;
    await presence.joined({ ...session, joinedAt: t(0) });
    await presence.left(meeting.id, 'p', t(10));
    await presence.joined({ ...session, joinedAt: t(20) });
    await presence.raiseRole(meeting.id, 'p', 'moderator');
    await presence.raiseRole(meeting.id, 'p', 'participant');
    await presence.left(meeting.id, 'p', t(30));
    expect((await presence.sessions(meeting.id)).map((s) => [s.joinedAt, s.leftAt, s.role])).toEqual([
      [t(0).toISOString(), t(10).toISOString(), 'participant'],
      [t(20).toISOString(), t(30).toISOString(), 'moderator'],
    ]);
  });

  it('endsMeetingsLeftOpenByAStoppedServerAtTheirLastRecordedEvent', async () => {
    const room = await roomOf(olga);
    const busy = await open(room, t(0));
    const empty = await open(room, t(5));
    const done = await open(room, t(0));
    await meetings.close(done.id, t(1));
    const session = {
      meetingId: busy.id,
      personKey: 'k',
      kind: 'browser',
      role: 'guest',
      userId: null,
      displayName: 'G',
    } as const;
    await presence.joined({ ...session, participantId: 'a', joinedAt: t(2) });
    await presence.left(busy.id, 'a', t(20));
    await presence.joined({ ...session, participantId: 'b', joinedAt: t(30) });
    expect(await meetings.closeAbandoned()).toBeGreaterThanOrEqual(2);
    expect((await meetings.findById(busy.id))?.endedAt).toBe(t(30).toISOString());
    expect((await meetings.findById(empty.id))?.endedAt).toBe(t(5).toISOString());
    expect((await meetings.findById(done.id))?.endedAt).toBe(t(1).toISOString());
    expect((await presence.sessions(busy.id)).map((s) => s.leftAt)).toEqual([t(20).toISOString(), t(30).toISOString()]);
    expect(await meetings.closeAbandoned()).toBe(0);
  });

  it('deletesPresenceOnceItsRetentionHasPassedButKeepsTheMeeting', async () => {
    const room = await roomOf(olga);
    const short = await meetings.open({ id: newMeetingId(), roomId: room, startedAt: t(0), presenceExpiresAt: t(60) });
    const kept = await open(room);
    if (!short) throw new Error('no meeting');
    for (const m of [short, kept]) {
      await presence.joined({
        meetingId: m.id,
        participantId: 'p',
        personKey: 'k',
        kind: 'browser',
        role: 'guest',
        userId: null,
        displayName: 'Gast',
        joinedAt: t(1),
      });
    }
    expect(await meetings.deleteExpiredPresence(t(59))).toBe(0);
    expect(await meetings.deleteExpiredPresence(t(60))).toBe(1);
    expect(await presence.sessions(short.id)).toEqual([]);
    expect(await presence.sessions(kept.id)).toHaveLength(1);
    expect(await meetings.findById(short.id)).toBeDefined();
  });

  it('refusesAnAssetBeyondTheTenantsQuotaCountingEveryMeetingOfTheTenant', async () => {
    await new TenantRepository(scratch.db).ensure({ id: 'quota', name: 'Quota' });
    const owner = { tenantId: 'quota', ownerId: await user('quota', 'quinn') };
    const a = await open(await roomOf(owner));
    const b = await open(await roomOf(owner));
    expect((await assets.insertWithinQuota(asset(a.id, 600), 1000)).ok).toBe(true);
    expect(await assets.insertWithinQuota(asset(b.id, 401), 1000)).toEqual({
      ok: false,
      reason: 'quotaExceeded',
      usedBytes: 600,
    });
    expect((await assets.insertWithinQuota(asset(b.id, 400), 1000)).ok).toBe(true);
    expect(await assets.usedBytes('quota')).toBe(1000);
    expect(await assets.insertWithinQuota(asset(newMeetingId(), 1), 1000)).toEqual({
      ok: false,
      reason: 'meetingNotFound',
    });
  });

  it('letsOnlyOneOfTwoConcurrentInsertsTakeTheLastBytes', async () => {
    await new TenantRepository(scratch.db).ensure({ id: 'race', name: 'Race' });
    const owner = { tenantId: 'race', ownerId: await user('race', 'rita') };
    const m = await open(await roomOf(owner));
    const results = await Promise.all([
      assets.insertWithinQuota(asset(m.id, 700), 1000),
      assets.insertWithinQuota(asset(m.id, 700), 1000),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await assets.usedBytes('race')).toBe(700);
  });

  it('deletesAnAssetAndEveryMeetingOfADeletedRoomReturningTheStorageKeys', async () => {
    const room = await roomOf(olga);
    const other = await open(await roomOf(olga));
    const m = await open(room);
    const one = asset(m.id, 1);
    const two = asset(m.id, 2);
    await assets.insertWithinQuota(one, 10_000);
    await assets.insertWithinQuota(two, 10_000);
    await assets.insertWithinQuota(asset(other.id, 3), 10_000);
    expect((await assets.delete(one.id))?.storageKey).toBe(one.storageKey);
    expect(await assets.delete(one.id)).toBeUndefined();
    await presence.joined({
      meetingId: m.id,
      participantId: 'p',
      personKey: 'k',
      kind: 'browser',
      role: 'guest',
      userId: null,
      displayName: 'Gast',
      joinedAt: t(1),
    });
    expect(await meetings.deleteOfRoom(room)).toEqual([two.storageKey]);
    expect(await meetings.findById(m.id)).toBeUndefined();
    expect(await assets.findById(two.id)).toBeUndefined();
    expect(await presence.sessions(m.id)).toEqual([]);
    expect(await meetings.findById(other.id)).toBeDefined();
  });
});
