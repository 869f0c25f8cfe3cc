import { newRoomId, RoomRepository, TenantRepository } from '@plenum/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signInDirectly } from '../testing/signInDirectly.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { verifyRoomPassword } from './roomPassword.js';

let server: TestServer;
let alice: SignedInUser; // tenant alpha
let bob: SignedInUser; // tenant alpha, another user
let carol: SignedInUser; // tenant bravo

beforeAll(async () => {
  server = await startTestServer();
  alice = await signInDirectly(server.database.db, { tenantId: 'alpha' });
  bob = await signInDirectly(server.database.db, { tenantId: 'alpha' });
  carol = await signInDirectly(server.database.db, { tenantId: 'bravo' });
});
afterAll(async () => {
  await server?.stop();
});

type View = { id: string; title: string; waitingRoom: string; guestAccess: string; hasPassword: boolean };

function call(method: string, path: string, user?: SignedInUser, body?: unknown, csrf = true) {
  const headers: Record<string, string> = { ...(user ? user.headers : {}) };
  if (!csrf) delete headers['x-plenum-csrf'];
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${server.baseUrl}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

async function createAs(user: SignedInUser | undefined, title: string): Promise<View> {
  const res = await call('POST', '/v1/rooms', user, { title });
  expect(res.status).toBe(201);
  return (await res.json()) as View;
}

const row = async (id: string) =>
  (await sql<Record<string, unknown>>`select * from rooms where id = ${id}`.execute(server.database.db)).rows[0];

/** A room as the anonymous `POST /v1/rooms` of earlier versions left it: no owner, no tenant. */
async function legacyRoom(title: string): Promise<string> {
  const id = newRoomId();
  await new RoomRepository(server.database.db).create({ id, title });
  return id;
}

async function listAs(user: SignedInUser, query = ''): Promise<{ rooms: View[]; nextCursor: string | null }> {
  const res = await call('GET', `/v1/rooms${query}`, user);
  expect(res.status).toBe(200);
  return (await res.json()) as { rooms: View[]; nextCursor: string | null };
}

describe('creating rooms signed in', () => {
  it('recordsTheOwnerAndTenantAndShowsTheDefaultSettings', async () => {
    const room = await createAs(alice, 'Bauausschuss');
    expect(room).toMatchObject({ waitingRoom: 'off', guestAccess: 'disabled', hasPassword: false });
    expect(await row(room.id)).toMatchObject({
      owner_id: alice.userId,
      created_by: alice.userId,
      tenant_id: 'alpha',
      password_hash: null,
    });
  });

  it('letsNobodyIntoARoomMadeBeforeSignInExisted', async () => {
    const legacy = await legacyRoom('Offen');
    for (const user of [alice, carol]) {
      expect((await call('GET', `/v1/rooms/${legacy}`, user)).status).toBe(404);
      expect((await call('POST', `/v1/rooms/${legacy}/tickets`, user, {})).status).toBe(404);
    }
  });

  it('needsTheCsrfHeaderWithTheSessionCookie', async () => {
    const before = await listAs(alice, '?limit=100');
    const res = await call('POST', '/v1/rooms', alice, { title: 'ohne Header' }, false);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'csrfRejected' });
    expect((await listAs(alice, '?limit=100')).rooms).toHaveLength(before.rooms.length);
  });
});

