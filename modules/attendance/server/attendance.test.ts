import { coreModule } from '@plenum/module-core/server';
import type { ReportLanguage } from '@plenum/reports';
import { pdfPages } from '@plenum/reports/testing';
import { RoomAssetRefused, type RoomAssets, type RoomAttendanceList } from '@plenum/room-kit';
import { FakeClock, FakeRoomAttendance, type Inbox, MemoryRoomAssets, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { GENERATE_INTERVAL_MS } from '../protocol.js';
import { attendanceModule } from './AttendanceModule.js';

const MINUTE = 60_000;
/** 26 Nov 2026, 14:00 in Berlin. */
const START = Date.UTC(2026, 10, 26, 13, 0);

const meeting: RoomAttendanceList = {
  title: 'Hauptausschuss',
  startedAt: START,
  attendees: [
    {
      displayName: 'Alice',
      kind: 'browser',
      role: 'moderator',
      registered: true,
      email: 'alice@example.org',
      firstJoin: START,
      lastLeave: START + 95 * MINUTE,
      presenceMs: 95 * MINUTE,
    },
    {
      displayName: 'Gast',
      kind: 'browser',
      role: 'guest',
      registered: false,
      firstJoin: START + 5 * MINUTE,
      lastLeave: START + 50 * MINUTE,
      presenceMs: 45 * MINUTE,
    },
    {
      displayName: 'Telefon 1',
      kind: 'phone',
      role: 'guest',
      registered: false,
      firstJoin: START + 10 * MINUTE,
      lastLeave: START + 20 * MINUTE,
      presenceMs: 10 * MINUTE,
    },
    {
      displayName: 'Aufzeichnung',
      kind: 'recorder',
      role: 'participant',
      registered: false,
      firstJoin: START,
      lastLeave: START + 95 * MINUTE,
      presenceMs: 95 * MINUTE,
    },
  ],
};

/** When the reports are asked for: after everyone in `meeting` left (16:00 in Berlin). */
const REPORT_AT = START + 120 * MINUTE;

async function meetingRoom(
  options: {
    attendance?: FakeRoomAttendance;
    assets?: RoomAssets;
    tenantName?: string;
    language?: ReportLanguage;
    at?: number;
  } = {},
) {
  const { tenantName, language } = options;
  const attendance = options.attendance ?? new FakeRoomAttendance(meeting);
  const assets = options.assets ?? new MemoryRoomAssets();
  const room = new TestRoom({
    modules: [coreModule, attendanceModule],
    attendance,
    assets,
    clock: new FakeClock(options.at ?? REPORT_AT),
    settings: { ...(tenantName === undefined ? {} : { tenantName }), ...(language === undefined ? {} : { language }) },
  });
  const owner = await room.join('owner', { userId: 'u-olga' });
  const alice = await room.join('alice', { userId: 'u-alice' });
  const bob = await room.join('bob', { userId: 'u-bob' });
  const guest = await room.join('guest');
  return { room, attendance, owner, alice, bob, guest };
}

/** This module's part of the latest `joined` in `inbox`. */
function joinState(inbox: Inbox): unknown {
  return (inbox.last('core', 'joined')?.modules as { attendance?: unknown } | undefined)?.attendance;
}

async function reportText(assets: MemoryRoomAssets, id: string): Promise<string> {
  return (await pdfPages(Buffer.from(assets.get(id)?.data ?? []))).join('\n');
}

describe('the attendance report', () => {
  it('aModeratorsReportIsStoredForModeratorsAndAnnouncedToThemOnly', async () => {
    const assets = new MemoryRoomAssets();
    const { room, owner, alice, bob, guest } = await meetingRoom({ assets, language: 'en' });
    await alice.act('attendance', 'generate', { includeEmail: false });
    await room.settle();

    expect(assets.stored.map((a) => a.spec)).toEqual([
      {
        kind: 'attendance-pdf',
        filename: 'attendance-2026-11-26-1600-without-email.pdf',
        mediaType: 'application/pdf',
        visibility: 'moderators',
        createdBy: 'u-alice',
      },
    ]);
    const ready = {
      ns: 'attendance',
      event: 'reportReady',
      assetId: 'asset-0',
      includeEmail: false,
      createdAt: REPORT_AT,
    };
    expect(alice.inbox.last('attendance', 'reportReady')).toEqual(ready);
    expect(owner.inbox.last('attendance', 'reportReady')).toEqual(ready);
    expect(bob.inbox.events('attendance')).toEqual([]);
    expect(guest.inbox.events('attendance')).toEqual([]);
  });

  it('participantsAndGuestsCannotGenerate', async () => {
    const assets = new MemoryRoomAssets();
    const { room, alice, bob, guest, attendance } = await meetingRoom({ assets });
    for (const p of [bob, guest]) {
      await p.act('attendance', 'generate', { includeEmail: true }, 'c1');
      expect(p.inbox.errors()).toEqual([{ ns: 'attendance', id: 'c1', error: 'forbidden', required: 'moderator' }]);
    }
    await room.settle();
    expect(attendance.requests).toEqual([]);
    expect(assets.stored).toEqual([]);
    expect(alice.inbox.events('attendance')).toEqual([]);
  });

  it('theEnglishReportListsPeopleWithKindTimesAndPresenceButNoEmailUnlessAsked', async () => {
    const assets = new MemoryRoomAssets();
    const { room, alice, attendance } = await meetingRoom({ assets, language: 'en' });
    await alice.act('attendance', 'generate', { includeEmail: false });
    await room.settle();

    expect(attendance.requests).toEqual([{ includeEmail: false }]);
    const text = await reportText(assets, 'asset-0');
    expect(text).toContain('Attendance report');
    expect(text).toContain('Hauptausschuss');
    expect(text).toContain('26/11/2026');
    expect(text).toMatch(/Alice\s+registered\s+14:00 CET\s+15:35 CET\s+1:35/);
    expect(text).toMatch(/Gast\s+guest\s+14:05 CET\s+14:50 CET\s+0:45/);
    expect(text).toMatch(/Telefon 1\s+phone\s+14:10 CET\s+14:20 CET\s+0:10/);
    expect(text).not.toContain('Aufzeichnung');
    expect(text).not.toContain('E-mail');
    expect(text).not.toContain('alice@example.org');
    expect(text).toMatch(/registered\s+1\s+1:35/);
    expect(text).toMatch(/All\s+3\s+2:30/);
  });

  it('theGermanReportCarriesEmailAddressesWhenAsked', async () => {
    const assets = new MemoryRoomAssets();
    const { room, owner, attendance } = await meetingRoom({ assets });
    await owner.act('attendance', 'generate', { includeEmail: true });
    await room.settle();

    expect(attendance.requests).toEqual([{ includeEmail: true }]);
    expect(assets.stored[0]?.spec.filename).toBe('anwesenheit-2026-11-26-1600-mit-e-mail.pdf');
    const text = await reportText(assets, 'asset-0');
    expect(text).toContain('Anwesenheitsliste');
    expect(text).toContain('26.11.2026');
    expect(text).toContain('E-Mail');
    expect(text).toMatch(/Alice\s+angemeldet\s+alice@example\.org\s+14:00 MEZ/);
    expect(text).toMatch(/Gesamt\s+3\s+2:30/);
  });

  it('theHeaderNamesTheTenantInTheTenantsLanguage', async () => {
    const assets = new MemoryRoomAssets();
    const { room, alice } = await meetingRoom({ assets, tenantName: 'Stadt Musterstadt', language: 'en' });
    await alice.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    const [first] = await pdfPages(Buffer.from(assets.get('asset-0')?.data ?? []));
    expect(first?.trimStart()).toMatch(/^Stadt Musterstadt\s+Hauptausschuss/);
    expect(first).toContain('Attendance report');
    expect(first).not.toContain('Plenum');
  });

  it('theReportIsInTheTenantsLanguageWhateverLanguageTheRequestSays', async () => {
    // An older client still sends its UI language: the tenant's language (German by default) wins.
    const assets = new MemoryRoomAssets();
    const { room, alice } = await meetingRoom({ assets });
    await alice.act('attendance', 'generate', { includeEmail: false, language: 'en' });
    await room.settle();
    expect(assets.stored[0]?.spec.filename).toBe('anwesenheit-2026-11-26-1600-ohne-e-mail.pdf');
    const text = await reportText(assets, 'asset-0');
    expect(text).toContain('Anwesenheitsliste');
    expect(text).toContain('MEZ');
    expect(text).not.toContain('Attendance report');
  });

  it('peopleStillPresentWhenTheReportIsMadeReadPresentInsteadOfALastLeave', async () => {
    const at = START + 60 * MINUTE;
    // The attendance port counts open sessions until now: a last leave at (or after) the time of reading.
    const stillIn: Readonly<Record<string, { lastLeave: number; presenceMs: number }>> = {
      Alice: { lastLeave: at, presenceMs: 60 * MINUTE },
      Gast: { lastLeave: at + 40, presenceMs: 55 * MINUTE },
    };
    const running: RoomAttendanceList = {
      ...meeting,
      attendees: meeting.attendees.map((a) => ({ ...a, ...stillIn[a.displayName] })),
    };
    for (const [language, present] of [
      ['de', 'anwesend'],
      ['en', 'present'],
    ] as const) {
      const assets = new MemoryRoomAssets();
      const { room, alice } = await meetingRoom({
        assets,
        attendance: new FakeRoomAttendance(running),
        at,
        language,
      });
      await alice.act('attendance', 'generate', { includeEmail: false });
      await room.settle();
      const text = await reportText(assets, 'asset-0');
      expect(text).toMatch(new RegExp(`Alice\\s+\\S+\\s+14:00 \\S+\\s+${present}\\s+1:00`));
      expect(text).toMatch(new RegExp(`Gast\\s+\\S+\\s+14:05 \\S+\\s+${present}\\s+0:55`));
      expect(text).toMatch(/Telefon 1\s+\S+\s+14:10 \S+\s+14:20 \S+\s+0:10/);
    }
  });

  it('longEmailAddressesBreakBeforeTheAtAndShortOnesStayWhole', async () => {
    const long = 'b.sachbearbeiterin@landratsamt.de';
    const withLong: RoomAttendanceList = {
      ...meeting,
      attendees: meeting.attendees.map((a) => (a.displayName === 'Gast' ? { ...a, registered: true, email: long } : a)),
    };
    const assets = new MemoryRoomAssets();
    const { room, owner } = await meetingRoom({ assets, attendance: new FakeRoomAttendance(withLong) });
    await owner.act('attendance', 'generate', { includeEmail: true });
    await room.settle();
    const text = await reportText(assets, 'asset-0');
    expect(text).toMatch(/Alice\s+angemeldet\s+alice@example\.org\s+14:00 MEZ/);
    expect(text).toMatch(/Gast\s+angemeldet\s+b\.sachbearbeiterin\s+14:05 MEZ[^\n]*\n\s*@landratsamt\.de\s*\n/);
  });

  it('fileNamesTellTheTimeInBerlinAndWhetherAddressesAreInInTheTenantsLanguage', async () => {
    for (const [language, names] of [
      ['de', ['anwesenheit-2026-11-26-1600-ohne-e-mail.pdf', 'anwesenheit-2026-11-26-1601-mit-e-mail.pdf']],
      ['en', ['attendance-2026-11-26-1600-without-email.pdf', 'attendance-2026-11-26-1601-with-email.pdf']],
    ] as const) {
      const assets = new MemoryRoomAssets();
      const { room, owner } = await meetingRoom({ assets, language });
      await owner.act('attendance', 'generate', { includeEmail: false });
      await room.settle();
      await room.advance(GENERATE_INTERVAL_MS + MINUTE);
      await owner.act('attendance', 'generate', { includeEmail: true });
      await room.settle();
      expect(assets.stored.map((a) => a.spec.filename)).toEqual(names);
    }
  });

  it('peopleWhoLeftAndCameBackHaveTheirPeriodsListedAndTheirPresenceWithoutTheGaps', async () => {
    const period = (from: number, to: number) => ({ from: START + from, to: START + to });
    const withGaps: RoomAttendanceList = {
      ...meeting,
      attendees: [
        ...meeting.attendees,
        {
          displayName: 'Clara',
          kind: 'browser',
          role: 'participant',
          registered: true,
          email: 'clara@example.org',
          firstJoin: START + 41 * MINUTE,
          lastLeave: START + 58 * MINUTE,
          periods: [period(41 * MINUTE, 51 * MINUTE), period(52 * MINUTE, 58 * MINUTE)],
          presenceMs: 16 * MINUTE,
        },
      ],
    };
    for (const includeEmail of [false, true]) {
      const assets = new MemoryRoomAssets();
      const { room, owner } = await meetingRoom({ assets, attendance: new FakeRoomAttendance(withGaps) });
      await owner.act('attendance', 'generate', { includeEmail });
      await room.settle();
      const text = await reportText(assets, 'asset-0');
      expect(text).toMatch(/Letztes\s+Anwesend\s+Dauer/);
      expect(text).toMatch(/Clara\s+angemeldet\s+(clara@example\.org\s+)?14:41 MEZ\s+14:58 MEZ\s+14:41–14:51,\s+0:16/);
      expect(text).toMatch(/\n\s*14:52–14:58\s*\n/);
      expect(text).toMatch(/Alice\s+angemeldet\s+(alice@example\.org\s+)?14:00 MEZ\s+15:35 MEZ\s+1:35/);
      expect(text).toMatch(/angemeldet\s+2\s+1:51/);
      expect(text).toMatch(/Gesamt\s+4\s+2:46/);
    }
  });

  it('aGapShorterThanAMinuteShowsWithSecondsAndAnOpenPeriodReadsPresent', async () => {
    const period = (from: number, to: number) => ({ from: START + from, to: START + to });
    const reconnected: RoomAttendanceList = {
      ...meeting,
      attendees: [
        {
          displayName: 'Dirk',
          kind: 'browser',
          role: 'participant',
          registered: true,
          firstJoin: START,
          lastLeave: REPORT_AT,
          periods: [period(0, 30 * MINUTE + 10_000), period(30 * MINUTE + 40_000, REPORT_AT - START)],
          presenceMs: REPORT_AT - START - 30_000,
        },
      ],
    };
    const assets = new MemoryRoomAssets();
    const { room, owner } = await meetingRoom({
      assets,
      attendance: new FakeRoomAttendance(reconnected),
      language: 'en',
    });
    await owner.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    const text = await reportText(assets, 'asset-0');
    expect(text).toMatch(/Dirk\s+registered\s+14:00 CET\s+present\s+14:00–14:30:10,\s+1:59/);
    expect(text).toMatch(/\n\s*14:30:40–present\s*\n/);
  });

  it('aMeetingWithoutGapsHasNoPeriodsColumn', async () => {
    const single: RoomAttendanceList = {
      ...meeting,
      attendees: meeting.attendees.map((a) => ({ ...a, periods: [{ from: a.firstJoin, to: a.lastLeave }] })),
    };
    const assets = new MemoryRoomAssets();
    const { room, owner } = await meetingRoom({ assets, attendance: new FakeRoomAttendance(single), language: 'en' });
    await owner.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    const text = await reportText(assets, 'asset-0');
    expect(text).toMatch(/Last leave\s+Presence/);
    expect(text).toMatch(/Alice\s+registered\s+14:00 CET\s+15:35 CET\s+1:35/);
  });

  it('totalsAddUpTheWholeMinutesTheRowsPrint', async () => {
    const person = (displayName: string, registered: boolean, presenceMs: number) => ({
      displayName,
      kind: 'browser' as const,
      role: registered ? ('participant' as const) : ('guest' as const),
      registered,
      firstJoin: START,
      lastLeave: START + 10 * MINUTE,
      presenceMs,
    });
    const short: RoomAttendanceList = {
      ...meeting,
      attendees: [
        person('Anna', true, 6 * MINUTE + 50_000),
        person('Bert', true, 5 * MINUTE + 59_000),
        person('Cleo', true, 5 * MINUTE + 30_000),
        person('Dora', false, 59_000),
      ],
    };
    const assets = new MemoryRoomAssets();
    const { room, owner } = await meetingRoom({ assets, attendance: new FakeRoomAttendance(short) });
    await owner.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    const text = await reportText(assets, 'asset-0');
    expect(text).toMatch(/Anna\s+angemeldet[^\n]*0:06/);
    expect(text).toMatch(/Bert\s+angemeldet[^\n]*0:05/);
    expect(text).toMatch(/Cleo\s+angemeldet[^\n]*0:05/);
    expect(text).toMatch(/Dora\s+Gast[^\n]*0:00/);
    expect(text).toMatch(/angemeldet\s+3\s+0:16/);
    expect(text).toMatch(/Gast\s+1\s+0:00/);
    expect(text).toMatch(/Gesamt\s+4\s+0:16/);
  });

  it('theReportIsGermanWhenNoLanguageIsSent', async () => {
    const assets = new MemoryRoomAssets();
    const { room, alice } = await meetingRoom({ assets });
    await alice.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    expect(await reportText(assets, 'asset-0')).toContain('Anwesenheitsliste');
  });

  it('aSecondReportWithinTenSecondsIsRefusedWithTheWait', async () => {
    const assets = new MemoryRoomAssets();
    const { room, owner, alice } = await meetingRoom({ assets });
    await alice.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    await room.advance(4_000);
    await owner.act('attendance', 'generate', { includeEmail: false }, 'again');
    expect(owner.inbox.errors()).toEqual([
      { ns: 'attendance', id: 'again', error: 'tooSoon', retryAfterSeconds: 6, intervalSeconds: 10 },
    ]);
    await room.advance(GENERATE_INTERVAL_MS - 4_000);
    await owner.act('attendance', 'generate', { includeEmail: false });
    await room.settle();
    expect(assets.stored.map((a) => a.id)).toEqual(['asset-0', 'asset-1']);
  });

  it('theOtherVariantMayBeAskedForRightAfterWhileTheSameVariantAgainIsRefused', async () => {
    const assets = new MemoryRoomAssets();
    const { room, owner, alice } = await meetingRoom({ assets });
    await alice.act('attendance', 'generate', { includeEmail: false });
    await owner.act('attendance', 'generate', { includeEmail: true }, 'both');
    await owner.act('attendance', 'generate', { includeEmail: true }, 'making');
    await room.settle();
    expect(assets.stored.map((a) => a.spec.filename)).toEqual([
      'anwesenheit-2026-11-26-1600-ohne-e-mail.pdf',
      'anwesenheit-2026-11-26-1600-mit-e-mail.pdf',
    ]);
    expect(owner.inbox.errors()).toEqual([
      { ns: 'attendance', id: 'making', error: 'tooSoon', retryAfterSeconds: 10, intervalSeconds: 10 },
    ]);
    expect(alice.inbox.events('attendance').map((e) => e.includeEmail)).toEqual([false, true]);
    await room.advance(3_000);
    await alice.act('attendance', 'generate', { includeEmail: false }, 'again');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'attendance', id: 'again', error: 'tooSoon', retryAfterSeconds: 7, intervalSeconds: 10 },
    ]);
    expect(assets.stored).toHaveLength(2);
  });

  it('aRoomWithoutMeetingAnswersNoMeeting', async () => {
    const { room, alice } = await meetingRoom({ attendance: new FakeRoomAttendance(null) });
    await alice.act('attendance', 'generate', { includeEmail: false }, 'c1');
    await room.settle();
    expect(alice.inbox.errors()).toEqual([{ ns: 'attendance', id: 'c1', error: 'noMeeting' }]);
    expect(alice.inbox.events('attendance')).toEqual([]);
  });

  it('anUnreadableHistoryOrAFullStoreAnswersStoreFailedToTheRequesterOnlyWithTheCause', async () => {
    const attendance = new FakeRoomAttendance(meeting);
    attendance.failing = true;
    const full: RoomAssets = {
      store: () => Promise.reject(new RoomAssetRefused('quota', { cause: new Error('quota exceeded') })),
    };
    const { room, owner, alice } = await meetingRoom({ attendance, assets: full });
    await alice.act('attendance', 'generate', { includeEmail: false }, 'c1');
    await room.settle();
    expect(alice.inbox.errors()).toEqual([{ ns: 'attendance', id: 'c1', error: 'storeFailed', reason: 'internal' }]);

    attendance.failing = false;
    await room.advance(GENERATE_INTERVAL_MS);
    await alice.act('attendance', 'generate', { includeEmail: false }, 'c2');
    await room.settle();
    expect(alice.inbox.errors().at(-1)).toEqual({
      ns: 'attendance',
      id: 'c2',
      error: 'storeFailed',
      reason: 'storage',
    });
    expect(owner.inbox.errors()).toEqual([]);
    expect(owner.inbox.events('attendance')).toEqual([]);
    const carol = await room.join('carol', { role: 'moderator' });
    expect(joinState(carol.inbox)).toEqual({ reports: [] });
  });

  it('aStoreFailureThatIsNoStorageLimitIsInternal', async () => {
    const other: RoomAssets = { store: () => Promise.reject(new RoomAssetRefused('other')) };
    const { room, alice } = await meetingRoom({ assets: other });
    await alice.act('attendance', 'generate', { includeEmail: false }, 'c1');
    await room.settle();
    const broken: RoomAssets = { store: () => Promise.reject(new Error('disk on fire')) };
    const second = await meetingRoom({ assets: broken });
    await second.alice.act('attendance', 'generate', { includeEmail: true }, 'c2');
    await second.room.settle();
    expect([...alice.inbox.errors(), ...second.alice.inbox.errors()]).toEqual([
      { ns: 'attendance', id: 'c1', error: 'storeFailed', reason: 'internal' },
      { ns: 'attendance', id: 'c2', error: 'storeFailed', reason: 'internal' },
    ]);
  });
});

