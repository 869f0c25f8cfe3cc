import type { RoomAttendanceList } from '@plenum/room-kit';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type MinutesMeta, minutesContent } from './minutesContent.js';
import { addAgendaItem, decisionsOf, motionsOf, notesOf } from './minutesDocument.js';
import { minutesMarkdown } from './minutesMarkdown.js';

const vote: ConcludedVote = {
  voteId: 'vote-0001',
  title: 'Haushalt 2027',
  endedAt: 0,
  reason: 'stopped',
  counts: { yes: 7, no: 2, abstain: 1 },
  eligible: 12,
  cast: 10,
};

const meeting: RoomAttendanceList = {
  title: 'Finanzausschuss',
  startedAt: 0,
  attendees: [
    {
      displayName: 'Carla',
      kind: 'browser',
      role: 'moderator',
      registered: true,
      firstJoin: 0,
      lastLeave: 1,
      presenceMs: 1,
    },
    {
      displayName: 'Bob',
      kind: 'browser',
      role: 'participant',
      registered: true,
      firstJoin: 0,
      lastLeave: 1,
      presenceMs: 1,
    },
    { displayName: 'Anna', kind: 'phone', role: 'guest', registered: false, firstJoin: 0, lastLeave: 1, presenceMs: 1 },
    {
      displayName: 'Rec',
      kind: 'recorder',
      role: 'participant',
      registered: false,
      firstJoin: 0,
      lastLeave: 1,
      presenceMs: 1,
    },
    {
      displayName: 'Gast',
      kind: 'browser',
      role: 'guest',
      registered: false,
      firstJoin: 0,
      lastLeave: 1,
      presenceMs: 1,
    },
  ],
};

const HOUR = 3_600_000;
/** An hour and five minutes after the meeting started (at 0, "14:00"). */
const EXPORTED = HOUR + 5 * 60_000;

const meta = (change: Partial<MinutesMeta> = {}): MinutesMeta => ({
  language: 'de',
  meeting,
  votes: [vote],
  exportedAt: EXPORTED,
  minuteTakers: ['Carla', 'Bob', 'Carla'],
  clock: {
    // The minutes pass milliseconds only (never an ISO string).
    day: (ms: number) => (ms < 10 * HOUR ? '26.11.2026' : '27.11.2026'),
    time: (ms: number) => `${(14 + Math.floor(ms / HOUR)) % 24}:${String((ms % HOUR) / 60_000).padStart(2, '0')} MEZ`,
  },
  ...change,
});

function minutes(): Y.Doc {
  const doc = new Y.Doc();
  addAgendaItem(doc, { id: 'a', title: 'Haushalt 2027', prepared: true });
  addAgendaItem(doc, { id: 'b', title: '  ', prepared: false });
  notesOf(doc, 'a').insert(0, 'Die Kämmerin stellt den Entwurf vor (*Entwurf* v2).\n- kein Listenpunkt\n\n\n2. Absatz');
  motionsOf(doc, 'a').push([{ text: 'Antrag: Haushalt beschließen' }]);
  decisionsOf(doc, 'a').push([
    { text: 'Der Haushalt 2027 ist beschlossen.', result: 'angenommen 99:0', voteId: 'vote-0001' },
    { text: 'Stellenplan vertagt.', result: 'einstimmig', voteId: 'vote-gone' },
    { text: 'Protokoll genehmigt.', result: 'einstimmig' },
  ]);
  decisionsOf(doc, 'a').push([{ not: 'an entry' }]);
  return doc;
}