describe('GET /v1/rooms (mine)', () => {
  it('listsOnlyMyOpenRoomsNewestFirstInPages', async () => {
    const mine = [];
    for (const title of ['eins', 'zwei', 'drei']) mine.push((await createAs(bob, title)).id);
    await createAs(alice, 'nicht von Bob');
    await createAs(carol, 'anderer Mandant');
    await legacyRoom('anonym');
    const all = await listAs(bob);
    expect(all.rooms.map((r) => r.id)).toEqual([...mine].reverse());
    expect(all.nextCursor).toBeNull();

    const first = await listAs(bob, '?limit=2');
    expect(first.rooms.map((r) => r.title)).toEqual(['drei', 'zwei']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listAs(bob, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.rooms.map((r) => r.title)).toEqual(['eins']);
    expect(second.nextCursor).toBeNull();
  });

  it('showsAnotherTenantNothingOfMine', async () => {
    const theirs = (await listAs(carol, '?limit=100')).rooms;
    expect(theirs.map((r) => r.title)).toEqual(['anderer Mandant']);
  });

  it('refusesBadQueriesWithATypedError', async () => {
    for (const q of ['?limit=0', '?limit=101', '?limit=abc', '?limit=1.5', '?cursor=nope!', '?cursor=e30', '?x=1']) {
      const res = await call('GET', `/v1/rooms${q}`, alice);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect(await res.json()).toMatchObject({ error: 'invalidQuery' });
    }
  });
});

describe('PATCH and DELETE /v1/rooms/:id', () => {
  it('letsTheOwnerChangeSettingsAndSetAndClearAPassword', async () => {
    const room = await createAs(alice, 'Rat');
    const res = await call('PATCH', `/v1/rooms/${room.id}`, alice, {
      title: '  Stadtrat ',
      waitingRoom: 'guests',
      guestAccess: 'waitingRoom',
      password: 'geheim-123',
    });
    expect(res.status).toBe(200);
    const changed = (await res.json()) as Record<string, unknown>;
    expect(changed).toMatchObject({ title: 'Stadtrat', waitingRoom: 'guests', guestAccess: 'waitingRoom' });
    expect(changed.hasPassword).toBe(true);
    expect(JSON.stringify(changed)).not.toMatch(/geheim|scrypt|password"/);
    const hash = String((await row(room.id))?.password_hash);
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyRoomPassword('geheim-123', hash)).toBe(true);
    expect(await verifyRoomPassword('falsch', hash)).toBe(false);

    const cleared = await call('PATCH', `/v1/rooms/${room.id}`, alice, { password: null });
    expect(await cleared.json()).toMatchObject({ hasPassword: false, title: 'Stadtrat' });
    expect((await row(room.id))?.password_hash).toBeNull();
    const colleaguesView = await call('GET', `/v1/rooms/${room.id}`, bob);
    expect(await colleaguesView.json()).toMatchObject({ waitingRoom: 'guests', hasPassword: false });
  });

  it('letsTheOwnerDeleteARoomWhichThenIsGoneEverywhere', async () => {
    const room = await createAs(alice, 'Wegwerf');
    const res = await call('DELETE', `/v1/rooms/${room.id}`, alice);
    expect(res.status).toBe(204);
    expect((await row(room.id))?.closed_at).not.toBeNull();
    expect((await call('GET', `/v1/rooms/${room.id}`, alice)).status).toBe(404);
    expect((await call('POST', `/v1/rooms/${room.id}/tickets`, alice, {})).status).toBe(404);
    expect((await listAs(alice, '?limit=100')).rooms.map((r) => r.id)).not.toContain(room.id);
    const again = await call('DELETE', `/v1/rooms/${room.id}`, alice);
    expect(again.status).toBe(404);
    expect((await call('PATCH', `/v1/rooms/${room.id}`, alice, { title: 'x' })).status).toBe(404);
  });

  it('answersAnotherUserOrTenantExactlyLikeAnUnknownRoomAndChangesNothing', async () => {
    const room = await createAs(alice, 'Privat');
    const anonymousRoom = { id: await legacyRoom('niemandes') };
    const before = await row(room.id);
    const unknown = await call('PATCH', '/v1/rooms/AAAAAAAAAAAAAAAAAAAAAA', alice, { title: 'x' });
    const expected = { status: unknown.status, body: await unknown.json() };
    expect(expected).toEqual({ status: 404, body: { error: 'roomNotFound', message: expect.any(String) } });
    for (const user of [bob, carol]) {
      for (const [method, body] of [
        ['PATCH', { title: 'gekapert' }],
        ['DELETE', undefined],
      ] as const) {
        const res = await call(method, `/v1/rooms/${room.id}`, user, body);
        expect({ status: res.status, body: await res.json() }).toEqual(expected);
      }
    }
    for (const [method, body] of [
      ['PATCH', { title: 'gekapert' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await call(method, `/v1/rooms/${anonymousRoom.id}`, alice, body);
      expect({ status: res.status, body: await res.json() }).toEqual(expected);
    }
    expect(await row(room.id)).toEqual(before);
    expect((await row(anonymousRoom.id))?.closed_at).toBeNull();
  });

  it('refusesToLetGuestsInWhereTheTenantDoesNotAllowGuests', async () => {
    const room = await createAs(carol, 'Ohne Gäste');
    await new TenantRepository(server.database.db).updateSettings('bravo', { guestsAllowed: false });
    try {
      for (const guestAccess of ['waitingRoom', 'direct']) {
        const res = await call('PATCH', `/v1/rooms/${room.id}`, carol, { guestAccess, title: 'geändert' });
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ error: 'featureDisabled' });
      }
      expect(await row(room.id)).toMatchObject({ guest_access: 'disabled', title: 'Ohne Gäste' });
      expect((await call('PATCH', `/v1/rooms/${room.id}`, carol, { guestAccess: 'disabled' })).status).toBe(200);
    } finally {
      await new TenantRepository(server.database.db).updateSettings('bravo', { guestsAllowed: null });
    }
  });

  it('refusesBadBodiesWithATypedErrorAndChangesNothing', async () => {
    const room = await createAs(alice, 'Unverändert');
    const before = await row(room.id);
    const cases: [unknown, number, string][] = [
      [{ title: 42 }, 400, 'invalidBody'],
      [{ title: 'x'.repeat(201) }, 400, 'invalidBody'],
      [{ title: 'bell\u0007' }, 400, 'invalidBody'],
      [{ waitingRoom: 'sometimes' }, 400, 'invalidBody'],
      [{ guestAccess: true }, 400, 'invalidBody'],
      [{ password: 'abc' }, 400, 'invalidBody'],
      [{ password: '  geheim  ' }, 400, 'invalidBody'],
      [{ password: '        ' }, 400, 'invalidBody'],
      [{ password: 'p'.repeat(129) }, 400, 'invalidBody'],
      [{ password: 12345678 }, 400, 'invalidBody'],
      [{ title: 'ok', ownerId: carol.userId }, 400, 'invalidBody'],
      [{ tenantId: 'bravo' }, 400, 'invalidBody'],
      [[1, 2], 400, 'invalidBody'],
      ['null', 400, 'invalidBody'],
      ['{"title":', 400, 'invalidJson'],
    ];
    for (const [body, status, error] of cases) {
      const res = await call('PATCH', `/v1/rooms/${room.id}`, alice, body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(await res.json()).toMatchObject({ error, message: expect.any(String) });
    }
    for (const id of ['x', 'a'.repeat(300)]) {
      const res = await call('PATCH', `/v1/rooms/${id}`, alice, { title: 'x' });
      expect(await res.json()).toMatchObject({ error: 'roomNotFound' });
    }
    expect(await row(room.id)).toEqual(before);
  });

  it('needsTheCsrfHeaderForChanges', async () => {
    const room = await createAs(alice, 'Geschützt');
    const patch = await call('PATCH', `/v1/rooms/${room.id}`, alice, { title: 'x' }, false);
    const del = await call('DELETE', `/v1/rooms/${room.id}`, alice, undefined, false);
    expect([patch.status, del.status]).toEqual([403, 403]);
    expect(await row(room.id)).toMatchObject({ title: 'Geschützt', closed_at: null });
  });

  it('answersUnauthenticatedWithoutAValidSession', async () => {
    const room = await createAs(alice, 'Anonym nicht');
    const expired = { ...alice, headers: { cookie: `plenum_session=${'A'.repeat(43)}`, 'x-plenum-csrf': '1' } };
    for (const user of [undefined, expired]) {
      for (const [method, path, body] of [
        ['GET', '/v1/rooms', undefined],
        ['PATCH', `/v1/rooms/${room.id}`, { title: 'x' }],
        ['DELETE', `/v1/rooms/${room.id}`, undefined],
      ] as const) {
        const res = await call(method, path, user, body);
        expect({ method, status: res.status }).toEqual({ method, status: 401 });
        expect(await res.json()).toMatchObject({ error: 'unauthenticated' });
      }
    }
    expect(await row(room.id)).toMatchObject({ title: 'Anonym nicht', closed_at: null });
  });
});
