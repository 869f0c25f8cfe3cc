import { coreModule } from '@plenum/module-core/server';
import { pdfPages } from '@plenum/reports/testing';
import {
  RoomAssetRefused,
  type RoomAssetSpec,
  type RoomAssets,
  type RoomAttendanceList,
  type RoomSettings,
} from '@plenum/room-kit';
import {
  FakeClock,
  FakeRoomAttendance,
  MemoryRoomAssets,
  type PersonaName,
  type TestPersona,
  TestRoom,
} from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../base64.js';
import { addAgendaItem, decisionsOf, motionsOf, notesOf } from '../minutesDocument.js';
import { createMinutesModule } from './MinutesModule.js';
import { concludedVote, voteTellerModule } from './voteTeller.test-support.js';

const MINUTE = 60_000;
/** 26 Nov 2026, 14:00 in Berlin. */
const START = Date.UTC(2026, 10, 26, 13, 0);
/** When the minutes are exported: 15:05 in Berlin. */
const EXPORTED = START + 65 * MINUTE;
const attendee = { role: 'participant', firstJoin: START, lastLeave: START + MINUTE, presenceMs: MINUTE } as const;

const meeting: RoomAttendanceList = {
  title: 'Hauptausschuss',
  startedAt: START,
  attendees: [
    { ...attendee, displayName: 'Alice Adler', kind: 'browser', role: 'moderator', registered: true },
    { ...attendee, displayName: 'Gundula Gast', kind: 'browser', role: 'guest', registered: false },
    { ...attendee, displayName: 'Telefon 1', kind: 'phone', role: 'guest', registered: false },
    { ...attendee, displayName: 'Aufzeichnung', kind: 'recorder', registered: false },
  ],
};

interface ExportRoomOptions {
  readonly assets?: RoomAssets;
  readonly attendance?: FakeRoomAttendance;
  readonly settings?: Partial<RoomSettings>;
  /** Exports are made at 15:05 on the meeting's day unless told. */
  readonly clock?: FakeClock;
}

/** Alice (moderator) writes the minutes; Bob and a guest take part; a vote on the budget has concluded. */
async function exportRoom(options: ExportRoomOptions = {}) {
  const room = new TestRoom({
    modules: [coreModule, createMinutesModule(), voteTellerModule],
    attendance: options.attendance ?? new FakeRoomAttendance(meeting),
    ...(options.assets ? { assets: options.assets } : {}),
    clock: options.clock ?? new FakeClock(EXPORTED),
    settings: { tenantName: 'Stadt Musterstadt', ...options.settings },
  });
  const alice = await room.join('alice', { userId: 'u-alice' });
  const bob = await room.join('bob', { userId: 'u-bob' });
  const guest = await room.join('guest');
  await alice.act('teller', 'tell', { vote: concludedVote() });
  return { room, alice, bob, guest };
}

/** Writes the minutes of one meeting: two items, notes, a motion and decisions (one with a forged result). */
/** Alice writes two agenda items with notes, motions and decisions; returns her document. */
async function writeMinutes(alice: TestPersona): Promise<Y.Doc> {
  const doc = new Y.Doc();
  addAgendaItem(doc, { id: 'top1', title: 'Haushalt 2027', prepared: true });
  addAgendaItem(doc, { id: 'top2', title: 'Stellenplan', prepared: true });
  notesOf(doc, 'top1').insert(0, 'Die Kämmerin stellt den Entwurf vor.\n\nEs gibt keine Fragen.');
  motionsOf(doc, 'top1').push([{ text: 'Antrag der Verwaltung auf Beschluss' }]);
  decisionsOf(doc, 'top1').push([
    { text: 'Der Haushalt ist beschlossen.', result: 'angenommen 99 zu 0', voteId: 'vote-0001' },
  ]);
  decisionsOf(doc, 'top2').push([{ text: 'Vertagt.', result: 'Ja 12 Nein 0', voteId: 'vote-unknown' }]);
  await alice.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(doc)) });
  expect(alice.inbox.errors()).toEqual([]);
  return doc;
}

