import type { RoomId } from '@plenum/protocol';
import { pdfPages } from '@plenum/reports/testing';
import { type RoomAssets, type RoomAttendanceList, recordsFor } from '@plenum/room-kit';
import { FakeRoomAttendance, MemoryRecordStore, MemoryRoomAssets, type TestPersona } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { addAgendaItem, decisionsOf, notesOf } from '../minutesDocument.js';
import { EXPORTS_STREAM, VOTES_STREAM } from './MinutesWriter.js';
import {
  joinWithMinutes,
  type MinutesRoomOptions,
  minutesFrames,
  minutesRoom,
} from './minutesTestRoom.test-support.js';
import { concludedVote } from './voteTeller.test-support.js';

const ROOM = 'room-minutes-restart-exports' as RoomId;
const refusing: RoomAssets = { store: () => Promise.reject(new Error('disk')) };

/** The second meeting: Nora and Otto attend it, Nora chairs; it started at 10:00 (Berlin) on 3 Dec 2026. */
const laterMeeting: RoomAttendanceList = {
  title: 'Hauptausschuss',
  startedAt: Date.UTC(2026, 11, 3, 9, 0),
  attendees: ['Nora Neu', 'Otto Ober'].map((displayName, i) => ({
    displayName,
    kind: 'browser',
    role: i === 0 ? 'moderator' : 'participant',
    registered: true,
    firstJoin: 0,
    lastLeave: 0,
    presenceMs: 0,
  })),
};

/** One store for every meeting of the room; each `meeting()` is a new room instance over it. */
function roomOverTime() {
  const records = new MemoryRecordStore();
  const meeting = (options: MinutesRoomOptions = {}) =>
    minutesRoom({ records, roomId: ROOM, assets: new MemoryRoomAssets(), ...options });
  return { records, meeting };
}

type Room = ReturnType<typeof minutesRoom>;
const assetsOf = (room: Room) => (room.assets as MemoryRoomAssets).stored;
const markdownOf = (room: Room) =>
  new TextDecoder().decode(assetsOf(room).find((f) => f.spec.kind === 'minutes-markdown')?.data);
const eventsOf = (p: TestPersona, event: string) =>
  minutesFrames(p).filter((f) => 'event' in f && (f as { event: string }).event === event);
const joinedVotes = (p: TestPersona): unknown =>
  (p.inbox.last('core', 'joined')?.modules as Record<string, { votes: unknown }> | undefined)?.minutes?.votes;

/** Alice (moderator) writes an item with a decision; the room is closed (which exports unexported changes). */
async function firstMeeting(room: Room) {
  const alice = await joinWithMinutes(room, 'alice');
  addAgendaItem(alice.doc, { id: 'top1', title: 'Haushalt 2027', prepared: false });
  decisionsOf(alice.doc, 'top1').push([{ text: 'Alter Beschluss', addedAt: room.clock.now() }]);
  await alice.settle();
  return alice;
}

/**
 * A first meeting whose export failed (the asset store refuses) wrote the minutes `writtenAfterMs` after it started and
 * closed; returns the second meeting, which Nora and Otto attend, with Alice joined.
 */
async function afterAnUnexportedMeeting(writtenAfterMs = 0) {
  const { meeting } = roomOverTime();
  const first = meeting({ assets: refusing });
  if (writtenAfterMs > 0) first.clock.advance(writtenAfterMs);
  await firstMeeting(first);
  await first.room.close();
  const second = meeting({ attendance: new FakeRoomAttendance(laterMeeting) });
  return { second, alice: await joinWithMinutes(second, 'alice') };
}

/** The Markdown claims nothing of the second meeting: no date, start, chair or minute taker, none of `names`. */
function expectNothingOfTheSecondMeeting(md: string, names: readonly string[]) {
  for (const claim of ['- Datum:', '- Beginn:', '- Vorsitz / Moderation:', '- Protokollführung:', 'Nora Neu', ...names])
    expect(md).not.toContain(claim);
}

