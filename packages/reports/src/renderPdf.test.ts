import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { ReportDocumentInput } from './ReportDocument.js';
import { ReportFonts } from './ReportFonts.js';
import { pageLayout } from './ReportPdfWriter.js';
import { renderPdf } from './renderPdf.js';
import { pdfInfo, pdfPages, pdfStructure, pdfWords, pdfXmp } from './testing/poppler.js';

const fonts = ReportFonts.load();
const createdAt = '2026-11-26T16:28:00Z';
/** A SHA-512 in hex and an Ed25519 signature in base64: tokens with no break opportunity. */
const chainHead = 'a3f1'.repeat(32);
const signature = `${'Zm9vYmFy'.repeat(10)}AbCdEf==`;
const voteRows = 26;

/** Every third voter has a remark long enough to wrap over several lines of its cell. */
function voteRow(n: number): string[] {
  const remark = n % 3 === 0 ? `Bemerkung zu Antrag ${n}: ${'eine längere Begründung '.repeat(6)}Ende ${n}.` : '';
  return [String(n), `Mitglied ${n} Müller`, remark, n % 2 === 0 ? 'Ja' : 'Nein'];
}

/** A German vote report using every kind of block. */
const germanReport: ReportDocumentInput = {
  metadata: {
    title: 'Abstimmung <Haushalt 2027> & Stellenplan',
    subject: 'Namentliche Abstimmung',
    language: 'de',
    organisation: 'Gemeinderat Musterstadt',
    author: 'Büro des Gemeinderats',
    createdAt,
  },
  blocks: [
    { kind: 'heading', level: 1, text: 'Abstimmungsbericht: Straßenbau' },
    { kind: 'paragraph', text: 'Über die Maßnahme wurde öffentlich abgestimmt.\nDie Sitzung leitete Łukasz Größe.' },
    {
      kind: 'keyValue',
      items: [
        { label: 'Leitung', value: 'Jürgen Weiß' },
        { label: 'Beginn', value: '26.11.2026, 17:00' },
        { label: 'Stimmberechtigt', value: String(voteRows) },
      ],
    },
    { kind: 'heading', level: 2, text: 'Einzelstimmen' },
    {
      kind: 'table',
      caption: 'Stimmen in der Reihenfolge der Abgabe',
      columns: [
        { label: 'Nr.', width: 0.6, align: 'right' },
        { label: 'Name', width: 2 },
        { label: 'Bemerkung', width: 4 },
        { label: 'Stimme' },
      ],
      rows: Array.from({ length: voteRows }, (_, index) => voteRow(index + 1)),
    },
    { kind: 'heading', level: 3, text: 'Prüfdaten' },
    { kind: 'monospace', label: 'Kettenkopf', text: chainHead },
    { kind: 'monospace', label: 'Signatur', text: signature },
    { kind: 'pageBreak' },
    { kind: 'paragraph', text: 'Ende des Berichts.' },
  ],
};

const englishReport: ReportDocumentInput = {
  metadata: { title: 'Attendance', language: 'en', organisation: 'County Council', createdAt },
  blocks: [
    { kind: 'heading', level: 1, text: 'Attendance report' },
    { kind: 'table', columns: [{ label: 'Name' }, { label: 'Kind' }], rows: [['Zoë Ő. Čapek', 'phone']] },
    { kind: 'table', caption: 'Guests', columns: [{ label: 'Name' }], rows: [] },
    { kind: 'pageBreak' },
    { kind: 'paragraph', text: 'The end.' },
  ],
};

