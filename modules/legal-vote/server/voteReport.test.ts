import { ReportFonts } from '@plenum/reports';
import { pdfInfo, pdfPages } from '@plenum/reports/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryVoteStore } from './legalVoteStorage.test-support.js';
import { cast, committee, joinRegistered, receiptOf, startVote, storedVote } from './legalVoteTestRoom.test-support.js';
import { voteDocument } from './voteDocument.js';
import { renderVoteReport, voteReport } from './voteReport.js';

const createdAt = '2026-11-26T16:30:00Z';
let fonts: ReportFonts;

beforeAll(() => {
  fonts = ReportFonts.load();
});

/** The report's text as pdftotext reads it, all whitespace collapsed (cells sit in columns, long lines wrap). */
async function reportText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\n').replace(/\s+/g, ' ');
}

/**
 * A roll call that Alice cancels: Bob votes yes, the guest's ballot is refused, Carol reports an audio problem, leaves
 * and comes back.
 */
async function cancelledRollCall() {
  const { room, alice, bob, carol, guest } = await committee();
  const voteId = await startVote(alice, [bob, carol], {
    subtitle: 'Zweite Lesung',
    topic: 'Haushaltssatzung und Stellenplan',
    durationSeconds: 600,
  });
  await cast(bob, voteId, 'yes');
  await cast(guest, voteId, 'no');
  await carol.act('legal-vote', 'reportProblem', { voteId, kind: 'audio', text: 'Kein Ton seit 10:02' });
  await carol.act('core', 'leave');
  await joinRegistered(room, 'carol');
  await alice.act('legal-vote', 'cancel', { voteId, reason: 'Beschlussunfähigkeit festgestellt' });
  return voteDocument(await storedVote(room, voteId));
}

