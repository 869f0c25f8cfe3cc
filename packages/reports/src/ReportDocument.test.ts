import { describe, expect, it } from 'vitest';
import { ReportDocument, type ReportDocumentInput, reportLimits } from './ReportDocument.js';
import { cleanReportLine, cleanReportText } from './reportText.js';

const metadata = {
  title: 'Abstimmungsbericht',
  language: 'de',
  organisation: 'Gemeinderat Musterstadt',
  createdAt: '2026-11-26T16:28:00Z',
} as const;

function issues(input: ReportDocumentInput): Array<{ path: string; message: string }> {
  const result = ReportDocument.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('ReportDocument', () => {
  it('fillsInTheTimeZoneColumnWidthAndAlignmentDefaults', () => {
    const doc = ReportDocument.parse({
      metadata,
      blocks: [{ kind: 'table', columns: [{ label: 'Name' }], rows: [['Łukasz Größe']] }],
    });
    expect(doc.metadata.timeZone).toBe('Europe/Berlin');
    expect(doc.blocks[0]).toEqual({
      kind: 'table',
      columns: [{ label: 'Name', width: 1, align: 'left' }],
      rows: [['Łukasz Größe']],
    });
  });

  it('refusesControlCharactersAndBidiOverridesNamingTheField', () => {
    expect(issues({ metadata, blocks: [{ kind: 'paragraph', text: 'a\u0007b' }] })).toEqual([
      { path: 'blocks.0.text', message: expect.stringContaining('control') },
    ]);
    expect(issues({ metadata, blocks: [{ kind: 'heading', level: 1, text: 'Ja\u202Eniem' }] })).toEqual([
      { path: 'blocks.0.text', message: expect.stringContaining('control') },
    ]);
    expect(issues({ metadata: { ...metadata, title: 'Zwei\nZeilen' }, blocks: [] })).toEqual([
      { path: 'metadata.title', message: expect.stringContaining('line breaks') },
    ]);
  });

  it('acceptsLineBreaksInTextAndJoinersInNames', () => {
    expect(issues({ metadata, blocks: [{ kind: 'paragraph', text: 'Zeile 1\nZeile 2 👩\u200D💻' }] })).toEqual([]);
  });

  it('refusesMoreRowsThanTheLimitWithTheLimitInTheMessage', () => {
    const rows = Array.from({ length: reportLimits.tableMaxRows + 1 }, () => ['x']);
    expect(issues({ metadata, blocks: [{ kind: 'table', columns: [{ label: 'A' }], rows }] })).toEqual([
      { path: 'blocks.0.rows', message: 'must have at most 10000 rows' },
    ]);
  });

  it('refusesARowWhoseCellsDoNotMatchTheColumns', () => {
    const table = { kind: 'table' as const, columns: [{ label: 'A' }, { label: 'B' }], rows: [['1', '2'], ['3']] };
    expect(issues({ metadata, blocks: [table] })).toEqual([
      { path: 'blocks.0.rows.1', message: 'must have 2 cells, one per column (has 1)' },
    ]);
  });

  it('refusesOverlongTextAndTooMuchTextAltogether', () => {
    expect(issues({ metadata, blocks: [{ kind: 'paragraph', text: 'x'.repeat(20_001) }] })).toEqual([
      { path: 'blocks.0.text', message: 'must be at most 20000 characters' },
    ]);
    const blocks = Array.from({ length: 101 }, () => ({ kind: 'paragraph' as const, text: 'x'.repeat(20_000) }));
    expect(issues({ metadata, blocks })).toEqual([
      { path: 'blocks', message: 'all text together must be at most 2000000 characters (has 2020000)' },
    ]);
  });

  it('refusesAnUnknownTimeZoneAndADateWithoutOffset', () => {
    expect(issues({ metadata: { ...metadata, timeZone: 'Mars/Olympus' }, blocks: [] })).toEqual([
      { path: 'metadata.timeZone', message: 'must be an IANA time zone such as Europe/Berlin' },
    ]);
    expect(issues({ metadata: { ...metadata, createdAt: '2026-11-26 16:28' }, blocks: [] })).toHaveLength(1);
  });
});

describe('cleanReportText', () => {
  it('keepsLineBreaksAndMakesEveryOtherRefusedCharacterVisible', () => {
    const cleaned = cleanReportText('a\r\nb\tc\u0000d\u202Ee\uD800');
    expect(cleaned).toBe('a\nb c\uFFFDd\uFFFDe\uFFFD');
    expect(ReportDocument.safeParse({ metadata, blocks: [{ kind: 'paragraph', text: cleaned }] }).success).toBe(true);
  });

  it('makesOneLineForTitlesAndLabels', () => {
    const title = cleanReportLine('Haushalt\r\n2027\u0007');
    expect(title).toBe('Haushalt 2027\uFFFD');
    expect(ReportDocument.safeParse({ metadata: { ...metadata, title }, blocks: [] }).success).toBe(true);
  });
});
