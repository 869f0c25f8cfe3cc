import { TenantRepository } from '@plenum/db';
import type { RoomId } from '@plenum/protocol';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedInUser } from '../testing/signInDirectly.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ access: { attemptsPerClient: 3, attemptsPerRoom: 5, attemptWindowSeconds: 60 } });
});
afterAll(async () => {
  await server?.stop();
});

type Caller = { headers: Readonly<Record<string, string>> } | undefined;
let nextIp = 1;
/** A fresh client address, so that one test's failed attempts do not throttle the next. */
const freshIp = () => `10.0.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

async function api(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, as: Caller, body?: unknown, ip?: string) {
  const res = await server.app.inject({
    method,
    url,
    headers: { ...(as?.headers ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    remoteAddress: ip ?? freshIp(),
  });
  const text = res.body;
  return {
    status: res.statusCode,
    headers: res.headers,
    body: (text === '' ? undefined : JSON.parse(text)) as Record<string, unknown>,
  };
}

const ticketFor = (roomId: string, as: Caller, body: unknown = {}, ip?: string) =>
  api('POST', `/v1/rooms/${roomId}/tickets`, as, body, ip);

async function guestRoom(owner: SignedInUser, settings: Record<string, unknown> = {}, title = 'Bürgersprechstunde') {
  const id = await server.createRoom(title, owner);
  const patched = await api('PATCH', `/v1/rooms/${id}`, owner, { guestAccess: 'waitingRoom', ...settings });
  expect(patched.status).toBe(200);
  return id;
}

async function newLink(owner: SignedInUser, roomId: string, body: Record<string, unknown> = {}) {
  const res = await api('POST', `/v1/rooms/${roomId}/guest-links`, owner, body);
  expect(res.status).toBe(201);
  const url = String(res.body.url);
  return { id: String(res.body.id), code: url.slice(url.lastIndexOf('/') + 1), view: res.body };
}

/** Uses the invite and returns the guest's caller (cookie + CSRF header). */
async function redeem(code: string, displayName = 'Erika Gast', extra: Record<string, unknown> = {}) {
  const res = await api('POST', `/v1/invites/${code}`, undefined, { displayName, ...extra });
  expect(res.status).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { headers: { cookie, 'x-plenum-csrf': '1' }, setCookie: String(res.headers['set-cookie']), res };
}

describe('signalling tickets', () => {
  it('givesTheOwnerAndColleaguesTheirRolesAndEachTicketWorksOnceForItsRoom', async () => {
    const room = await server.createRoom();
    const other = await server.createRoom();
    const owner = await ticketFor(room, server.owner);
    expect(owner).toMatchObject({ status: 201, body: { role: 'owner', waits: false, displayName: 'Olga Owner' } });
    expect(owner.headers['cache-control']).toBe('no-store');
    const member = await ticketFor(room, server.member);
    expect(member.body).toMatchObject({ role: 'participant', waits: false, roomId: room });

    const socket = await server.connect(room);
    const ticket = String(member.body.ticket);
    socket.send({ ns: 'core', id: 'a', action: 'join', displayName: 'Mia', ticket });
    await socket.waitFor((f) => f.event === 'joined');
    const replay = await server.connect(room);
    replay.send({ ns: 'core', id: 'b', action: 'join', displayName: 'Mia', ticket });
    expect(await replay.waitFor((f) => f.error === 'ticketRejected')).toMatchObject({ id: 'b', reason: 'used' });
    const elsewhere = await server.connect(other);
    const forRoom = String((await ticketFor(room, server.member)).body.ticket);
    elsewhere.send({ ns: 'core', id: 'c', action: 'join', displayName: 'Mia', ticket: forRoom });
    expect(await elsewhere.waitFor((f) => f.error === 'ticketRejected')).toMatchObject({ reason: 'wrongRoom' });
  });

  it('answersStrangersWithoutSayingWhetherTheRoomExists', async () => {
    const room = await server.createRoom();
    expect(await ticketFor(room, undefined)).toMatchObject({ status: 401, body: { error: 'unauthenticated' } });
    const stranger = await server.signIn('fremd');
    const foreign = await ticketFor(room, stranger);
    const unknown = await ticketFor('AAAAAAAAAAAAAAAAAAAAAA', stranger);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(unknown.body);
    expect((await ticketFor('not a room', stranger)).body).toEqual(unknown.body);
  });

  it('refusesBadTicketRequestsWithATypedError', async () => {
    const room = await server.createRoom();
    for (const body of [{ password: 5 }, { password: '' }, { password: 'p'.repeat(129) }, { extra: 1 }, [1], 'null']) {
      const res = await ticketFor(room, server.member, body);
      expect({ body, status: res.status, error: res.body.error }).toEqual({ body, status: 400, error: 'invalidBody' });
    }
    const noCsrf = await ticketFor(room, { headers: { cookie: server.member.cookie } });
    expect(noCsrf).toMatchObject({ status: 403, body: { error: 'csrfRejected' } });
  });
});

describe('room passwords', () => {
  it('asksColleaguesOnceButNeverTheOwner', async () => {
    const room = await server.createRoom('Geheimrat');
    await api('PATCH', `/v1/rooms/${room}`, server.owner, { password: 'Sesam öffne dich' });
    expect((await ticketFor(room, server.owner)).status).toBe(201);
    const colleague = await server.signIn();
    expect(await ticketFor(room, colleague)).toMatchObject({ status: 401, body: { error: 'passwordRequired' } });
    expect(await ticketFor(room, colleague, { password: 'falsch' })).toMatchObject({
      status: 403,
      body: { error: 'passwordWrong' },
    });
    expect((await ticketFor(room, colleague, { password: 'Sesam öffne dich' })).status).toBe(201);
    // The sign-in session remembers it: reconnects need no password.
    expect((await ticketFor(room, colleague)).status).toBe(201);
    expect((await ticketFor(room, await server.signIn())).body.error).toBe('passwordRequired');
  });

  it('throttlesGuessingPerAccountWithRetryAfterButNotColleaguesBehindTheSameAddress', async () => {
    const room = await server.createRoom();
    await api('PATCH', `/v1/rooms/${room}`, server.owner, { password: 'richtig-1' });
    const colleague = await server.signIn();
    const ip = freshIp();
    for (let i = 0; i < 3; i++) expect((await ticketFor(room, colleague, { password: `x${i}` }, ip)).status).toBe(403);
    const throttled = await ticketFor(room, colleague, { password: 'richtig-1' }, ip);
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ error: 'tooManyAttempts', retryAfterSeconds: expect.any(Number) });
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // The account is throttled from anywhere; a colleague in the same office (same address) is not.
    expect((await ticketFor(room, colleague, { password: 'richtig-1' }, freshIp())).status).toBe(429);
    expect((await ticketFor(room, await server.signIn(), { password: 'richtig-1' }, ip)).status).toBe(201);
  });

  it('throttlesGuessingGuestsPerAddress', async () => {
    const room = await guestRoom(server.owner, { password: 'gast-pass-2' });
    const { code } = await newLink(server.owner, room);
    const ip = freshIp();
    for (let i = 0; i < 3; i++) {
      const res = await api('POST', `/v1/invites/${code}`, undefined, { displayName: 'G', password: `x${i}` }, ip);
      expect(res.body.error).toBe('passwordWrong');
    }
    const throttled = await api(
      'POST',
      `/v1/invites/${code}`,
      undefined,
      { displayName: 'G', password: 'gast-pass-2' },
      ip,
    );
    expect(throttled.status).toBe(429);
  });

  it('throttlesGuessingPerRoomAcrossAccountsAndClients', async () => {
    const room = await server.createRoom();
    const spare = await server.createRoom();
    for (const id of [room, spare]) await api('PATCH', `/v1/rooms/${id}`, server.owner, { password: 'richtig-2' });
    // Five different people from five addresses, one wrong guess each: the room's limit is used up.
    for (let i = 0; i < 5; i++) await ticketFor(room, await server.signIn(), { password: `x${i}` }, freshIp());
    const someoneElse = await server.signIn();
    expect((await ticketFor(room, someoneElse, { password: 'richtig-2' }, freshIp())).status).toBe(429);
    expect((await ticketFor(spare, someoneElse, { password: 'richtig-2' }, freshIp())).status).toBe(201);
  });
});

describe('guest links', () => {
  it('belongOnlyToTheRoomsOwner', async () => {
    const room = await guestRoom(server.owner);
    const link = await newLink(server.owner, room);
    const stranger = await server.signIn('fremd');
    for (const as of [server.member, stranger]) {
      expect((await api('POST', `/v1/rooms/${room}/guest-links`, as, {})).body.error).toBe('roomNotFound');
      expect((await api('GET', `/v1/rooms/${room}/guest-links`, as)).body.error).toBe('roomNotFound');
      expect((await api('DELETE', `/v1/rooms/${room}/guest-links/${link.id}`, as)).body.error).toBe('roomNotFound');
    }
    expect((await api('GET', `/v1/rooms/${room}/guest-links`, undefined)).status).toBe(401);
    const list = await api('GET', `/v1/rooms/${room}/guest-links`, server.owner);
    expect(list.body.links).toEqual([expect.objectContaining({ id: link.id, state: 'active', uses: 0 })]);
  });

  it('haveUnguessableCodesAndNeedGuestsAllowed', async () => {
    const room = await server.createRoom();
    const refused = await api('POST', `/v1/rooms/${room}/guest-links`, server.owner, {});
    expect(refused).toMatchObject({ status: 403, body: { error: 'featureDisabled' } });
    await api('PATCH', `/v1/rooms/${room}`, server.owner, { guestAccess: 'direct' });
    const codes = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { code, view } = await newLink(server.owner, room, { label: 'Presse', maxUses: 10 });
      expect(code).toMatch(/^[A-Za-z0-9_-]{32,}$/);
      expect(view).toMatchObject({ label: 'Presse', maxUses: 10, uses: 0, expiresAt: null, state: 'active' });
      codes.add(code);
    }
    expect(codes.size).toBe(3);
  });

  it('refuseBadInputAndCreateNothing', async () => {
    const room = await guestRoom(server.owner);
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const cases: unknown[] = [
      { label: 'x'.repeat(101) },
      { label: 'bell\u0007' },
      { label: 42 },
      { expiresAt: new Date(Date.now() - 1000).toISOString() },
      { expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() },
      { expiresAt: 'tomorrow' },
      { maxUses: 0 },
      { maxUses: 1.5 },
      { maxUses: '3' },
      { maxUses: 10_001 },
      { expiresAt: soon, roomId: 'x' },
      [1],
    ];
    for (const body of cases) {
      const res = await api('POST', `/v1/rooms/${room}/guest-links`, server.owner, body);
      expect({ body, status: res.status, error: res.body.error }).toEqual({ body, status: 400, error: 'invalidBody' });
    }
    expect((await api('GET', `/v1/rooms/${room}/guest-links`, server.owner)).body.links).toEqual([]);
    const unknown = await api('DELETE', `/v1/rooms/${room}/guest-links/AAAAAAAAAAAAAAAAAAAAAA`, server.owner);
    expect(unknown).toMatchObject({ status: 404, body: { error: 'notFound' } });
  });
});

describe('invites', () => {
  it('letsAGuestWaitUntilTheOwnerAdmitsThemAndRefusesTheirModeratorCommands', async () => {
    const room = await guestRoom(server.owner);
    const { code } = await newLink(server.owner, room);
    expect((await api('GET', `/v1/invites/${code}`, undefined)).body).toEqual({
      roomTitle: 'Bürgersprechstunde',
      passwordRequired: false,
      waitingRoom: true,
    });
    const guest = await redeem(code, '  Erika Gast ');
    expect(guest.res.body).toEqual({ roomId: room, displayName: 'Erika Gast' });
    expect(guest.setCookie).toMatch(/^plenum_guest=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect((await ticketFor(room, guest)).body).toMatchObject({
      role: 'guest',
      waits: true,
      displayName: 'Erika Gast',
    });
    expect((await api('GET', `/v1/rooms/${room}`, guest)).status).toBe(200);

    const owner = await server.connect(room, undefined, server.owner);
    await owner.join('Olga');
    const visitor = await server.connect(room, undefined, guest);
    const waiting = await visitor.join('Erika Gast');
    expect(waiting.event).toBe('waiting');
    await owner.waitFor((f) => f.event === 'waitingStarted');
    visitor.send({ ns: 'lobby', id: 'm1', action: 'admitAll' });
    expect(await visitor.waitFor((f) => f.id === 'm1')).toMatchObject({ error: 'stillWaiting' });
    owner.send({ ns: 'lobby', action: 'admit', participantId: waiting.participantId });
    await visitor.waitFor((f) => f.event === 'joined');
    const before = owner.frames.length;
    visitor.send({ ns: 'core', id: 'm2', action: 'promote', participantId: waiting.participantId });
    visitor.send({ ns: 'lobby', id: 'm3', action: 'setWaitingRoom', policy: 'off' });
    expect(await visitor.waitFor((f) => f.id === 'm2')).toMatchObject({ error: 'forbidden' });
    expect(await visitor.waitFor((f) => f.id === 'm3')).toMatchObject({ error: 'forbidden' });
    await new Promise((r) => setTimeout(r, 100));
    expect(owner.frames.slice(before)).toEqual([]);
  });

  it('opensOnlyTheLinksRoomAndNeedsTheCsrfHeaderWithTheGuestCookie', async () => {
    const room = await guestRoom(server.owner);
    const otherRoom = await guestRoom(server.owner);
    const guest = await redeem((await newLink(server.owner, room)).code);
    expect((await ticketFor(otherRoom, guest)).body.error).toBe('roomNotFound');
    expect((await api('GET', `/v1/rooms/${otherRoom}`, guest)).status).toBe(404);
    const noCsrf = await ticketFor(room, { headers: { cookie: guest.headers.cookie } });
    expect(noCsrf.body.error).toBe('csrfRejected');
  });

  it('validatesTheGuestsNameAndUsesNothingUpOnBadInput', async () => {
    const room = await guestRoom(server.owner);
    const { code } = await newLink(server.owner, room, { maxUses: 1 });
    for (const body of [
      { displayName: '' },
      { displayName: '    ' },
      { displayName: 'x'.repeat(65) },
      { displayName: 'a\u0000b' },
      { displayName: '\u202Eevil' },
      { displayName: 42 },
      { displayName: 'Ok', role: 'moderator' },
      {},
    ]) {
      const res = await api('POST', `/v1/invites/${code}`, undefined, body);
      expect({ body, status: res.status, error: res.body.error }).toEqual({ body, status: 400, error: 'invalidBody' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect((await api('GET', `/v1/rooms/${room}/guest-links`, server.owner)).body.links).toEqual([
      expect.objectContaining({ uses: 0 }),
    ]);
  });

  it('saysClearlyWhenALinkIsUsedUpExpiredOrRevoked', async () => {
    const room = await guestRoom(server.owner);
    const once = await newLink(server.owner, room, { maxUses: 1 });
    const first = await redeem(once.code);
    // The same guest opening it again keeps their session and uses nothing up.
    const again = await api('POST', `/v1/invites/${once.code}`, first, { displayName: 'Erika' });
    expect(again.status).toBe(200);
    const second = await api('POST', `/v1/invites/${once.code}`, undefined, { displayName: 'Zweiter' });
    expect(second).toMatchObject({ status: 410, body: { error: 'inviteUsedUp' } });
    expect((await api('GET', `/v1/invites/${once.code}`, undefined)).body.error).toBe('inviteUsedUp');

    const expiring = await newLink(server.owner, room);
    await sql`update guest_links set expires_at = now() - interval '1 minute' where id = ${expiring.id}`.execute(
      server.database.db,
    );
    expect((await api('GET', `/v1/invites/${expiring.code}`, undefined)).body.error).toBe('inviteExpired');

    const revoked = await newLink(server.owner, room);
    const guest = await redeem(revoked.code);
    expect((await api('DELETE', `/v1/rooms/${room}/guest-links/${revoked.id}`, server.owner)).status).toBe(204);
    expect((await api('GET', `/v1/invites/${revoked.code}`, undefined)).body.error).toBe('inviteRevoked');
    expect(await ticketFor(room, guest)).toMatchObject({ status: 410, body: { error: 'inviteRevoked' } });
    const states = (await api('GET', `/v1/rooms/${room}/guest-links`, server.owner)).body.links as { state: string }[];
    expect(states.map((l) => l.state).sort()).toEqual(['expired', 'revoked', 'usedUp']);
  });

  it('asksGuestsForTheRoomPassword', async () => {
    const room = await guestRoom(server.owner, { password: 'gast-pass' });
    const { code } = await newLink(server.owner, room);
    expect((await api('GET', `/v1/invites/${code}`, undefined)).body.passwordRequired).toBe(true);
    const missing = await api('POST', `/v1/invites/${code}`, undefined, { displayName: 'G' });
    expect(missing.body.error).toBe('passwordRequired');
    const wrong = await api('POST', `/v1/invites/${code}`, undefined, { displayName: 'G', password: 'nein' });
    expect(wrong.body.error).toBe('passwordWrong');
    const guest = await redeem(code, 'G', { password: 'gast-pass' });
    expect((await ticketFor(room, guest)).status).toBe(201);
  });

  it('throttlesGuessingInviteCodes', async () => {
    const room = await guestRoom(server.owner);
    const { code } = await newLink(server.owner, room);
    const ip = freshIp();
    for (const guess of ['A'.repeat(32), 'B'.repeat(32), 'short']) {
      expect((await api('GET', `/v1/invites/${guess}`, undefined, undefined, ip)).body.error).toBe('inviteNotFound');
    }
    const throttled = await api('GET', `/v1/invites/${code}`, undefined, undefined, ip);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect((await api('GET', `/v1/invites/${code}`, undefined, undefined, freshIp())).status).toBe(200);
  });

  it('followsTheTenantWhenItSwitchesGuestsOff', async () => {
    const owner = await server.signIn('ohnegaeste');
    const room = await guestRoom(owner);
    const { code } = await newLink(owner, room);
    const guest = await redeem(code);
    await new TenantRepository(server.database.db).updateSettings('ohnegaeste', { guestsAllowed: false });
    expect((await api('GET', `/v1/invites/${code}`, undefined)).body.error).toBe('featureDisabled');
    expect((await ticketFor(room, guest)).body.error).toBe('featureDisabled');
    expect((await api('POST', `/v1/rooms/${room}/guest-links`, owner, {})).body.error).toBe('featureDisabled');
  });
});

describe('live rooms', () => {
  it('holdsNoMoreThanTheTenantsSeats', async () => {
    const owner = await server.signIn('klein');
    await new TenantRepository(server.database.db).updateSettings('klein', { maxParticipantsPerRoom: 2 });
    const room = await server.createRoom('Klein', owner);
    for (const name of ['Eins', 'Zwei']) await (await server.connect(room, undefined, owner)).join(name);
    const third = await server.connect(room, undefined, owner);
    third.send({ ns: 'core', id: 'j', action: 'join', displayName: 'Drei', ticket: await third.ticket() });
    expect(await third.waitFor((f) => f.id === 'j')).toMatchObject({ error: 'roomFull', maxParticipants: 2 });
  });

  it('keepsTheRoomChatForTheNextMeetingOnlyWhenTheTenantKeepsChat', async () => {
    const owner = await server.signIn('archiv');
    await new TenantRepository(server.database.db).updateSettings('archiv', { keepChat: true, chatRetentionDays: 7 });
    const room = await server.createRoom('Archiv', owner);
    const first = await server.connect(room, undefined, owner);
    expect(((await first.join('Olga')).modules as { chat: unknown }).chat).toEqual({ messages: [], keptForDays: 7 });
    first.send({ ns: 'chat', id: 'm', action: 'send', text: 'Protokoll folgt' });
    await first.waitFor((f) => f.event === 'messageSent');
    first.send({ ns: 'core', action: 'leave' });
    await waitUntil(() => !server.host.isLive(room as RoomId));

    const second = await server.connect(room, undefined, owner);
    await second.join('Olga');
    const history = await second.waitFor((f) => f.event === 'history');
    expect(history.messages).toMatchObject([{ fromName: 'Olga', text: 'Protokoll folgt', earlier: true }]);

    const plainRoom = await server.createRoom();
    const plain = await server.connect(plainRoom, undefined, server.owner);
    expect(((await plain.join('Olga')).modules as { chat: unknown }).chat).toEqual({ messages: [] });
  });

  it('admitsEveryoneWaitingWhenTheOwnerTurnsTheWaitingRoomOff', async () => {
    const room = await server.createRoom();
    await api('PATCH', `/v1/rooms/${room}`, server.owner, { waitingRoom: 'everyone' });
    expect((await ticketFor(room, server.member)).body.waits).toBe(true);
    await (await server.connect(room, undefined, server.owner)).join('Olga');
    const member = await server.connect(room);
    expect((await member.join('Mia')).event).toBe('waiting');
    await api('PATCH', `/v1/rooms/${room}`, server.owner, { waitingRoom: 'off' });
    await member.waitFor((f) => f.event === 'joined');
  });

  it('refusesABannedPersonATicketWhileTheMeetingRunsOnAnyDevice', async () => {
    const room = await server.createRoom();
    const owner = await server.connect(room, undefined, server.owner);
    await owner.join('Olga');
    const laptop = await server.connect(room);
    const mia = await laptop.join('Mia');
    const phone = await server.connect(room);
    await phone.join('Mia');
    owner.send({ ns: 'moderation', action: 'ban', participantId: mia.participantId });
    for (const device of [laptop, phone])
      expect(await device.waitFor((f) => f.event === 'removed')).toMatchObject({ reason: 'banned' });
    const refused = await ticketFor(room, server.member);
    expect(refused).toMatchObject({ status: 403, body: { error: 'banned' } });
    expect(refused.body.ticket).toBeUndefined();
    // Only this person: the owner still gets in, and the ban ends with the meeting.
    expect((await ticketFor(room, server.owner)).status).toBe(201);
    owner.send({ ns: 'core', action: 'leave' });
    await waitUntil(() => !server.host.isLive(room as RoomId));
    expect((await ticketFor(room, server.member)).status).toBe(201);
  });

  it('tellsTheRunningMeetingWhenTheOwnerChangesWhetherGuestsWithALinkWait', async () => {
    const room = await guestRoom(server.owner);
    const owner = await server.connect(room, undefined, server.owner);
    const joined = await owner.join('Olga');
    expect((joined.modules as { lobby: unknown }).lobby).toMatchObject({ policy: 'off', guestLinksWait: true });
    expect((await api('PATCH', `/v1/rooms/${room}`, server.owner, { guestAccess: 'direct' })).status).toBe(200);
    expect(await owner.waitFor((f) => f.event === 'guestLinksWaitChanged')).toMatchObject({ guestLinksWait: false });
  });

  it('endsTheMeetingForEveryoneWhenTheOwnerDeletesTheRoom', async () => {
    const room = await server.createRoom();
    const member = await server.connect(room);
    await member.join('Mia');
    expect((await api('DELETE', `/v1/rooms/${room}`, server.owner)).status).toBe(204);
    expect(await member.waitFor((f) => f.event === 'closing')).toMatchObject({ reason: 'roomClosed' });
    await member.waitForClose();
    expect((await ticketFor(room, server.member)).status).toBe(404);
  });
});

describe('banned and turned-away guests and their links', () => {
  /** The owner's view of one link of the room. */
  async function linkView(roomId: string, linkId: string) {
    const links = (await api('GET', `/v1/rooms/${roomId}/guest-links`, server.owner)).body.links as Record<
      string,
      unknown
    >[];
    return links.find((l) => l.id === linkId);
  }

  /** The owner in the meeting, and a guest who redeemed `code` joined (or waiting). */
  async function meetingWithGuest(roomId: string, code: string) {
    const owner = await server.connect(roomId, undefined, server.owner);
    await owner.join('Olga');
    const guest = await redeem(code);
    const visitor = await server.connect(roomId, undefined, guest);
    const entered = await visitor.join('Erika Gast');
    return { owner, guest, visitor, participantId: entered.participantId, entered };
  }

  it('aGuestBannedWithTheLinkClosedCannotComeBackWithAFreshGuestSession', async () => {
    const room = await guestRoom(server.owner, { guestAccess: 'direct' });
    const link = await newLink(server.owner, room, { label: 'Bürgerfragen', maxUses: 5 });
    const { owner, guest, visitor, participantId } = await meetingWithGuest(room, link.code);
    // The owner knows the guest came through a shared link, and never sees the link itself.
    expect(await owner.waitFor((f) => f.event === 'linkGuests')).toEqual({
      ns: 'moderation',
      event: 'linkGuests',
      guests: [{ participantId, personal: false }],
    });
    owner.send({ ns: 'moderation', id: 'b', action: 'ban', participantId, closeLink: true });
    expect(await visitor.waitFor((f) => f.event === 'removed')).toMatchObject({ reason: 'banned' });
    expect(await owner.waitFor((f) => f.event === 'guestLinkClosed')).toEqual({
      ns: 'moderation',
      event: 'guestLinkClosed',
      label: 'Bürgerfragen',
    });
    expect(owner.errors()).toEqual([]);
    expect(JSON.stringify(owner.frames)).not.toContain(link.id);
    // Cookies cleared: the link itself is closed, exactly as if the owner had revoked it.
    const again = await api('POST', `/v1/invites/${link.code}`, undefined, { displayName: 'Erika Neu' });
    expect(again).toMatchObject({ status: 410, body: { error: 'inviteRevoked' } });
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(await ticketFor(room, guest)).toMatchObject({ body: { error: 'inviteRevoked' } });
    expect(await linkView(room, link.id)).toMatchObject({ state: 'revoked', uses: 1 });
  });

  it('aGuestBannedWithTheLinkLeftOpenCanStillComeBackWithAFreshGuestSession', async () => {
    const room = await guestRoom(server.owner, { guestAccess: 'direct' });
    const link = await newLink(server.owner, room, { maxUses: 5 });
    const { owner, guest, visitor, participantId } = await meetingWithGuest(room, link.code);
    owner.send({ ns: 'moderation', action: 'ban', participantId });
    expect(await visitor.waitFor((f) => f.event === 'removed')).toMatchObject({ reason: 'banned' });
    expect(await ticketFor(room, guest)).toMatchObject({ status: 403, body: { error: 'banned' } });
    // The ban is for the guest session; a new one from the same link is someone new.
    const fresh = await redeem(link.code, 'Erika Neu');
    expect(await ticketFor(room, fresh)).toMatchObject({ status: 201, body: { role: 'guest' } });
    expect(await linkView(room, link.id)).toMatchObject({ state: 'active', uses: 2 });
    expect(owner.frames.some((f) => f.event === 'guestLinkClosed')).toBe(false);
  });

  it('aGuestTurnedAwayFromTheWaitingRoomGivesTheUseBackAndTheirSessionEnds', async () => {
    const room = await guestRoom(server.owner);
    const link = await newLink(server.owner, room, { maxUses: 1 });
    const { owner, guest, visitor, participantId, entered } = await meetingWithGuest(room, link.code);
    expect(entered.event).toBe('waiting');
    expect(await linkView(room, link.id)).toMatchObject({ state: 'usedUp', uses: 1 });
    await owner.waitFor((f) => f.event === 'waitingStarted');
    owner.send({ ns: 'lobby', action: 'reject', participantId });
    expect(await visitor.waitFor((f) => f.event === 'notAdmitted')).toMatchObject({ reason: 'rejected' });
    let view = await linkView(room, link.id);
    for (let i = 0; i < 100 && view?.uses !== 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      view = await linkView(room, link.id);
    }
    expect(view).toMatchObject({ state: 'active', uses: 0 });
    // The turned-away session no longer opens the room: the link admits no more people than it may.
    expect((await ticketFor(room, guest)).status).toBe(404);
    const next = await redeem(link.code, 'Jemand Anderes');
    expect((await ticketFor(room, next)).status).toBe(201);
    const third = await api('POST', `/v1/invites/${link.code}`, undefined, { displayName: 'Noch Jemand' });
    expect(third).toMatchObject({ status: 410, body: { error: 'inviteUsedUp' } });
  });
});

async function waitUntil(condition: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