describe('minutesMarkdown', () => {
  it('writesHeadAttendanceAgendaNotesMotionsAndDecisionsWithTheRecordedVotesResults', () => {
    expect(minutesMarkdown(minutesContent(minutes(), meta()))).toBe(
      [
        '# Niederschrift',
        '',
        '- Gremium: Finanzausschuss',
        '- Datum: 26.11.2026',
        '- Ort: Online (Plenum)',
        '- Beginn: 14:00 MEZ',
        '- Stand: 15:05 MEZ',
        '- Vorsitz / Moderation: Carla',
        '- Protokollführung: Bob, Carla',
        '',
        '## Anwesenheit',
        '',
        '### Anwesend',
        '',
        '- Bob',
        '- Carla',
        '',
        '### Gäste',
        '',
        '- Gast',
        '',
        '### Telefon',
        '',
        '- Anna',
        '',
        '## Tagesordnung',
        '',
        '- TOP 1: Haushalt 2027',
        '- TOP 2: (ohne Titel)',
        '',
        '## TOP 1: Haushalt 2027',
        '',
        '### Notizen',
        '',
        'Die Kämmerin stellt den Entwurf vor (\\*Entwurf\\* v2).\\',
        '\\- kein Listenpunkt',
        '',
        '2\\. Absatz',
        '',
        '### Anträge',
        '',
        '- Antrag: Haushalt beschließen',
        '',
        '### Beschlüsse',
        '',
        '- Der Haushalt 2027 ist beschlossen. — Ergebnis: Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12 Stimmberechtigten haben abgestimmt — Abstimmung: Haushalt 2027 (beendet 26.11.2026, 14:00 MEZ)',
        '- Stellenplan vertagt. — Ergebnis: einstimmig (nicht geprüft)',
        '- Protokoll genehmigt. — Ergebnis: einstimmig',
        '',
        '## TOP 2: (ohne Titel)',
        '',
        '## Unterschriften',
        '',
        'Vorsitz: ______________________________ (Datum, Unterschrift)',
        '',
        'Protokollführung: ______________________________ (Datum, Unterschrift)',
        '',
      ].join('\n'),
    );
  });

  it('saysWhenNoMeetingIsRecordedAndTheAgendaIsEmptyInEnglish', () => {
    const md = minutesMarkdown(
      minutesContent(new Y.Doc(), meta({ language: 'en', meeting: null, minuteTakers: [], exportedAt: 0 })),
    );
    expect(md).toBe(
      [
        '# Minutes',
        '',
        '- Date: 26.11.2026',
        '- Place: Online (Plenum)',
        '- As of: 14:00 MEZ',
        '- Minute-takers: —',
        '',
        '## Attendance',
        '',
        'Attendance was not recorded.',
        '',
        '## Agenda',
        '',
        'The agenda is empty.',
        '',
        '## Signatures',
        '',
        'Chair: ______________________________ (Date, signature)',
        '',
        'Minute-taker: ______________________________ (Date, signature)',
        '',
      ].join('\n'),
    );
  });

  it('listsMembersGuestsAndCallersApartWithAnEmptyGroupSaidSoAndTheExportsDayWhenItIsAnother', () => {
    const content = minutesContent(
      new Y.Doc(),
      meta({
        meeting: { ...meeting, attendees: meeting.attendees.filter((a) => a.kind !== 'phone') },
        exportedAt: 11 * HOUR,
      }),
    );
    expect(content.attendance).toEqual({ registered: ['Bob', 'Carla'], guest: ['Gast'], phone: [] });
    expect(content.asOf).toBe('27.11.2026, 1:00 MEZ');
    expect(minutesMarkdown(content)).toContain('### Telefon\n\n—\n');
  });

  it('printsADecisionsRecordedOutcomeNextToItInBothLanguages', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'a', title: 'Haushalt', prepared: false });
    decisionsOf(doc, 'a').push([
      { text: 'Haushalt beschlossen.', outcome: 'adopted', voteId: 'vote-0001' },
      { text: 'Stellenplan.', outcome: 'rejected' },
      { text: 'Ohne Entscheidung.' },
    ]);
    const de = minutesMarkdown(minutesContent(doc, meta()));
    expect(de).toContain('- Haushalt beschlossen. — Entscheidung: angenommen — Ergebnis: Ja 7');
    expect(de).toContain('- Stellenplan. — Entscheidung: abgelehnt\n');
    expect(de).toContain('- Ohne Entscheidung.\n');
    const en = minutesMarkdown(minutesContent(doc, meta({ language: 'en' })));
    expect(en).toContain('- Haushalt beschlossen. — Outcome: adopted — Result: ');
    expect(en).toContain('- Stellenplan. — Outcome: rejected\n');
  });

  it('marksMinutesOfAnEarlierMeetingAndClaimsNeitherThisMeetingsDayStartChairAttendanceNorMinuteTakers', () => {
    const content = minutesContent(
      minutes(),
      meta({ earlierMeeting: { lastChangedAt: 30 * 60_000 }, minuteTakers: ['Carla'] }),
    );
    expect(content).toMatchObject({
      date: null,
      started: null,
      chair: null,
      minuteTakers: null,
      attendance: null,
      body: '',
    });
    const md = minutesMarkdown(content);
    expect(md).toContain(
      '# Niederschrift\n\nNiederschrift einer früheren Sitzung (zuletzt geändert 26.11.2026, 14:30 MEZ). Datum, Beginn, Vorsitz und Protokollführung jener Sitzung sind in dieser Datei nicht angegeben.\n',
    );
    // "Stand" names its day: there is no date line.
    expect(md).toContain('- Ort: Online (Plenum)\n- Stand: 26.11.2026, ');
    expect(md).toContain(
      '## Anwesenheit\n\nDie Anwesenheit der früheren Sitzung ist in dieser Datei nicht enthalten.\n',
    );
    for (const claim of ['- Datum:', '- Beginn:', '- Protokollführung:', 'Carla', 'Finanzausschuss'])
      expect(md).not.toContain(claim);
    const unknown = minutesContent(new Y.Doc(), meta({ language: 'en', earlierMeeting: { lastChangedAt: null } }));
    expect(minutesMarkdown(unknown)).toContain(
      '# Minutes\n\nMinutes of an earlier meeting. The date, start, chair and minute-takers of that meeting are not given in this file.\n',
    );
  });

  it('aDecisionLinkedToAVoteWithoutResultClaimsNoResult', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', title: 'Haushalt', prepared: false });
    decisionsOf(doc, 'i1').push([
      { text: 'Vertagt.', voteId: 'vote-0001', result: 'Ja 7 · Nein 2', outcome: 'rejected' },
    ]);
    const md = minutesMarkdown(minutesContent(doc, meta({ votes: [{ ...vote, reason: 'interrupted' }] })));
    expect(md).toContain('Kein Ergebnis: Die Abstimmung wurde unterbrochen.');
    expect(md).not.toContain('Ja 7');
  });

  it('listsWhoVotedHowUnderADecisionLinkedToARollCall', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', title: 'Haushalt', prepared: false });
    decisionsOf(doc, 'i1').push([{ text: 'Beschlossen.', voteId: 'vote-0001' }]);
    const rollCall: ConcludedVote = {
      ...vote,
      counts: { yes: 2, no: 1, abstain: 0 },
      eligible: 4,
      cast: 3,
      roll: {
        ballots: [
          { name: 'Ben Berger', choice: 'yes' },
          { name: 'Carla *Cordes*', choice: 'no' },
          { name: 'Anna Amtsrat', choice: 'yes' },
        ],
        notVoted: ['Dora Dietz'],
      },
    };
    expect(minutesMarkdown(minutesContent(doc, meta({ votes: [rollCall] })))).toContain(
      [
        '- Beschlossen. — Ergebnis: Ja 2 · Nein 1 · Enthaltung 0 — 3 von 4 Stimmberechtigten haben abgestimmt — Abstimmung: Haushalt 2027 (beendet 26.11.2026, 14:00 MEZ)',
        '  - Ja: Anna Amtsrat, Ben Berger',
        '  - Nein: Carla \\*Cordes\\*',
        '  - Enthaltung: —',
        '  - Nicht abgestimmt: Dora Dietz',
        '',
      ].join('\n'),
    );
    const cancelled = minutesMarkdown(minutesContent(doc, meta({ votes: [{ ...rollCall, reason: 'cancelled' }] })));
    expect(cancelled).toContain('Kein Ergebnis: Die Abstimmung wurde abgebrochen.');
    expect(cancelled).not.toContain('Ben Berger');
  });

  it('listsNoNamesUnderADecisionLinkedToAPseudonymousVote', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', title: 'Haushalt', prepared: false });
    decisionsOf(doc, 'i1').push([{ text: 'Beschlossen.', voteId: 'vote-0001' }]);
    // A pseudonymous vote's fact has no `roll`: the minutes have only its counts.
    const md = minutesMarkdown(minutesContent(doc, meta()));
    expect(md).toContain('Ergebnis: Ja 7 · Nein 2 · Enthaltung 1');
    expect(md).not.toMatch(/Ja: |Nein: |Nicht abgestimmt/);
  });
});