/** Every word lies in the page header band, the body between the margins, or the footer band: nothing overflows. */
async function expectOnlyFurnitureOutsideTheBody(pdf: Buffer): Promise<void> {
  const a4 = { width: 595.28, height: 841.89 };
  const bodyTop = pageLayout.margins.top;
  const bodyBottom = a4.height - pageLayout.margins.bottom;
  const footerTop = a4.height - pageLayout.footerFromBottom;
  const words = await pdfWords(pdf);
  expect(words.length).toBeGreaterThan(0);
  const misplaced = words.filter((word) => {
    const inHeader = word.yMax <= bodyTop - 10;
    const inBody = word.yMin >= bodyTop - 0.5 && word.yMax <= bodyBottom + 0.5;
    const inFooter = word.yMin >= footerTop - 0.5;
    const inLine = word.xMin >= pageLayout.margins.left - 0.5 && word.xMax <= a4.width - pageLayout.margins.right + 0.5;
    return !(inLine && (inHeader || inBody || inFooter));
  });
  expect(misplaced.slice(0, 5)).toEqual([]);
}

const rowLine = (n: number) => new RegExp(`^\\s*${n} +Mitglied ${n} Müller\\b`, 'm');
const headerLine = /Nr\. +Name +Bemerkung +Stimme/;