describe('the reports made in this meeting', () => {
  /** Alice asks for the list without e-mail addresses and a minute later for the one with them. */
  async function twoReports() {
    const made = await meetingRoom();
    await made.alice.act('attendance', 'generate', { includeEmail: false });
    await made.room.settle();
    await made.room.advance(MINUTE);
    await made.alice.act('attendance', 'generate', { includeEmail: true });
    await made.room.settle();
    return made;
  }
  const listed = [
    { assetId: 'asset-1', includeEmail: true, createdAt: REPORT_AT + MINUTE },
    { assetId: 'asset-0', includeEmail: false, createdAt: REPORT_AT },
  ];

  it('aLateOrReloadedModeratorFindsThemNewestFirstAndOthersFindNone', async () => {
    const { room, alice, bob } = await twoReports();
    const carol = await room.join('carol', { role: 'moderator' });
    expect(joinState(carol.inbox)).toEqual({ reports: listed });
    expect(joinState(await alice.reconnect())).toEqual({ reports: listed });
    expect(joinState(await bob.reconnect())).toEqual({ reports: [] });
    const phone = await room.join('phone');
    expect(joinState(phone.inbox)).toEqual({ reports: [] });
  });

  it('aPromotedParticipantIsSentThemAndNobodyElseIs', async () => {
    const { room, owner, alice, bob, guest } = await twoReports();
    const carol = await room.join('carol');
    for (const p of [owner, alice, bob, guest, carol]) p.inbox.clear();
    await alice.act('core', 'promote', { participantId: bob.participantId });
    expect(bob.inbox.events('attendance')).toEqual([{ ns: 'attendance', event: 'reportList', reports: listed }]);
    for (const p of [owner, alice, guest, carol]) expect(p.inbox.events('attendance')).toEqual([]);
  });
});