describe('minutesMarkdown of continued minutes and unbacked outcomes', () => {
  const DAY = 24 * HOUR;
  /** The meeting's clock: day 0 is 26.11.2026, one more per day (the test's `meta` knows two days only). */
  const clock = {
    day: (ms: number) => `${26 + Math.floor(ms / DAY)}.11.2026`,
    time: (ms: number) => `${14 + Math.floor((ms % DAY) / HOUR)}:00 MEZ`,
  };

  it('saysWhoseMinutesItContinuesAndTheDayOfEntriesAddedInTheEarlierMeeting', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', title: 'Haushalt', prepared: false });
    decisionsOf(doc, 'i1').push([
      { text: 'Alter Beschluss.', addedAt: -3 * DAY },
      { text: 'Neuer Beschluss.', addedAt: HOUR },
      { text: 'Ohne Zeit.' },
    ]);
    const md = minutesMarkdown(minutesContent(doc, meta({ clock, continues: { lastChangedAt: -3 * DAY + HOUR } })));
    expect(md).toContain(
      '# Niederschrift\n\nFortsetzung der Niederschrift vom 23.11.2026.\n\n- Gremium: Finanzausschuss',
    );
    expect(md).toContain('- Datum: 26.11.2026');
    expect(md).toContain('- Alter Beschluss. — Eingetragen am: 23.11.2026\n- Neuer Beschluss.\n- Ohne Zeit.\n');
    const en = minutesMarkdown(
      minutesContent(doc, meta({ clock, language: 'en', continues: { lastChangedAt: null } })),
    );
    expect(en).toContain('# Minutes\n\nContinues the minutes of an earlier meeting.\n');
    expect(en).toContain('- Alter Beschluss. — Added on: 23.11.2026\n');
    expect(minutesMarkdown(minutesContent(doc, meta({ clock })))).not.toContain('Fortsetzung');
  });

  it('namesTheLinkedVoteWithItsEndAndNotesAnOutcomeItsResultDoesNotBack', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', title: 'Kreisstraße', prepared: false });
    decisionsOf(doc, 'i1').push([
      { text: 'Abgebrochen, doch angenommen.', voteId: 'cancelled', outcome: 'adopted' },
      { text: 'Patt, doch angenommen.', voteId: 'tie', outcome: 'adopted' },
      { text: 'Mehrheit, doch abgelehnt.', voteId: 'vote-0001', outcome: 'rejected' },
      { text: 'Mehrheit, angenommen.', voteId: 'vote-0001', outcome: 'adopted' },
    ]);
    const votes: ConcludedVote[] = [
      vote,
      { ...vote, voteId: 'cancelled', title: 'Kreisstraße K 12', endedAt: 2 * HOUR, reason: 'cancelled' },
      { ...vote, voteId: 'tie', title: 'Kreisstraße K 12', endedAt: 2 * HOUR, counts: { yes: 1, no: 1, abstain: 0 } },
    ];
    const md = minutesMarkdown(minutesContent(doc, meta({ clock, votes })));
    expect(md).toContain(
      '- Abgebrochen, doch angenommen. — Entscheidung: angenommen — Ergebnis: Kein Ergebnis: Die Abstimmung wurde abgebrochen. — Abstimmung: Kreisstraße K 12 (beendet 26.11.2026, 16:00 MEZ) — Hinweis: Die verknüpfte Abstimmung hat kein Ergebnis.\n',
    );
    expect(md).toContain(
      '- Patt, doch angenommen. — Entscheidung: angenommen — Ergebnis: Ja 1 · Nein 1 · Enthaltung 0 — 10 von 12 Stimmberechtigten haben abgestimmt — Abstimmung: Kreisstraße K 12 (beendet 26.11.2026, 16:00 MEZ) — Hinweis: In der verknüpften Abstimmung gab es nicht mehr Ja- als Nein-Stimmen.\n',
    );
    expect(md).toContain(
      '- Mehrheit, doch abgelehnt. — Entscheidung: abgelehnt — Ergebnis: Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12 Stimmberechtigten haben abgestimmt — Abstimmung: Haushalt 2027 (beendet 26.11.2026, 14:00 MEZ) — Hinweis: In der verknüpften Abstimmung gab es mehr Ja- als Nein-Stimmen.\n',
    );
    expect(md).toMatch(/- Mehrheit, angenommen\. — [^\n]*\(beendet 26\.11\.2026, 14:00 MEZ\)\n/);
    const en = minutesMarkdown(minutesContent(doc, meta({ clock, votes, language: 'en' })));
    expect(en).toContain('(ended 26.11.2026, 16:00 MEZ) — Note: the linked vote has no result.\n');
  });
});