describe('starting new minutes after an earlier meeting', () => {
  it('exportsNothingWhenTheExportWhenTheEarlierRoomClosedHoldsTheMinutes', async () => {
    const { meeting } = roomOverTime();
    const first = meeting();
    await firstMeeting(first);
    await first.room.close();
    expect(assetsOf(first)).toHaveLength(2);
    const second = meeting({ attendance: new FakeRoomAttendance(laterMeeting) });
    const alice = await joinWithMinutes(second, 'alice');
    await alice.persona.act('minutes', 'startNew', {});
    expect(assetsOf(second)).toEqual([]);
    expect(eventsOf(alice.persona, 'exported')).toEqual([]);
    expect(eventsOf(alice.persona, 'restarted')).toMatchObject([{ generation: 1 }]);
    // Nothing new to export when this room closes either.
    await second.room.close();
    expect(assetsOf(second)).toEqual([]);
  });

  it('exportsMinutesNoExportHoldsAsAnEarlierMeetingsWithoutThisMeetingsStartOrAttendance', async () => {
    const { second, alice } = await afterAnUnexportedMeeting(30 * 60_000);
    await alice.persona.act('minutes', 'startNew', {});
    expect(assetsOf(second).map((f) => f.spec.kind)).toEqual(['minutes-pdf', 'minutes-markdown']);
    const md = markdownOf(second);
    expect(md).toContain('# Niederschrift\n\nNiederschrift einer früheren Sitzung (zuletzt geändert 01.01.2026, 10:30');
    expect(md).toContain('Alter Beschluss');
    expect(md).toContain('Die Anwesenheit der früheren Sitzung ist in dieser Datei nicht enthalten.');
    expectNothingOfTheSecondMeeting(md, ['Otto Ober', 'Hauptausschuss']);
    expect(eventsOf(alice.persona, 'restarted')).toHaveLength(1);
  });

  it('aMeetingThatContinuedAndChangedTheMinutesExportsThemAsItsOwn', async () => {
    const { second, alice } = await afterAnUnexportedMeeting();
    await alice.persona.act('minutes', 'continue', {});
    notesOf(alice.doc, 'top1').insert(0, 'Neu');
    await alice.settle();
    await alice.persona.act('minutes', 'export', { visibility: 'moderators' });
    const md = markdownOf(second);
    expect(md).not.toContain('früheren Sitzung');
    expect(md).toContain('- Vorsitz / Moderation: Nora Neu');
    expect(md).toContain('- Protokollführung: Alice');
  });

  it('continuedMinutesSayWhoseTheyContinueAndTheDayOfTheEarlierMeetingsEntries', async () => {
    const { second, alice } = await afterAnUnexportedMeeting(30 * 60_000);
    await alice.persona.act('minutes', 'continue', {});
    decisionsOf(alice.doc, 'top1').push([{ text: 'Neuer Beschluss', addedAt: laterMeeting.startedAt + 60_000 }]);
    await alice.settle();
    await alice.persona.act('minutes', 'export', { visibility: 'moderators' });
    const md = markdownOf(second);
    expect(md).toContain(
      '# Niederschrift\n\nFortsetzung der Niederschrift vom 01.01.2026.\n\n- Gremium: Hauptausschuss',
    );
    expect(md).toContain('- Datum: 03.12.2026');
    expect(md).toContain('- Alter Beschluss — Eingetragen am: 01.01.2026\n- Neuer Beschluss\n');
    const pdf = assetsOf(second).find((f) => f.spec.kind === 'minutes-pdf');
    const text = (await pdfPages(Buffer.from(pdf?.data ?? []))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Niederschrift Fortsetzung der Niederschrift vom 01.01.2026. Gremium Hauptausschuss');
    expect(text).toContain('Alter Beschluss Eingetragen am 01.01.2026 Neuer Beschluss');
  });

  it('archivesMinutesNotContinuedAsAnEarlierMeetingsEvenWhenChangedInThisOne', async () => {
    const { second, alice } = await afterAnUnexportedMeeting();
    notesOf(alice.doc, 'top1').insert(0, 'Neu');
    await alice.settle();
    await alice.persona.act('minutes', 'startNew', {});
    const md = markdownOf(second);
    expect(md).toContain('Niederschrift einer früheren Sitzung');
    expect(md).toContain('Neu');
    expectNothingOfTheSecondMeeting(md, ['Alice']);
  });

  it('aWriterOpeningMinutesWithDeletionsChangesNothingAndBecomesNoMinuteTaker', async () => {
    const { meeting } = roomOverTime();
    const first = meeting({ assets: refusing });
    const author = await firstMeeting(first);
    // Text typed and deleted: the document holds deletions, which Yjs sends with every later state it encodes.
    notesOf(author.doc, 'top1').insert(0, 'Entwurf');
    notesOf(author.doc, 'top1').delete(0, 7);
    await author.settle();
    await first.room.close();
    const second = meeting({ attendance: new FakeRoomAttendance(laterMeeting) });
    const bob = await joinWithMinutes(second, 'bob');
    const alice = await joinWithMinutes(second, 'alice');
    await alice.persona.act('minutes', 'continue', {});
    expect(eventsOf(bob.persona, 'updated')).toEqual([]);
    await alice.persona.act('minutes', 'export', { visibility: 'moderators' });
    const md = markdownOf(second);
    expect(md).toContain('Niederschrift einer früheren Sitzung');
    expect(md).not.toContain('Alice');
    expect(md).not.toContain('Nora Neu');
  });
});

/** In the first meeting Alice exports the minutes for participants, then adds to them (the meeting still runs). */
async function changedAfterAnExportForParticipants() {
  const { meeting } = roomOverTime();
  const first = meeting();
  const alice = await firstMeeting(first);
  await alice.persona.act('minutes', 'export', { visibility: 'participants' });
  notesOf(alice.doc, 'top1').insert(0, 'Nachtrag');
  await alice.settle();
  return { meeting, first, alice };
}

describe('the visibility of automatic exports', () => {
  it('followsTheLatestExportOfTheRoomAcrossMeetings', async () => {
    const { meeting, first } = await changedAfterAnExportForParticipants();
    await first.room.close();
    expect(assetsOf(first).map((f) => f.spec.visibility)).toEqual(Array(4).fill('participants'));
    // The next meeting changes the minutes and closes: the export is for everyone, and announced so.
    const second = meeting();
    const owner = await joinWithMinutes(second, 'alice');
    await owner.persona.act('minutes', 'continue', {});
    notesOf(owner.doc, 'top1').insert(0, 'Mehr ');
    await owner.settle();
    await second.room.close();
    expect(assetsOf(second).map((f) => f.spec.visibility)).toEqual(['participants', 'participants']);
  });

  it('isModeratorsWhenNewMinutesStartAsTheConfirmStepSays', async () => {
    const { first, alice } = await changedAfterAnExportForParticipants();
    const bob = await joinWithMinutes(first, 'bob');
    await alice.persona.act('minutes', 'startNew', {});
    expect(assetsOf(first).map((f) => f.spec.visibility)).toEqual([
      'participants',
      'participants',
      'moderators',
      'moderators',
    ]);
    // Bob, no moderator, is not told of the files he may not download.
    expect(eventsOf(bob.persona, 'exported')).toEqual([]);
    expect(eventsOf(alice.persona, 'exported')).toHaveLength(2);
  });

  it('isModeratorsWithoutAnEarlierExport', async () => {
    const { records, meeting } = roomOverTime();
    const first = meeting();
    await firstMeeting(first);
    await first.room.close();
    expect(assetsOf(first).map((f) => f.spec.visibility)).toEqual(['moderators', 'moderators']);
    const stored = await recordsFor(records, ROOM, 'minutes', Date.now).latest(EXPORTS_STREAM, 10);
    expect(stored).toMatchObject([{ visibility: 'moderators', lastChangedAt: first.clock.now() }]);
  });
});

describe('concluded votes when new minutes start', () => {
  it('areForgottenByTheRoomAndItsRecords', async () => {
    const { records, meeting } = roomOverTime();
    const room = meeting({ voteTeller: true });
    const alice = await firstMeeting(room);
    await alice.persona.act('teller', 'tell', { vote: concludedVote() });
    expect(joinedVotes(await room.join('bob'))).toHaveLength(1);
    await alice.persona.act('minutes', 'startNew', {});
    expect(joinedVotes(await room.join('carol'))).toEqual([]);
    expect(await recordsFor(records, ROOM, 'minutes', Date.now).latest(VOTES_STREAM, 10)).toEqual([]);
    await room.room.close();
    expect(joinedVotes(await meeting({ voteTeller: true }).join('alice'))).toEqual([]);
  });
});