// Rendering a PDF and reading it back with pdftotext takes seconds on a busy machine.
describe('the vote report', { timeout: 30_000 }, () => {
  it('saysEverythingTheRecordSaysInGerman', async () => {
    const document = await cancelledRollCall();
    const pdf = await renderVoteReport(document, {
      language: 'de',
      organisation: 'Gemeinderat Musterstadt',
      createdAt,
      meeting: 'Haupt- und Finanzausschuss',
      fonts,
    });
    const text = await reportText(pdf);
    for (const expected of [
      'Abstimmungsbericht Beschluss über den Haushalt 2027 Zweite Lesung',
      'Sitzung Haupt- und Finanzausschuss Thema Haushaltssatzung und Stellenplan',
      'Namentliche Abstimmung',
      'Leitung Alice',
      'Beginn 01.01.2026, 10:00:00 MEZ',
      'Frist 01.01.2026, 10:10:00 MEZ',
      'Grund des Endes Abgebrochen',
      'Beendet von Alice',
      'Beschlussunfähigkeit festgestellt',
      'Stimmberechtigte 2',
      'Beteiligung 1 von 2 (50 %)',
      // A cancelled vote has no result: no counts, the reason instead; the ballots cast stay in the record.
      'Ergebnis Abgebrochen – kein Ergebnis. Begründung des Abbruchs: Beschlussunfähigkeit festgestellt',
      'Bob Ja',
      'Kein Ton seit 10:02',
      document.head.hash,
      'Schlüssel-Fingerabdruck',
      'plenum verify-vote',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/Ja 1|Nein 0|Enthaltung 0|Option Stimmen/);
    expect((await pdfInfo(pdf)).get('Title')).toBe('Beschluss über den Haushalt 2027');
    // Wrapped cells interleave in pdftotext: the rows themselves are checked on the document the PDF is made from.
    // Numbered 1 to n as listed, though Bob's ballot (entry 2) comes first in the record.
    const report = voteReport(document, { language: 'de', organisation: 'Gemeinderat Musterstadt', createdAt });
    const log = report.blocks.find((b) => b.kind === 'table' && b.columns[2]?.label === 'Ereignis');
    expect(log).toMatchObject({
      rows: [
        ['1', '01.01.2026, 10:00:00 MEZ', 'Stimme zurückgewiesen', 'Gast', 'nicht stimmberechtigt'],
        ['2', '01.01.2026, 10:00:00 MEZ', 'Technisches Problem', 'Carol', 'Ton: Kein Ton seit 10:02'],
        ['3', '01.01.2026, 10:00:00 MEZ', 'Verlassen', 'Carol', 'selbst gegangen'],
        ['4', '01.01.2026, 10:00:00 MEZ', 'Beigetreten', 'Carol', ''],
      ],
    });
    // Without a meeting (the room records none), the report leaves it out.
    expect(JSON.stringify(report)).not.toContain('Sitzung');
    for (const word of ['zurückgewiesen', 'Technisches', 'Verlassen', 'selbst gegangen', 'Beigetreten'])
      expect(text).toContain(word);
  });

  it('listsTokensNotNamesForAPseudonymousVoteInEnglish', async () => {
    const { room, alice, bob, carol } = await committee();
    const voteId = await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
    const tokenOf = (p: typeof bob) => p.inbox.last('legal-vote', 'ballotIssued')?.token as string;
    // The higher token is cast first, so the order cast is not the sorted one.
    const [first, second] = tokenOf(bob) > tokenOf(carol) ? [bob, carol] : [carol, bob];
    await cast(first, voteId, 'no');
    await cast(second, voteId, 'abstain');
    await alice.act('legal-vote', 'stop', { voteId });
    const document = voteDocument(await storedVote(room, voteId));
    const report = voteReport(document, {
      language: 'en',
      organisation: 'District council',
      createdAt,
      timeZone: 'UTC',
    });
    // Sorted by token, numbered 1..n, without the time cast: neither order nor time tells whose token is whose.
    const record = report.blocks.find((b) => b.kind === 'table' && b.columns[1]?.label === 'Token');
    expect(record).toMatchObject({
      columns: [{ label: 'No.' }, { label: 'Token' }, { label: 'Vote' }],
      rows: [
        ['1', receiptOf(second)?.token, 'Abstain'],
        ['2', receiptOf(first)?.token, 'No'],
      ],
    });
    const german = voteReport(document, { language: 'de', organisation: 'Kreistag', createdAt });
    expect(german.blocks.find((b) => b.kind === 'table' && b.columns[1]?.label === 'Kennzeichen')).toBeDefined();
    expect(JSON.stringify(german)).not.toMatch(/Token/);
    const text = await reportText(
      await renderVoteReport(document, {
        language: 'en',
        organisation: 'District council',
        createdAt,
        timeZone: 'UTC',
        meeting: 'Budget committee',
        fonts,
      }),
    );
    for (const expected of [
      'Vote report Beschluss über den Haushalt 2027',
      'Meeting Budget committee',
      'Pseudonymous vote',
      'Reason for ending Stopped',
      'Turnout 2 of 2 (100%)',
      'Yes 0',
      'No 1',
      'Abstain 1',
      'the record lists tokens, not names',
      'Start 01/01/2026, 09:00:00 UTC',
      'Key fingerprint',
    ])
      expect(text).toContain(expected);
    // The eligible are named; how each voted is not.
    expect(text).toContain('Bob');
    expect(text).not.toMatch(/(Bob|Carol) (No|Abstain)/);
  });

  it('aCancelledVoteHasNoResultInEnglishEither', async () => {
    const document = await cancelledRollCall();
    const report = voteReport(document, { language: 'en', organisation: 'District council', createdAt });
    const results = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Results');
    expect(report.blocks[results + 1]).toEqual({
      kind: 'paragraph',
      text: 'Cancelled – no result. Reason for cancelling: Beschlussunfähigkeit festgestellt',
    });
    expect(report.blocks.find((b) => b.kind === 'table' && b.columns[1]?.label === 'Votes')).toBeUndefined();
    // The voting record stays: it is the audit of what happened before the cancel.
    const record = report.blocks.find((b) => b.kind === 'table' && b.columns[2]?.label === 'Name');
    expect(record).toMatchObject({ rows: [['1', expect.any(String), 'Bob', 'Yes']] });
  });

  it('anInterruptedVoteHasNoResultButKeepsItsRecord', async () => {
    // The server stops during the vote; the room's next run finds it open and ends it as interrupted.
    const storage = await memoryVoteStore();
    const first = await committee(storage);
    const voteId = await startVote(first.alice, [first.bob, first.carol]);
    await cast(first.bob, voteId, 'no');
    const next = await committee({ ...storage, key: first.key });
    await next.room.settle();
    const document = voteDocument(await storedVote(next.room, voteId));
    for (const [language, heading, text, votes] of [
      ['de', 'Ergebnis', 'Unterbrochen – kein Ergebnis.', 'Stimmen'],
      ['en', 'Results', 'Interrupted – no result.', 'Votes'],
    ] as const) {
      const report = voteReport(document, { language, organisation: 'Kreistag', createdAt });
      const results = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
      expect(report.blocks[results + 1]).toEqual({ kind: 'paragraph', text });
      expect(report.blocks.find((b) => b.kind === 'table' && b.columns[1]?.label === votes)).toBeUndefined();
    }
    // The record of what happened stays.
    const pdf = await renderVoteReport(document, { language: 'en', organisation: 'Kreistag', createdAt, fonts });
    const text = await reportText(pdf);
    expect(text).toContain('Interrupted – no result.');
    expect(text).toMatch(/Bob No/);
  });

  it('showsTheResultsOfAVoteThatWasNotCancelled', async () => {
    const { room, alice, bob, carol } = await committee();
    const voteId = await startVote(alice, [bob, carol]);
    await cast(bob, voteId, 'yes');
    await alice.act('legal-vote', 'stop', { voteId });
    const report = voteReport(voteDocument(await storedVote(room, voteId)), {
      language: 'en',
      organisation: 'District council',
      createdAt,
    });
    expect(report.blocks.find((b) => b.kind === 'table' && b.columns[1]?.label === 'Votes')).toMatchObject({
      rows: [
        ['Yes', '1'],
        ['No', '0'],
        ['Abstain', '0'],
      ],
    });
    expect(JSON.stringify(report)).not.toContain('no result');
  });

  it('numbersTheBallotsOneToNWhateverElseTheRecordHoldsBetween', async () => {
    const { room, alice, bob, carol } = await committee();
    const voteId = await startVote(alice, [bob, carol]);
    await cast(bob, voteId, 'yes');
    await carol.act('legal-vote', 'reportProblem', { voteId, kind: 'audio' });
    await cast(carol, voteId, 'no');
    await alice.act('legal-vote', 'stop', { voteId });
    const report = voteReport(voteDocument(await storedVote(room, voteId)), {
      language: 'de',
      organisation: 'Kreistag',
      createdAt,
    });
    const record = report.blocks.find((b) => b.kind === 'table' && b.columns[2]?.label === 'Name');
    expect(record).toMatchObject({
      rows: [
        ['1', expect.any(String), 'Bob', 'Ja'],
        ['2', expect.any(String), 'Carol', 'Nein'],
      ],
    });
  });

  it('refusesARecordThatIsNotAVote', () => {
    expect(() =>
      voteReport(
        {
          format: 'plenum-audit/1',
          subject: 'x',
          entries: [],
          head: { seq: 0, hash: '0'.repeat(64) },
          signature: { alg: 'Ed25519', publicKey: '', value: '' },
        },
        { language: 'en', organisation: 'x', createdAt },
      ),
    ).toThrow(/does not begin with a vote start/);
  });
});