describe('renderPdf: a German report with every kind of block', () => {
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await renderPdf(germanReport, { fonts });
    pages = await pdfPages(pdf);
  });

  it('numbersEveryPageAsSeiteXVonYWithTheCreationTime', () => {
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 1} von 3`);
      expect(page).toContain('Erstellt: 26.11.2026, 17:28 MEZ');
      expect(page).toMatch(/Gemeinderat Musterstadt +Abstimmung <Haushalt 2027> & Stellenplan/);
    });
  });

  it('printsHeadingsParagraphsAndUmlautsAsWritten', () => {
    const first = pages[0] ?? '';
    expect(first).toContain('Abstimmungsbericht: Straßenbau');
    expect(first).toContain('Über die Maßnahme wurde öffentlich abgestimmt.');
    expect(first).toContain('Die Sitzung leitete Łukasz Größe.');
    expect(first).toMatch(/Leitung +Jürgen Weiß/);
    expect(first).toMatch(/Stimmberechtigt +26/);
    expect(first).toContain('Stimmen in der Reihenfolge der Abgabe');
    expect(pages[2]).toContain('Ende des Berichts.');
  });

  it('repeatsTheTableHeaderAtTheTopOfEveryPageTheTableRunsOnto', () => {
    const tablePages = pages.filter((page) => rowLine(1).test(page) || rowLine(voteRows).test(page));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(0, 2)) {
      const header = page.search(headerLine);
      const firstRow = page.search(/^\s*\d+ +Mitglied \d+ Müller/m);
      expect(header).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(firstRow);
    }
  });

  it('printsEveryRowOnceAndNeverSplitsARowAcrossPages', () => {
    const all = pages.join('\f');
    for (let n = 1; n <= voteRows; n += 1) {
      expect(all.match(new RegExp(rowLine(n).source, 'gm')), `row ${n}`).toHaveLength(1);
      if (n % 3 === 0) {
        const page = pages.find((text) => text.includes(`Bemerkung zu Antrag ${n}:`));
        expect(page, `remark of row ${n}`).toContain(`Ende ${n}.`);
        expect(page).toMatch(rowLine(n));
      }
    }
  });

  it('keepsAllContentBetweenTheMarginsAndOnlyFurnitureOutside', async () => {
    await expectOnlyFurnitureOutsideTheBody(pdf);
  });

  it('printsLongHashesCompletelyWrappingThemOverLines', () => {
    const text = pages.join('').replace(/\s+/g, '');
    expect(text).toContain(`Kettenkopf${chainHead}`);
    expect(text).toContain(`Signatur${signature}`);
  });

  it('setsTheDocumentPropertiesAndMarksThePdfAsTagged', async () => {
    const info = await pdfInfo(pdf);
    expect(info.get('Title')).toBe('Abstimmung <Haushalt 2027> & Stellenplan');
    expect(info.get('Author')).toBe('Büro des Gemeinderats');
    expect(info.get('Subject')).toBe('Namentliche Abstimmung');
    expect(info.get('Creator')).toBe('Plenum');
    expect(info.get('Tagged')).toBe('yes');
    expect(info.get('Page size')).toBe('595.28 x 841.89 pts (A4)');
    expect(info.get('CreationDate')).toBe('Thu Nov 26 16:28:00 2026 UTC');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (de)');
    expect(raw).toContain('/DisplayDocTitle true');
  });

  it('escapesTheTitleInTheXmpMetadataSoItStaysValidXml', async () => {
    const xmp = await pdfXmp(pdf);
    expect(xmp).toContain('Abstimmung &lt;Haushalt 2027&gt; &amp; Stellenplan');
    expect(xmp).not.toContain('<Haushalt');
  });

  it('tagsHeadingsListsTableCellsAndCodeButNotTheRepeatedHeader', async () => {
    const structure = await pdfStructure(pdf);
    expect(structure).toMatch(/H1 \(block\)\n\s+"Abstimmungsbericht: Straßenbau"/);
    expect(structure).toMatch(/H2 \(block\)\n\s+"Einzelstimmen"/);
    expect(structure).toMatch(/Lbl \(block\)\n\s+"Leitung"\n\s+LBody \(block\)\n\s+"Jürgen Weiß"/);
    expect(structure).toMatch(/Table "Stimmen in der Reihenfolge der Abgabe"/);
    expect(structure.match(/^\s+TH /gm)).toHaveLength(4);
    expect(structure.match(/^\s+TR$/gm)).toHaveLength(voteRows + 1);
    expect(structure.match(/^\s+TD$/gm)).toHaveLength(voteRows * 4);
    expect(structure).toMatch(/P \(block\)\n\s+Code \(inline\)\n\s+"a3f1/);
    expect(structure).not.toContain('Seite 1 von 3');
  });

  it('givesByteEqualPdfsForEqualInput', async () => {
    expect((await renderPdf(germanReport, { fonts })).equals(pdf)).toBe(true);
    const later = { ...germanReport, metadata: { ...germanReport.metadata, createdAt: '2026-11-26T16:29:00Z' } };
    expect((await renderPdf(later, { fonts })).equals(pdf)).toBe(false);
  });
});

describe('renderPdf: furniture in English', () => {
  it('numbersPagesAsPageXOfY', async () => {
    const pages = await pdfPages(await renderPdf(englishReport, { fonts }));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toContain('Page 2 of 2');
    expect(pages[0]).toContain('Created: 26/11/2026, 17:28 CET');
    expect(pages[0]).toMatch(/Zoë Ő\. Čapek +phone/);
    expect(pages[0]).toMatch(/Guests\n\s*Name\n\s*\(no entries\)/);
  });
});

describe('renderPdf: characters the font lacks', () => {
  it('printsTheirCodePointsAndKeepsTheOriginalAsActualText', async () => {
    const pdf = await renderPdf(
      { metadata: englishReport.metadata, blocks: [{ kind: 'paragraph', text: 'Chair: 李伟 (Li Wei)' }] },
      { fonts },
    );
    const [page] = await pdfPages(pdf);
    expect(page).toContain('Chair: [U+674E][U+4F1F] (Li Wei)');
    const utf16 = Buffer.from('\uFEFFChair: 李伟 (Li Wei)', 'utf16le').swap16().toString('latin1');
    expect(pdf.toString('latin1')).toContain(`/ActualText (${utf16.replace(/[()\\]/g, '\\$&')})`);
  });
});

describe('renderPdf: hostile input', () => {
  const metadata = englishReport.metadata;

  it('refusesControlCharactersWithAZodErrorNamingTheField', async () => {
    const bad: ReportDocumentInput = { metadata, blocks: [{ kind: 'paragraph', text: 'vote\u0000' }] };
    await expect(renderPdf(bad, { fonts })).rejects.toThrow(ZodError);
    await expect(renderPdf(bad, { fonts })).rejects.toThrow(/blocks.*0.*text|control/s);
  });

  it('setsTwentyThousandCharacterTokensAndTextInBoundedTimeWithoutLosingAny', async () => {
    const started = performance.now();
    const pdf = await renderPdf(
      {
        metadata,
        blocks: [
          { kind: 'monospace', text: 'f0'.repeat(10_000) },
          { kind: 'paragraph', text: 'p'.repeat(20_000) },
          {
            kind: 'table',
            columns: [
              { label: 'A', width: 0.1 },
              { label: 'B', width: 100 },
            ],
            rows: [['q'.repeat(2_000), 'b']],
          },
        ],
      },
      { fonts },
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    const text = (await pdfPages(pdf)).join('');
    expect(text.match(/f0/g)).toHaveLength(10_000);
    expect(text.match(/p/g)?.length).toBeGreaterThanOrEqual(20_000);
    expect(text.match(/q/g)).toHaveLength(2_000);
    await expectOnlyFurnitureOutsideTheBody(pdf);
  });

  it('setsARowTallerThanAPageAsColumnValueLinesInsteadOfCuttingIt', async () => {
    const tall = Array.from({ length: 100 }, (_, i) => `Zeile${i + 1}`).join('\n');
    const pdf = await renderPdf(
      {
        metadata,
        blocks: [
          {
            kind: 'table',
            columns: [{ label: 'Wer' }, { label: 'Notiz' }],
            rows: [
              ['Anna', tall],
              ['Ben', 'kurz'],
            ],
          },
        ],
      },
      { fonts },
    );
    const pages = await pdfPages(pdf);
    const text = pages.join('\n');
    expect(text).toContain('Wer: Anna');
    expect(text).toMatch(/Notiz: Zeile1\b/);
    for (let i = 1; i <= 100; i += 1) expect(text).toMatch(new RegExp(`Zeile${i}\\b`));
    // The stacked row ends on page 2; the next ordinary row there gets the header again.
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatch(/Wer +Notiz\s+Ben +kurz/);
    await expectOnlyFurnitureOutsideTheBody(pdf);
  });

  it('keepsAnEmptyTablesNoEntriesLineOnThePageOfItsHeader', { timeout: 60_000 }, async () => {
    // Filler rows push the empty table down in small steps across the end of the first page (35 left it orphaned).
    for (let filler = 31; filler <= 40; filler += 1) {
      const pdf = await renderPdf(
        {
          metadata,
          blocks: [
            {
              kind: 'table',
              columns: [{ label: 'Füllzeile' }],
              rows: Array.from({ length: filler }, (_, i) => [`Zeile ${i + 1}`]),
            },
            { kind: 'table', columns: [{ label: 'Leere Spalte' }], rows: [] },
          ],
        },
        { fonts },
      );
      const pages = await pdfPages(pdf);
      const header = pages.findIndex((page) => page.includes('Leere Spalte'));
      const none = pages.findIndex((page) => page.includes('(no entries)'));
      expect({ filler, none }).toEqual({ filler, none: header });
    }
  });

  it('rendersTenThousandRowsInBoundedTimeWithTheLastRowPresent', { timeout: 60_000 }, async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [String(i + 1), `Teilnehmerin ${i + 1}`, 'registriert']);
    const started = performance.now();
    const pdf = await renderPdf(
      {
        metadata,
        blocks: [{ kind: 'table', columns: [{ label: 'Nr.' }, { label: 'Name', width: 3 }, { label: 'Art' }], rows }],
      },
      { fonts },
    );
    expect(performance.now() - started).toBeLessThan(30_000);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(200);
    const wholeRows = pages
      .join('\n')
      .split('\n')
      .filter((line) => /^\s*(\d+) +Teilnehmerin \1 +registriert$/.test(line));
    expect(wholeRows).toHaveLength(10_000);
    expect(pages.at(-1)).toMatch(/10000 +Teilnehmerin 10000 +registriert/);
    expect(pages.at(-1)).toMatch(/Nr\. +Name +Art/);
    await expectOnlyFurnitureOutsideTheBody(pdf);
  });
});
