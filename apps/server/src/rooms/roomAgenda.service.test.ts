import { agendaItems, decisionsOf, motionsOf, notesOf, PREPARED_STREAM } from '@plenum/module-minutes/server';
import { agendaLimits, RoomId } from '@plenum/protocol';
import { recordsFor } from '@plenum/room-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { SignedInUser } from '../testing/signInDirectly.js';
import { startTestServer, type TestClient, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

type As = { headers: Readonly<Record<string, string>> };
interface Agenda {
  items: { id: string; title: string }[];
  live: boolean;
  keptMinutes: boolean;
}

async function agenda(method: 'GET' | 'PUT', roomId: string, as: As, body?: unknown) {
  const res = await server.app.inject({
    method,
    url: `/v1/rooms/${roomId}/agenda`,
    headers: { ...as.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  return {
    status: res.statusCode,
    cacheControl: res.headers['cache-control'],
    body: JSON.parse(res.body) as Agenda & { error?: string; issues?: unknown[] },
  };
}

/** The records of the room's `prepared` stream (what the REST edits stored). */
const preparedRecords = (roomId: string) =>
  recordsFor(server.host.records, RoomId.parse(roomId), 'minutes', Date.now).latest(PREPARED_STREAM, 1000);

const titles = (a: Agenda) => a.items.map((i) => i.title);

/** Joins over signalling and syncs the minutes: the document as the meeting's minutes module has it. */
async function openMinutes(roomId: string, as: SignedInUser): Promise<{ client: TestClient; doc: Y.Doc }> {
  const client = await server.connect(roomId, undefined, as);
  await client.join('Olga');
  const emptyVector = Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64');
  client.send({ ns: 'minutes', action: 'sync', stateVector: emptyVector });
  const synced = await client.waitFor((f) => f.ns === 'minutes' && f.event === 'synced');
  expect(synced.parts).toBe(1);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(String(synced.update), 'base64'));
  return { client, doc };
}

/** Changes the meeting's minutes as a writer's client does: `change` on the client's copy, sent as one update. */
function write(minutes: { client: TestClient; doc: Y.Doc }, change: (doc: Y.Doc) => void): void {
  const before = Y.encodeStateVector(minutes.doc);
  change(minutes.doc);
  const update = Buffer.from(Y.encodeStateAsUpdate(minutes.doc, before)).toString('base64');
  minutes.client.send({ ns: 'minutes', action: 'update', update });
}

/** Leaves the meeting and waits until the room has closed and its minutes are stored (the meeting has ended). */
async function leave(roomId: string, client: TestClient): Promise<void> {
  const meetingId = server.host.meetingOf(RoomId.parse(roomId));
  if (!meetingId) throw new Error('no meeting');
  client.send({ ns: 'core', action: 'leave' });
  await vi.waitFor(async () => expect((await server.meetings.meetings.findById(meetingId))?.endedAt).not.toBeNull());
}

describe('preparing the agenda before the meeting', () => {
  it('letsTheOwnerPrepareReorderRenameAndRemoveItems', async () => {
    const room = await server.createRoom('Ratssitzung');
    expect(await agenda('GET', room, server.owner)).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: { items: [], live: false, keptMinutes: false },
    });

    const three = await agenda('PUT', room, server.owner, {
      items: [{ title: '  Begrüßung ' }, { title: 'Haushalt 2027' }, { title: 'Verschiedenes' }],
    });
    expect(three.status).toBe(200);
    expect(three.cacheControl).toBe('no-store');
    expect(titles(three.body)).toEqual(['Begrüßung', 'Haushalt 2027', 'Verschiedenes']);
    const [welcome, budget, other] = three.body.items;
    if (!welcome || !budget || !other) throw new Error('three items expected');
    for (const item of three.body.items) expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await agenda('GET', room, server.owner)).body).toEqual(three.body);

    const reordered = await agenda('PUT', room, server.owner, {
      items: [
        { id: budget.id, title: 'Haushalt 2027 (Entwurf)' },
        { id: welcome.id, title: 'Begrüßung' },
        { id: other.id, title: 'Verschiedenes' },
      ],
    });
    expect(reordered.body.items).toEqual([
      { id: budget.id, title: 'Haushalt 2027 (Entwurf)' },
      { id: welcome.id, title: 'Begrüßung' },
      { id: other.id, title: 'Verschiedenes' },
    ]);

    const removed = await agenda('PUT', room, server.owner, {
      items: [
        { id: budget.id, title: 'Haushalt 2027 (Entwurf)' },
        { id: other.id, title: 'Verschiedenes' },
      ],
    });
    expect(removed.body).toEqual({
      items: [
        { id: budget.id, title: 'Haushalt 2027 (Entwurf)' },
        { id: other.id, title: 'Verschiedenes' },
      ],
      live: false,
      keptMinutes: false,
    });
    expect((await agenda('GET', room, server.owner)).body).toEqual(removed.body);
    expect(await preparedRecords(room)).toHaveLength(3);

    // The same agenda again stores nothing.
    await agenda('PUT', room, server.owner, { items: removed.body.items });
    expect(await preparedRecords(room)).toHaveLength(3);
  });

  it('takesTheLargestAgendaTheLimitsAllowEvenInWideCharacters', async () => {
    const room = await server.createRoom('Kreistag');
    // 100 items of 200 characters, each 4 bytes in UTF-8: far above the server's general 16 KiB body cap.
    const items = Array.from({ length: agendaLimits.maxItems }, (_, i) => ({
      title: `${i + 1} ${'🏗'.repeat((agendaLimits.titleMaxLength - 4) / 2)}`.slice(0, agendaLimits.titleMaxLength),
    }));
    const full = await agenda('PUT', room, server.owner, { items });
    expect(full.status).toBe(200);
    expect(full.body.items).toHaveLength(agendaLimits.maxItems);
    expect(titles(full.body)).toEqual(items.map((i) => i.title));
  });

  it('answersRoomNotFoundToEveryoneButTheOwner', async () => {
    const room = await server.createRoom('Nur für Olga');
    await agenda('PUT', room, server.owner, { items: [{ title: 'Geheim' }] });
    const stranger = await server.signIn('fremd');
    for (const as of [server.member, stranger]) {
      expect(await agenda('GET', room, as)).toMatchObject({ status: 404, body: { error: 'roomNotFound' } });
      const put = await agenda('PUT', room, as, { items: [] });
      expect(put).toMatchObject({ status: 404, body: { error: 'roomNotFound' } });
    }
    expect(await agenda('GET', 'no-such-room', server.owner)).toMatchObject({ status: 404 });
    expect(titles((await agenda('GET', room, server.owner)).body)).toEqual(['Geheim']);
  });

  it('refusesBadInputWithATypedProblemAndStoresNothing', async () => {
    const room = await server.createRoom('Ausschuss');
    const before = await agenda('PUT', room, server.owner, { items: [{ title: 'Eins' }, { title: 'Zwei' }] });
    const [one] = before.body.items;
    const bad: [unknown, string][] = [
      [{ items: [{ title: '   ' }] }, 'invalidBody'],
      [{ items: [{ title: 'x'.repeat(201) }] }, 'invalidBody'],
      [{ items: Array.from({ length: 101 }, (_, i) => ({ title: `Punkt ${i}` })) }, 'invalidBody'],
      [
        {
          items: [
            { id: one?.id, title: 'A' },
            { id: one?.id, title: 'B' },
          ],
        },
        'invalidBody',
      ],
      [{ items: [{ title: 'A', extra: true }] }, 'invalidBody'],
      [{ items: [{ title: 'Neu' }, { id: 'not-an-item', title: 'Fremd' }] }, 'unknownAgendaItem'],
      [[], 'invalidBody'],
    ];
    for (const [body, error] of bad) {
      const res = await agenda('PUT', room, server.owner, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error).toBe(error);
    }
    const unknown = await agenda('PUT', room, server.owner, { items: [{ title: 'Neu' }, { id: 'nope', title: 'x' }] });
    expect(unknown.body.issues).toEqual([{ path: 'items.1.id', message: 'unknown agenda item' }]);
    expect(titles((await agenda('GET', room, server.owner)).body)).toEqual(['Eins', 'Zwei']);
    expect(await preparedRecords(room)).toHaveLength(1);
    // 200 characters after trimming are fine.
    const long = await agenda('PUT', room, server.owner, { items: [{ title: ` ${'y'.repeat(200)} ` }] });
    expect(long.status).toBe(200);
  });

  it('refusesChangesWhileAMeetingRunsButStillReads', async () => {
    const room = await server.createRoom('Laufende Sitzung');
    await agenda('PUT', room, server.owner, { items: [{ title: 'Vorher' }] });
    const { client } = await openMinutes(room, server.owner);
    const refused = await agenda('PUT', room, server.owner, { items: [{ title: 'Während' }] });
    expect(refused).toMatchObject({ status: 409, body: { error: 'meetingRunning' } });
    const read = await agenda('GET', room, server.owner);
    expect(read.status).toBe(200);
    expect(read.body.live).toBe(true);
    expect(titles(read.body)).toEqual(['Vorher']);
    await leave(room, client);
    const after = await agenda('PUT', room, server.owner, { items: [{ title: 'Nachher' }] });
    expect(after.status).toBe(200);
    expect(after.body.live).toBe(false);
  });

  it('theMeetingSeesThePreparedAgendaAndAnItemDeletedThereStaysDeleted', async () => {
    const room = await server.createRoom('Gemeinderat');
    const prepared = await agenda('PUT', room, server.owner, {
      items: [{ title: 'Begrüßung' }, { title: 'Haushalt' }, { title: 'Verschiedenes' }],
    });
    const ids = prepared.body.items.map((i) => i.id);

    const first = await openMinutes(room, server.owner);
    expect(agendaItems(first.doc)).toEqual(prepared.body.items.map(({ id, title }) => ({ id, title, prepared: true })));
    // The meeting removes "Haushalt".
    write(first, (doc) => doc.getArray('agenda').delete(1, 1));
    await leave(room, first.client);

    const kept = await agenda('GET', room, server.owner);
    expect(titles(kept.body)).toEqual(['Begrüßung', 'Verschiedenes']);
    // Minutes were kept, but they hold nothing under the items beyond the agenda itself.
    expect(kept.body.keptMinutes).toBe(false);
    const next = await openMinutes(room, server.owner);
    expect(agendaItems(next.doc).map((i) => i.id)).toEqual([ids[0], ids[2]]);
    await leave(room, next.client);
  });

  it('saysWhenTheKeptMinutesHoldNotesMotionsOrDecisionsUnderItsItems', async () => {
    const room = await server.createRoom('Finanzausschuss');
    const prepared = await agenda('PUT', room, server.owner, {
      items: [{ title: 'Begrüßung' }, { title: 'Haushalt' }, { title: 'Verschiedenes' }],
    });
    expect(prepared.body.keptMinutes).toBe(false);
    const [welcome, budget, other] = prepared.body.items;
    if (!welcome || !budget || !other) throw new Error('three items expected');

    // The meeting writes blank notes under "Begrüßung" (nothing kept) and a decision under "Haushalt".
    const meeting = await openMinutes(room, server.owner);
    write(meeting, (doc) => notesOf(doc, welcome.id).insert(0, '  \n'));
    write(meeting, (doc) => decisionsOf(doc, budget.id).push([{ text: 'Der Haushalt wird beschlossen.' }]));
    await leave(room, meeting.client);
    const read = await agenda('GET', room, server.owner);
    expect(read.body).toEqual({ items: prepared.body.items, live: false, keptMinutes: true });

    // Renaming keeps the decision under the item; removing the item takes it out of the agenda's reach.
    const renamed = await agenda('PUT', room, server.owner, {
      items: [welcome, { id: budget.id, title: 'Haushalt 2027' }, other],
    });
    expect(renamed.body.keptMinutes).toBe(true);
    const removed = await agenda('PUT', room, server.owner, { items: [welcome, other] });
    expect(removed.body).toMatchObject({ live: false, keptMinutes: false });
    expect((await agenda('GET', room, server.owner)).body.keptMinutes).toBe(false);

    // A motion counts as notes do.
    const next = await openMinutes(room, server.owner);
    write(next, (doc) => motionsOf(doc, other.id).push([{ text: 'Antrag auf Vertagung' }]));
    await leave(room, next.client);
    expect((await agenda('GET', room, server.owner)).body.keptMinutes).toBe(true);
  }, 30_000);

  it('notesUnderAnItemCountAsKeptMinutes', async () => {
    const room = await server.createRoom('Bauausschuss');
    const prepared = await agenda('PUT', room, server.owner, { items: [{ title: 'Bauvorhaben' }] });
    const [item] = prepared.body.items;
    if (!item) throw new Error('one item expected');
    const meeting = await openMinutes(room, server.owner);
    write(meeting, (doc) => notesOf(doc, item.id).insert(0, 'Ortstermin am Montag.'));
    await leave(room, meeting.client);
    expect((await agenda('GET', room, server.owner)).body.keptMinutes).toBe(true);
  }, 30_000);
});
