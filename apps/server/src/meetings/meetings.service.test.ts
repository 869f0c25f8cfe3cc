import { Readable } from 'node:stream';
import { newMeetingId, personKeyOf, TenantRepository } from '@plenum/db';
import { RoomId } from '@plenum/protocol';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashSessionId } from '../auth/SessionService.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { AssetSpec } from './MeetingAssets.js';
import { QuotaExceeded } from './QuotaExceeded.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

type Headers = { headers: Readonly<Record<string, string>> };

async function call(method: 'GET' | 'DELETE' | 'POST' | 'PATCH', url: string, as?: Headers, body?: unknown) {
  const res = await server.app.inject({
    method,
    url,
    headers: { ...(as?.headers ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  return { status: res.statusCode, headers: res.headers, body: res.body };
}

/** A meeting of the room that `people` join over signalling and leave again; resolves its id once it has ended. */
async function holdMeeting(roomId: string, people: readonly Headers[]): Promise<string> {
  const clients = [];
  for (const [i, person] of people.entries()) {
    const client = await server.connect(roomId, undefined, person);
    expect((await client.join(`Person ${i}`)).event).toBe('joined');
    clients.push(client);
  }
  const meetingId = server.host.meetingOf(RoomId.parse(roomId));
  if (!meetingId) throw new Error('no meeting');
  for (const client of clients) client.send({ ns: 'core', action: 'leave' });
  // The meeting's row is written asynchronously: wait until it exists and has ended.
  await vi.waitFor(async () =>
    expect(typeof (await server.meetings.meetings.findById(meetingId))?.endedAt).toBe('string'),
  );
  return meetingId;
}

const spec = (overrides: Partial<AssetSpec> = {}): AssetSpec => ({
  kind: 'vote-report',
  filename: 'Abstimmung.pdf',
  mediaType: 'application/pdf',
  visibility: 'participants',
  createdBy: null,
  ...overrides,
});
const put = (meetingId: string, body: string | Buffer, overrides: Partial<AssetSpec> = {}) =>
  server.meetings.files.put(meetingId, spec(overrides), Readable.from([Buffer.from(body)]));

describe('meetings of a room', () => {
  it('recordsWhoAttendedWhileTheRoomRunsAndEndsTheMeetingWhenItCloses', async () => {
    const room = await server.createRoom('Hauptausschuss');
    const meetingId = await holdMeeting(room, [server.owner, server.member]);
    const attendance = await server.meetings.presence.attendance(meetingId, { includeEmail: false, now: new Date() });
    expect(attendance.map((a) => [a.displayName, a.kind, a.role, a.userId])).toEqual([
      ['Person 0', 'browser', 'owner', server.owner.userId],
      ['Person 1', 'browser', 'participant', server.member.userId],
    ]);
    expect(attendance.every((a) => a.presenceMs >= 0 && a.lastLeave >= a.firstJoin)).toBe(true);
    expect(server.host.meetingOf(RoomId.parse(room))).toBeUndefined();
  });

  it('listsTheRoomsMeetingsWithTheirAssetsToTheOwnerOnly', async () => {
    const room = await server.createRoom('Finanzausschuss');
    const first = await holdMeeting(room, [server.owner]);
    const second = await holdMeeting(room, [server.owner]);
    const asset = await put(first, 'PDF');
    const list = await call('GET', `/v1/rooms/${room}/meetings`, server.owner);
    expect(list.status).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(list.body) as { meetings: { id: string; title: string; assets: unknown[] }[] };
    expect(body.meetings.map((m) => [m.id, m.title, m.assets.length])).toEqual([
      [second, 'Finanzausschuss', 0],
      [first, 'Finanzausschuss', 1],
    ]);
    expect(body.meetings[1]?.assets[0]).toEqual({
      id: asset.id,
      kind: 'vote-report',
      filename: 'Abstimmung.pdf',
      mediaType: 'application/pdf',
      size: 3,
      sha256: asset.sha256,
      visibility: 'participants',
      createdAt: asset.createdAt,
      url: `/v1/assets/${asset.id}`,
    });
    const stranger = await server.signIn('test');
    const foreign = await server.signIn('elsewhere');
    for (const who of [server.member, stranger, foreign]) {
      expect(await call('GET', `/v1/rooms/${room}/meetings`, who)).toMatchObject({ status: 404 });
    }
    expect(JSON.parse((await call('GET', `/v1/rooms/${room}/meetings`, foreign)).body)).toMatchObject({
      error: 'roomNotFound',
    });
    expect((await call('GET', `/v1/rooms/${room}/meetings`)).status).toBe(401);
  });
});

describe('meeting assets', () => {
  let room: string;
  let meetingId: string;
  beforeAll(async () => {
    room = await server.createRoom('Rat');
    meetingId = await holdMeeting(room, [server.owner, server.member]);
  });

  it('areDownloadedByTheOwnerAsAnAttachmentThatIsNeverCached', async () => {
    const asset = await put(meetingId, '%PDF-1.7 Niederschrift');
    const res = await call('GET', `/v1/assets/${asset.id}`, server.owner);
    expect(res).toMatchObject({ status: 200, body: '%PDF-1.7 Niederschrift' });
    expect(res.headers).toMatchObject({
      'content-type': 'application/pdf',
      'cache-control': 'no-store',
      'content-disposition': `attachment; filename="Abstimmung.pdf"; filename*=UTF-8''Abstimmung.pdf`,
      'x-content-type-options': 'nosniff',
    });
  });

  it('areDownloadedByAttendeesAsTheirVisibilityAllowsAndByNobodyElse', async () => {
    const forAll = await put(meetingId, 'all');
    const forModerators = await put(meetingId, 'mods', { visibility: 'moderators' });
    expect((await call('GET', `/v1/assets/${forAll.id}`, server.member)).status).toBe(200);
    expect((await call('GET', `/v1/assets/${forModerators.id}`, server.member)).status).toBe(404);
    expect((await call('GET', `/v1/assets/${forModerators.id}`, server.owner)).status).toBe(200);
    const absent = await server.signIn('test');
    const foreign = await server.signIn('elsewhere');
    for (const who of [absent, foreign]) {
      for (const id of [forAll.id, forModerators.id]) {
        const res = await call('GET', `/v1/assets/${id}`, who);
        expect(res.status).toBe(404);
        expect(JSON.parse(res.body)).toMatchObject({ error: 'notFound' });
      }
    }
    expect((await call('GET', `/v1/assets/${forAll.id}`)).status).toBe(401);
  });

  it('answersHostileAndUnknownAssetIdsWithNotFound', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '..', 'A'.repeat(22), `${'x'.repeat(2000)}`, '%00', 'a%22b']) {
      const res = await call('GET', `/v1/assets/${id}`, server.owner);
      expect(res.status, id).toBe(404);
      expect((await call('DELETE', `/v1/assets/${id}`, server.owner)).status, id).toBe(404);
    }
  });

  it('offersAHostileFilenameOnlyInASafeForm', async () => {
    const asset = await put(meetingId, 'x', {
      filename: '../../Prüfung"; filename="evil.html\r\nSet-Cookie: a=b',
      mediaType: 'text/markdown; charset=utf-8',
    });
    expect(asset.filename).toBe('_.._Prüfung_; filename=_evil.html__Set-Cookie_ a=b');
    const res = await call('GET', `/v1/assets/${asset.id}`, server.owner);
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="_.._Pr_fung_; filename=_evil.html__Set-Cookie_ a=b"; filename*=UTF-8''_.._Pr%C3%BCfung_%3B%20filename%3D_evil.html__Set-Cookie_%20a%3Db`,
    );
  });

  it('refusesAnAssetSpecThatIsNotValidBeforeStoringAnything', async () => {
    const before = server.assetStore.size;
    await expect(put(meetingId, 'x', { mediaType: 'text/html\r\nX: y' })).rejects.toThrow();
    await expect(put(meetingId, 'x', { kind: '../x' })).rejects.toThrow();
    expect(server.assetStore.size).toBe(before);
  });

  it('areDeletedByTheOwnerOnlyFileIncluded', async () => {
    const asset = await put(meetingId, 'weg');
    const before = server.assetStore.size;
    expect((await call('DELETE', `/v1/assets/${asset.id}`, server.member)).status).toBe(404);
    const withoutCsrfHeader = { headers: { cookie: server.owner.cookie } };
    expect((await call('DELETE', `/v1/assets/${asset.id}`, withoutCsrfHeader)).status).toBe(403);
    expect(server.assetStore.size).toBe(before);
    expect((await call('DELETE', `/v1/assets/${asset.id}`, server.owner)).status).toBe(204);
    expect(server.assetStore.size).toBe(before - 1);
    expect((await call('GET', `/v1/assets/${asset.id}`, server.owner)).status).toBe(404);
  });
});

/** A room of the owner that guests with a link enter directly (no waiting room). */
async function guestRoom(title: string): Promise<string> {
  const roomId = await server.createRoom(title);
  expect((await call('PATCH', `/v1/rooms/${roomId}`, server.owner, { guestAccess: 'direct' })).status).toBe(200);
  return roomId;
}

/** A guest who redeemed a new link of the room: their headers (guest cookie, CSRF), cookie value and link id. */
async function newGuest(roomId: string) {
  const link = await call('POST', `/v1/rooms/${roomId}/guest-links`, server.owner, {});
  expect(link.status).toBe(201);
  const { id: linkId, url } = JSON.parse(link.body) as { id: string; url: string };
  const redeemed = await call('POST', `/v1/invites/${url.slice(url.lastIndexOf('/') + 1)}`, undefined, {
    displayName: 'Erika Gast',
  });
  expect(redeemed.status).toBe(200);
  const cookie = String(redeemed.headers['set-cookie']).split(';')[0] ?? '';
  const value = cookie.slice(cookie.indexOf('=') + 1);
  expect(cookie.startsWith('plenum_guest=')).toBe(true);
  return { headers: { cookie, 'x-plenum-csrf': '1' }, value, linkId };
}

const download = async (assetId: string, as?: Headers) => {
  const res = await call('GET', `/v1/assets/${assetId}`, as);
  return { status: res.status, body: res.body, error: res.status === 200 ? undefined : JSON.parse(res.body).error };
};

describe('meeting assets for guests', () => {
  let room: string;
  let guest: Awaited<ReturnType<typeof newGuest>>;
  let meetingId: string;
  beforeAll(async () => {
    room = await guestRoom('Bürgerforum');
    guest = await newGuest(room);
    meetingId = await holdMeeting(room, [server.owner, guest]);
  });

  it('areDownloadedByAGuestWhoAttendedWhenMeantForAllParticipantsButNeverDeleted', async () => {
    const forAll = await put(meetingId, 'Niederschrift für alle');
    const forModerators = await put(meetingId, 'nur Moderation', { visibility: 'moderators' });
    const res = await call('GET', `/v1/assets/${forAll.id}`, guest);
    expect(res).toMatchObject({ status: 200, body: 'Niederschrift für alle' });
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'content-type': 'application/pdf' });
    expect(await download(forModerators.id, guest)).toMatchObject({ status: 404, error: 'notFound' });
    const before = server.assetStore.size;
    expect((await call('DELETE', `/v1/assets/${forAll.id}`, guest)).status).toBe(401);
    expect(server.assetStore.size).toBe(before);
    // Signed in elsewhere (another tenant) and holding the guest cookie: the guest's right still counts.
    const foreign = await server.signIn('elsewhere');
    const both = { headers: { cookie: `${foreign.cookie}; ${guest.headers.cookie}` } };
    expect((await download(forAll.id, both)).status).toBe(200);
    expect((await download(forAll.id, foreign)).status).toBe(404);
  });

  it('areNotDownloadedByAGuestForAMeetingTheyDidNotAttendNorByGuestsOfOtherRooms', async () => {
    const later = await holdMeeting(room, [server.owner]);
    const ofLater = await put(later, 'später');
    expect(await download(ofLater.id, guest)).toMatchObject({ status: 404, error: 'notFound' });
    const ours = await put(meetingId, 'unseres');
    const absentGuest = await newGuest(room);
    expect(await download(ours.id, absentGuest)).toMatchObject({ status: 404, error: 'notFound' });
    const otherRoom = await guestRoom('Anderes Forum');
    const otherGuest = await newGuest(otherRoom);
    const otherMeeting = await holdMeeting(otherRoom, [server.owner, otherGuest]);
    const theirs = await put(otherMeeting, 'deren');
    expect((await download(theirs.id, otherGuest)).status).toBe(200);
    expect(await download(ours.id, otherGuest)).toMatchObject({ status: 404, error: 'notFound' });
    expect(await download(theirs.id, guest)).toMatchObject({ status: 404, error: 'notFound' });
    // Even a presence row under the other room's guest's key does not open this room's files to them.
    await server.meetings.presence.joined({
      meetingId,
      participantId: 'stray',
      personKey: personKeyOf(meetingId, `guest:${hashSessionId(otherGuest.value)}`),
      kind: 'browser',
      role: 'guest',
      userId: null,
      displayName: 'Irrläufer',
      joinedAt: new Date(),
    });
    expect(await download(ours.id, otherGuest)).toMatchObject({ status: 404, error: 'notFound' });
  });

  it('refuseForgedExpiredAndRevokedGuestSessionsWithTheSameNotFound', async () => {
    const asset = await put(meetingId, 'für alle');
    const forged = { headers: { cookie: `plenum_guest=${'A'.repeat(43)}` } };
    const malformed = { headers: { cookie: 'plenum_guest=../x' } };
    for (const who of [forged, malformed]) {
      expect(await download(asset.id, who)).toMatchObject({ status: 404, error: 'notFound' });
    }
    expect((await download(asset.id)).status).toBe(401);

    const revokedRoom = await guestRoom('Widerrufen');
    const revoked = await newGuest(revokedRoom);
    const expiring = await newGuest(revokedRoom);
    const held = await holdMeeting(revokedRoom, [server.owner, revoked, expiring]);
    const file = await put(held, 'Protokoll');
    expect((await download(file.id, revoked)).status).toBe(200);
    expect((await download(file.id, expiring)).status).toBe(200);
    const revoking = await call('DELETE', `/v1/rooms/${revokedRoom}/guest-links/${revoked.linkId}`, server.owner);
    expect(revoking.status).toBe(204);
    expect(await download(file.id, revoked)).toMatchObject({ status: 404, error: 'notFound' });
    await sql`update guest_sessions set expires_at = now() - interval '1 minute'
      where id_hash = ${hashSessionId(expiring.value)}`.execute(server.database.db);
    expect(await download(file.id, expiring)).toMatchObject({ status: 404, error: 'notFound' });
  });

  it('areNoLongerDownloadedByAGuestOnceTheAttendanceRowsHaveExpired', async () => {
    const expiringRoom = await guestRoom('Verjährt');
    const visitor = await newGuest(expiringRoom);
    const held = await holdMeeting(expiringRoom, [server.owner, visitor]);
    const asset = await put(held, 'alt');
    expect((await download(asset.id, visitor)).status).toBe(200);
    await sql`update meetings set presence_expires_at = now() - interval '1 minute' where id = ${held}`.execute(
      server.database.db,
    );
    expect(await server.meetings.meetings.deleteExpiredPresence(new Date())).toBeGreaterThan(0);
    expect(await download(asset.id, visitor)).toMatchObject({ status: 404, error: 'notFound' });
    expect((await download(asset.id, server.owner)).status).toBe(200);
  });
});

describe('the storage quota', () => {
  it('refusesAnAssetThatWouldTakeTheTenantOverItsQuotaSayingByHowMuch', async () => {
    await new TenantRepository(server.database.db).ensure({ id: 'quota', name: 'Quota' });
    await new TenantRepository(server.database.db).updateSettings('quota', { storageMegabytes: 1 });
    const owner = await server.signIn('quota');
    const meetingA = await holdMeeting(await server.createRoom('A', owner), [owner]);
    const meetingB = await holdMeeting(await server.createRoom('B', owner), [owner]);
    await put(meetingA, Buffer.alloc(600 * 1024));
    const before = server.assetStore.size;
    const refused = await put(meetingB, Buffer.alloc(500 * 1024)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(QuotaExceeded);
    expect(refused).toMatchObject({
      code: 'quotaExceeded',
      usedBytes: 600 * 1024,
      quotaBytes: 1024 * 1024,
      sizeBytes: 424 * 1024 + 1,
    });
    expect(server.assetStore.size).toBe(before);
    await put(meetingB, Buffer.alloc(424 * 1024));
    expect(await put(meetingB, Buffer.alloc(1)).catch((e: unknown) => e)).toBeInstanceOf(QuotaExceeded);
  });
});

describe('deleting a room', () => {
  it('deletesItsMeetingsAttendanceAndFiles', async () => {
    const room = await server.createRoom('Wird gelöscht');
    const meetingId = await holdMeeting(room, [server.owner, server.member]);
    const asset = await put(meetingId, 'bye');
    const before = server.assetStore.size;
    const res = await server.app.inject({
      method: 'DELETE',
      url: `/v1/rooms/${room}`,
      headers: { ...server.owner.headers },
    });
    expect(res.statusCode).toBe(204);
    expect(await server.meetings.meetings.findById(meetingId)).toBeUndefined();
    expect(await server.meetings.presence.sessions(meetingId)).toEqual([]);
    expect(server.assetStore.size).toBe(before - 1);
    expect((await call('GET', `/v1/assets/${asset.id}`, server.owner)).status).toBe(404);
  });
});

describe('meetings I attended', () => {
  type Listed = { meetings: { id: string; title: string; assets: { id: string }[] }[]; nextBefore: string | null };
  const attended = async (who: Headers, query = '') => {
    const res = await call('GET', `/v1/meetings/attended${query}`, who);
    expect(res.headers['cache-control'], res.body).toBe('no-store');
    return JSON.parse(res.body) as Listed;
  };
  /** A presence row of `user` in an ended meeting, in the role given (as the room host writes it). */
  const attend = (meetingId: string, user: { userId: string }, role: 'moderator' | 'participant', at = new Date()) =>
    server.meetings.presence.joined({
      meetingId,
      participantId: `p-${user.userId}`,
      personKey: personKeyOf(meetingId, `user:${user.userId}`),
      kind: 'browser',
      role,
      userId: user.userId,
      displayName: 'Nachgetragen',
      joinedAt: at,
    });

  it('listsEachAttendeeOnlyTheFilesTheyMayDownloadAndStrangersNothing', async () => {
    const member = await server.signIn('test');
    const moderator = await server.signIn('test');
    const absent = await server.signIn('test');
    const foreign = await server.signIn('elsewhere');
    const room = await server.createRoom('Gemeinderat');
    const meetingId = await holdMeeting(room, [server.owner, member]);
    await attend(meetingId, moderator, 'moderator');
    const forAll = await put(meetingId, 'Niederschrift', { kind: 'minutes-pdf', filename: 'Niederschrift.pdf' });
    const forModerators = await put(meetingId, 'Protokoll', { visibility: 'moderators', kind: 'vote-protocol' });
    await call('PATCH', `/v1/rooms/${room}`, server.owner, { title: 'Stadtrat' });

    const mine = await attended(member);
    expect(mine).toEqual({
      meetings: [
        {
          id: meetingId,
          title: 'Gemeinderat',
          startedAt: expect.any(String),
          endedAt: expect.any(String),
          assets: [expect.objectContaining({ id: forAll.id, url: `/v1/assets/${forAll.id}` })],
        },
      ],
      nextBefore: null,
    });
    const ids = async (who: Headers) => (await attended(who)).meetings.map((m) => [m.id, m.assets.map((a) => a.id)]);
    expect(await ids(moderator)).toEqual([[meetingId, [forAll.id, forModerators.id]]]);
    expect((await ids(server.owner)).find(([id]) => id === meetingId)).toEqual([
      meetingId,
      [forAll.id, forModerators.id],
    ]);
    expect(await ids(absent)).toEqual([]);
    expect(await ids(foreign)).toEqual([]);
    // Every listed file is one the download route hands out to the same person.
    expect((await call('GET', `/v1/assets/${forAll.id}`, member)).status).toBe(200);
    expect((await call('GET', `/v1/assets/${forModerators.id}`, member)).status).toBe(404);
  });

  it('forgetsMeetingsOfDeletedRoomsAndOnceTheAttendanceHasExpired', async () => {
    const member = await server.signIn('test');
    const deleted = await server.createRoom('Aufgelöst');
    await holdMeeting(deleted, [member]);
    const expiring = await server.createRoom('Verjährt');
    const expired = await holdMeeting(expiring, [member]);
    expect((await attended(member)).meetings).toHaveLength(2);
    expect((await call('DELETE', `/v1/rooms/${deleted}`, server.owner)).status).toBe(204);
    expect((await attended(member)).meetings.map((m) => m.id)).toEqual([expired]);
    await sql`update meetings set presence_expires_at = now() - interval '1 minute' where id = ${expired}`.execute(
      server.database.db,
    );
    await server.meetings.meetings.deleteExpiredPresence(new Date());
    expect((await attended(member)).meetings).toEqual([]);
  });

  it('pagesNewestFirstFiftyAtATimeAndRefusesACursorThatIsNoMeetingOfMine', async () => {
    const member = await server.signIn('test');
    const other = await server.signIn('test');
    const room = await server.createRoom('Viele Sitzungen');
    const held: string[] = [];
    for (let i = 0; i < 51; i++) {
      const id = newMeetingId();
      const startedAt = new Date(Date.UTC(2026, 0, 1, 0, i));
      await server.meetings.meetings.open({
        id,
        roomId: room,
        startedAt,
        presenceExpiresAt: new Date(Date.now() + 1e9),
      });
      await attend(id, member, 'participant', startedAt);
      held.push(id);
    }
    const newest = [...held].reverse();
    const first = await attended(member);
    expect(first.meetings.map((m) => m.id)).toEqual(newest.slice(0, 50));
    expect(first.nextBefore).toBe(newest[49]);
    const second = await attended(member, `?before=${first.nextBefore}`);
    expect(second).toMatchObject({ meetings: [{ id: newest[50] }], nextBefore: null });

    for (const query of [`?before=${held[0]}`, '?before=..%2Fx', '?limit=5']) {
      const res = await call('GET', `/v1/meetings/attended${query}`, other);
      expect(res.status, query).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ error: 'invalidQuery' });
    }
    expect((await call('GET', '/v1/meetings/attended')).status).toBe(401);
  });
});