const assetsOf = (room: TestRoom): MemoryRoomAssets => room.assets as MemoryRoomAssets;
const pdfText = async (room: TestRoom, id: string): Promise<string> =>
  (await pdfPages(Buffer.from(assetsOf(room).get(id)?.data ?? []))).join('\n');
const markdownText = (room: TestRoom, id: string): string =>
  new TextDecoder().decode(assetsOf(room).get(id)?.data ?? new Uint8Array());
/** The words of a PDF's text in reading order, whatever the line breaks and columns between them. */
const words = (text: string): string => text.replace(/\s+/g, ' ');

/** Room work that does not settle on its own (a gated port): let the pending turns run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('exporting the minutes', () => {
  it('printsADecisionsRecordedOutcomeNextToItInThePdfAndTheMarkdown', async () => {
    const { room, alice } = await exportRoom();
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'top1', title: 'Haushalt 2027', prepared: true });
    decisionsOf(doc, 'top1').push([{ text: 'Der Haushalt ist beschlossen.', outcome: 'adopted' }]);
    decisionsOf(doc, 'top1').push([{ text: 'Der Stellenplan ist vertagt.', outcome: 'rejected' }]);
    await alice.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(doc)) });
    await alice.act('minutes', 'export', { visibility: 'participants' });
    const text = words(await pdfText(room, 'asset-0'));
    expect(text).toContain('Der Haushalt ist beschlossen. Entscheidung angenommen');
    expect(text).toContain('Der Stellenplan ist vertagt. Entscheidung abgelehnt');
    expect(markdownText(room, 'asset-1')).toContain('- Der Haushalt ist beschlossen. — Entscheidung: angenommen\n');
  });

  it('listsWhoVotedHowInARollCallInThePdfAndTheMarkdownButNoNamesOfAVoteWithoutThem', async () => {
    const { room, alice } = await exportRoom();
    const roll = {
      ballots: [
        { name: 'Ben Berger', choice: 'yes' as const },
        { name: 'Carla Cordes', choice: 'no' as const },
        { name: 'Anna Amtsrat', choice: 'yes' as const },
      ],
      notVoted: ['Dora Dietz'],
    };
    const counts = { counts: { yes: 2, no: 1, abstain: 0 }, eligible: 4, cast: 3 };
    await alice.act('teller', 'tell', {
      vote: concludedVote({ voteId: 'vote-0002', title: 'Satzung', roll, ...counts }),
    });
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'top1', title: 'Satzung', prepared: true });
    decisionsOf(doc, 'top1').push([
      { text: 'Die Satzung ist beschlossen.', voteId: 'vote-0002' },
      // Linked to the budget vote, told without names (as a pseudonymous vote is).
      { text: 'Der Haushalt ist beschlossen.', voteId: 'vote-0001' },
    ]);
    await alice.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(doc)) });
    await alice.act('minutes', 'export', { visibility: 'participants' });

    const text = words(await pdfText(room, 'asset-0'));
    expect(text).toContain(
      'Abstimmung Satzung (beendet 01.01.1970, 01:00 MEZ) Ja: Anna Amtsrat, Ben Berger Nein: Carla Cordes Enthaltung: — Nicht abgestimmt: Dora Dietz Der Haushalt ist beschlossen.',
    );
    expect(text).toMatch(/Abstimmung Haushalt 2027 \(beendet 01\.01\.1970, 01:00 MEZ\) (?!Ja:)/);
    const md = markdownText(room, 'asset-1');
    expect(md).toContain(
      '— Abstimmung: Satzung (beendet 01.01.1970, 01:00 MEZ)\n  - Ja: Anna Amtsrat, Ben Berger\n  - Nein: Carla Cordes\n  - Enthaltung: —\n  - Nicht abgestimmt: Dora Dietz\n- Der Haushalt ist beschlossen.',
    );
    expect(md).toContain('— Abstimmung: Haushalt 2027 (beendet 01.01.1970, 01:00 MEZ)\n\n');
  });

  it('aModeratorsExportStoresPdfAndMarkdownAndAnnouncesThemToEveryone', async () => {
    const { room, alice, bob, guest } = await exportRoom();
    await writeMinutes(alice);
    await alice.act('minutes', 'export', { visibility: 'participants' });

    const spec = (kind: string, filename: string, mediaType: string): RoomAssetSpec => ({
      kind,
      filename,
      mediaType,
      visibility: 'participants',
      createdBy: 'u-alice',
    });
    expect(assetsOf(room).stored.map((a) => a.spec)).toEqual([
      spec('minutes-pdf', 'niederschrift-2026-11-26-1505.pdf', 'application/pdf'),
      spec('minutes-markdown', 'niederschrift-2026-11-26-1505.md', 'text/markdown; charset=utf-8'),
    ]);
    const exported = {
      ns: 'minutes',
      event: 'exported',
      files: {
        pdfAssetId: 'asset-0',
        markdownAssetId: 'asset-1',
        visibility: 'participants',
        exportedAt: room.clock.now(),
      },
      by: alice.participantId,
    };
    for (const p of [alice, bob, guest]) expect(p.inbox.last('minutes', 'exported')).toEqual(exported);
  });

  it('thePdfSaysWhoMetWhenAndWhatWasDecidedWithTheRecordedVotesResult', async () => {
    const { room, alice } = await exportRoom();
    await writeMinutes(alice);
    await alice.act('minutes', 'export', { visibility: 'participants' });

    const text = words(await pdfText(room, 'asset-0'));
    for (const expected of [
      'Stadt Musterstadt',
      'Niederschrift',
      'Gremium Hauptausschuss',
      'Datum 26.11.2026',
      'Ort Online (Plenum)',
      'Beginn 14:00 MEZ',
      'Stand 15:05 MEZ',
      'Vorsitz / Moderation Alice Adler',
      'Protokollführung Alice',
      'Anwesenheit Anwesend Alice Adler Gäste Gundula Gast Telefon Telefon 1 Tagesordnung',
      'Die Kämmerin stellt den Entwurf vor.',
      'Es gibt keine Fragen.',
      'Antrag der Verwaltung auf Beschluss',
      'Der Haushalt ist beschlossen.',
      'Ergebnis Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12 Stimmberechtigten haben abgestimmt',
      'Abstimmung Haushalt 2027',
      'Ergebnis Ja 12 Nein 0 (nicht geprüft)',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Aufzeichnung');
    expect(text).not.toContain('99 zu 0');
    expect(text).toMatch(/Unterschriften Vorsitz Protokollführung _{30} _{30} Datum, Unterschrift Datum, Unterschrift/);
    const order = [
      'Tagesordnung',
      'TOP 1 Haushalt 2027',
      'TOP 2 Stellenplan',
      'TOP 1: Haushalt 2027',
      'TOP 2: Stellenplan',
    ];
    const at = order.map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.indexOf('Der Haushalt ist beschlossen.')).toBeLessThan(text.indexOf('TOP 2: Stellenplan'));

    const md = markdownText(room, 'asset-1');
    expect(md).toContain(
      '- Der Haushalt ist beschlossen. — Ergebnis: Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12 Stimmberechtigten haben abgestimmt — Abstimmung: Haushalt 2027',
    );
    expect(md).toContain('- Vertagt. — Ergebnis: Ja 12 Nein 0 (nicht geprüft)');
    expect(md).not.toContain('99 zu 0');
    for (const expected of [
      '- Stand: 15:05 MEZ\n- Vorsitz / Moderation: Alice Adler\n- Protokollführung: Alice\n',
      '### Anwesend\n\n- Alice Adler\n\n### Gäste\n\n- Gundula Gast\n\n### Telefon\n\n- Telefon 1\n',
      '## Unterschriften\n\nVorsitz: ______________________________ (Datum, Unterschrift)\n',
    ])
      expect(md).toContain(expected);
  });

  it('namesEveryoneWhoWroteAndGivesEachExportItsOwnTimedName', async () => {
    const { room, alice, bob } = await exportRoom();
    const written = await writeMinutes(alice);
    await alice.act('minutes', 'grantWrite', { participantId: bob.participantId });
    // Bob appends to the agenda he has synced; an item added to an empty doc of his own would land before or after
    // Alice's by the docs' random client ids.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(written));
    addAgendaItem(doc, { id: 'top3', title: '🏗️ Baustelle Rathaus', prepared: false });
    await bob.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(written))) });
    expect(bob.inbox.errors()).toEqual([]);
    await alice.act('minutes', 'export', { visibility: 'participants' });
    room.clock.advance(MINUTE);
    await alice.act('minutes', 'export', { visibility: 'participants' });

    expect(assetsOf(room).stored.map((a) => a.spec.filename)).toEqual([
      'niederschrift-2026-11-26-1505.pdf',
      'niederschrift-2026-11-26-1505.md',
      'niederschrift-2026-11-26-1506.pdf',
      'niederschrift-2026-11-26-1506.md',
    ]);
    const text = words(await pdfText(room, 'asset-0'));
    expect(text).toContain('Protokollführung Alice, Bob');
    expect(text).toContain('TOP 3: [Emoji U+1F3D7] Baustelle Rathaus');
    expect(text).not.toMatch(/U\+FE0F|\uFE0F/u);
    expect(markdownText(room, 'asset-1')).toContain('- Protokollführung: Alice, Bob\n');
    expect(markdownText(room, 'asset-1')).toContain('## TOP 3: 🏗️ Baustelle Rathaus');
  });

  it('givesTwoExportsInOneMinuteNamesOfTheirOwn', async () => {
    const { room, alice } = await exportRoom();
    await writeMinutes(alice);
    for (let i = 0; i < 3; i++) await alice.act('minutes', 'export', { visibility: 'participants' });
    expect(assetsOf(room).stored.map((a) => a.spec.filename)).toEqual([
      'niederschrift-2026-11-26-1505.pdf',
      'niederschrift-2026-11-26-1505.md',
      'niederschrift-2026-11-26-1505-2.pdf',
      'niederschrift-2026-11-26-1505-2.md',
      'niederschrift-2026-11-26-1505-3.pdf',
      'niederschrift-2026-11-26-1505-3.md',
    ]);
  });

  it('namesLinkedVotesWithTheirEndAndNotesOutcomesTheirResultsDoNotBack', async () => {
    const { room, alice } = await exportRoom();
    const ended = START + 40 * MINUTE;
    const k12 = { title: 'Kreisstraße K 12', endedAt: ended };
    await alice.act('teller', 'tell', { vote: concludedVote({ ...k12, voteId: 'vote-k12a', reason: 'cancelled' }) });
    await alice.act('teller', 'tell', {
      vote: concludedVote({ ...k12, voteId: 'vote-k12b', counts: { yes: 1, no: 1, abstain: 0 } }),
    });
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'top1', title: 'Kreisstraße', prepared: true });
    decisionsOf(doc, 'top1').push([
      { text: 'Ausbau beschlossen.', voteId: 'vote-k12a', outcome: 'adopted' },
      { text: 'Umleitung beschlossen.', voteId: 'vote-k12b', outcome: 'adopted' },
    ]);
    await alice.act('minutes', 'update', { update: toBase64(Y.encodeStateAsUpdate(doc)) });
    await alice.act('minutes', 'export', { visibility: 'participants' });

    const text = words(await pdfText(room, 'asset-0'));
    expect(text).toContain(
      'Abstimmung Kreisstraße K 12 (beendet 26.11.2026, 14:40 MEZ) Hinweis Die verknüpfte Abstimmung hat kein Ergebnis.',
    );
    // The PDF may break the line after "Nein-".
    expect(text).toMatch(
      /Abstimmung Kreisstraße K 12 \(beendet 26\.11\.2026, 14:40 MEZ\) Hinweis In der verknüpften Abstimmung gab es nicht mehr Ja- als Nein- ?Stimmen\./,
    );
    const md = markdownText(room, 'asset-1');
    expect(md).toContain(
      '— Abstimmung: Kreisstraße K 12 (beendet 26.11.2026, 14:40 MEZ) — Hinweis: Die verknüpfte Abstimmung hat kein Ergebnis.\n',
    );
    expect(md).toContain('— Hinweis: In der verknüpften Abstimmung gab es nicht mehr Ja- als Nein-Stimmen.\n');
  });

  it('theExportIsInEnglishWhenTheTenantWritesEnglish', async () => {
    const { room, alice } = await exportRoom({ settings: { language: 'en' } });
    await writeMinutes(alice);
    await alice.act('minutes', 'export', { visibility: 'participants' });

    expect(assetsOf(room).stored.map((a) => a.spec.filename)).toEqual([
      'minutes-2026-11-26-1505.pdf',
      'minutes-2026-11-26-1505.md',
    ]);
    const text = words(await pdfText(room, 'asset-0'));
    for (const expected of [
      'Minutes',
      'Body Hauptausschuss',
      'Date 26/11/2026',
      'Place Online (Plenum)',
      'As of 15:05 CET',
      'Chair / moderation Alice Adler',
      'Minute-takers Alice',
      'Attendance Present Alice Adler Guests Gundula Gast Phone Telefon 1 Agenda',
      'Signatures Chair Minute-taker',
      'Item 1: Haushalt 2027',
      'Result Yes 7 · No 2 · Abstain 1 — 10 of 12 eligible voted',
      'Result Ja 12 Nein 0 (not verified)',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Niederschrift');
    expect(markdownText(room, 'asset-1')).toContain('## Item 2: Stellenplan');
  });

  it('anEmptyAgendaAndAMeetingNotRecordedAreSaidSo', async () => {
    const attendance = new FakeRoomAttendance(null);
    const { room, alice } = await exportRoom({ attendance, clock: new FakeClock(Date.UTC(2026, 0, 1, 9, 0)) });
    await alice.act('minutes', 'export', { visibility: 'participants' });

    expect(attendance.requests).toEqual([{ includeEmail: false }]);
    const text = words(await pdfText(room, 'asset-0'));
    expect(text).toContain('Datum 01.01.2026'); // the export's day: no meeting is recorded
    expect(text).toContain('Die Anwesenheit wurde nicht erfasst.');
    expect(text).toContain('Die Tagesordnung ist leer.');
    expect(text).toContain('Stand 10:00 MEZ');
    expect(text).not.toContain('Vorsitz / Moderation'); // unknown without a meeting
    expect(text).toContain('Protokollführung —');
    expect(assetsOf(room).stored[0]?.spec.filename).toBe('niederschrift-2026-01-01-1000.pdf');
  });

  it('anExportForModeratorsIsAnnouncedToModeratorsOnly', async () => {
    const { room, alice, bob, guest } = await exportRoom();
    const owner = await room.join('owner', { userId: 'u-olga' });
    await alice.act('minutes', 'export', { visibility: 'moderators' });

    expect(assetsOf(room).stored.map((a) => a.spec.visibility)).toEqual(['moderators', 'moderators']);
    expect(alice.inbox.last('minutes', 'exported')?.files).toMatchObject({ visibility: 'moderators' });
    expect(owner.inbox.last('minutes', 'exported')?.files).toMatchObject({ visibility: 'moderators' });
    expect(bob.inbox.events('minutes', 'exported')).toEqual([]);
    expect(guest.inbox.events('minutes', 'exported')).toEqual([]);
  });

  it('participantsCannotExport', async () => {
    const attendance = new FakeRoomAttendance(meeting);
    const { room, alice, bob, guest } = await exportRoom({ attendance });
    for (const p of [bob, guest]) {
      await p.act('minutes', 'export', { visibility: 'participants' }, 'x1');
      expect(p.inbox.errors()).toEqual([{ ns: 'minutes', id: 'x1', error: 'forbidden', required: 'moderator' }]);
    }
    expect(attendance.requests).toEqual([]);
    expect(assetsOf(room).stored).toEqual([]);
    expect(alice.inbox.events('minutes', 'exported')).toEqual([]);
  });

  it('oneExportAtATime', async () => {
    const inner = new MemoryRoomAssets();
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: RoomAssets = { store: async (spec, data) => gate.then(() => inner.store(spec, data)) };
    const { room, alice } = await exportRoom({ assets: slow });
    alice.send('minutes', 'export', { visibility: 'participants' }, 'a1');
    await flush();
    alice.send('minutes', 'export', { visibility: 'moderators' }, 'a2');
    await flush();
    expect(alice.inbox.errors()).toEqual([{ ns: 'minutes', id: 'a2', error: 'exportRunning' }]);
    release();
    await room.settle();
    expect(inner.stored.map((a) => a.spec.visibility)).toEqual(['participants', 'participants']);
    expect(alice.inbox.events('minutes', 'exported')).toHaveLength(1);

    await alice.act('minutes', 'export', { visibility: 'moderators' }, 'a3');
    expect(alice.inbox.errors()).toHaveLength(1);
    expect(alice.inbox.events('minutes', 'exported')).toHaveLength(2);
  });
});

describe('when an export fails', () => {
  const refusing = (error: Error): RoomAssets => ({ store: () => Promise.reject(error) });

  it('aFullStorageIsToldToTheIssuerOnlyAndNothingIsAnnouncedOrKept', async () => {
    const quota = new RoomAssetRefused('quota', { cause: new Error('quota of 100 bytes exceeded') });
    const { room, alice, bob } = await exportRoom({ assets: refusing(quota) });
    const owner = await room.join('owner', { userId: 'u-olga' });
    await alice.act('minutes', 'export', { visibility: 'participants' });

    expect(alice.inbox.last('minutes', 'exportFailed')).toEqual({
      ns: 'minutes',
      event: 'exportFailed',
      reason: 'storage',
    });
    for (const p of [owner, bob]) expect(p.inbox.events('minutes', 'exportFailed')).toEqual([]);
    for (const p of [alice, owner, bob]) expect(p.inbox.events('minutes', 'exported')).toEqual([]);
    const late = await room.join('carol');
    expect(joinedFiles(late)).toBeNull();
  });

  it('anyOtherFailureIsInternalAndTheNextExportMayStart', async () => {
    const attendance = new FakeRoomAttendance(meeting);
    attendance.failing = true;
    const { room, alice } = await exportRoom({ attendance });
    await alice.act('minutes', 'export', { visibility: 'participants' });
    expect(alice.inbox.last('minutes', 'exportFailed')?.reason).toBe('internal');
    expect(assetsOf(room).stored).toEqual([]);

    attendance.failing = false;
    await alice.act('minutes', 'export', { visibility: 'participants' });
    expect(alice.inbox.events('minutes', 'exported')).toHaveLength(1);
  });

  it('aStoreFailureThatIsNoLimitIsInternal', async () => {
    const { alice } = await exportRoom({ assets: refusing(new Error('disk on fire')) });
    await alice.act('minutes', 'export', { visibility: 'participants' });
    expect(alice.inbox.last('minutes', 'exportFailed')?.reason).toBe('internal');
  });
});

/** The `files` of the minutes' join state a persona got. */
function joinedFiles(p: { inbox: { last(ns: string, event: string): Record<string, unknown> | undefined } }) {
  const modules = p.inbox.last('core', 'joined')?.modules as Record<string, { files: unknown }> | undefined;
  return modules?.minutes?.files;
}

describe('late joiners', () => {
  const joinAs = (room: TestRoom, name: PersonaName) => room.join(name, { userId: `u-${name}` });

  it('getTheLatestExportTheyMayDownload', async () => {
    const { room, alice } = await exportRoom();
    await alice.act('minutes', 'export', { visibility: 'participants' });
    const forEveryone = alice.inbox.last('minutes', 'exported')?.files;
    room.clock.advance(MINUTE);
    await alice.act('minutes', 'export', { visibility: 'moderators' });
    const forModerators = alice.inbox.last('minutes', 'exported')?.files;
    expect(forModerators).not.toEqual(forEveryone);

    expect(joinedFiles(await joinAs(room, 'carol'))).toEqual(forEveryone);
    expect(joinedFiles(await joinAs(room, 'owner'))).toEqual(forModerators);
  });

  it('getNoneWhenTheOnlyExportIsForModerators', async () => {
    const { room, alice } = await exportRoom();
    await alice.act('minutes', 'export', { visibility: 'moderators' });
    expect(joinedFiles(await joinAs(room, 'carol'))).toBeNull();
    expect(joinedFiles(await joinAs(room, 'owner'))).toEqual(alice.inbox.last('minutes', 'exported')?.files);
  });
});
