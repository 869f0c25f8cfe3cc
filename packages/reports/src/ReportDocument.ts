import { z } from 'zod';
import { reportLine, reportText } from './reportText.js';

/**
 * Limits of a report. They bound the time and memory one rendering can take (10 000 table rows render in a few
 * seconds) and are far above what a council's vote record, minutes or attendance list needs.
 */
export const reportLimits = {
  titleMaxLength: 300,
  lineMaxLength: 500,
  textMaxLength: 20_000,
  cellMaxLength: 2_000,
  monospaceMaxLength: 20_000,
  keyValueMaxItems: 500,
  tableMaxColumns: 12,
  tableMaxRows: 10_000,
  maxBlocks: 5_000,
  /** All text of the document together, in UTF-16 units. */
  documentMaxLength: 2_000_000,
} as const;

export const ReportLanguage = z.enum(['de', 'en']);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What the PDF says about itself (document properties) and what the header and footer print on every page. */
export const ReportMetadata = z.strictObject({
  title: reportLine(reportLimits.titleMaxLength).trim().min(1, 'must not be empty'),
  subject: reportLine(reportLimits.lineMaxLength).optional(),
  language: ReportLanguage,
  /** The body that issues the report (council, ministry, municipality); printed in every page header. */
  organisation: reportLine(reportLimits.lineMaxLength).trim().min(1, 'must not be empty'),
  /** The person or office responsible; the PDF's Author. Defaults to the organisation. */
  author: reportLine(reportLimits.lineMaxLength).optional(),
  /**
   * When the report was made. It is the only time the renderer uses: the PDF's creation date, file id and footer
   * come from it, so equal documents give byte-equal PDFs.
   */
  createdAt: z.iso.datetime({ offset: true }),
  /** IANA time zone in which times are printed; the administration's own, not the server's. */
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').default('Europe/Berlin'),
});
export type ReportMetadata = z.infer<typeof ReportMetadata>;

export const HeadingBlock = z.strictObject({
  kind: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: reportLine(reportLimits.lineMaxLength).min(1, 'must not be empty'),
});

export const ParagraphBlock = z.strictObject({
  kind: z.literal('paragraph'),
  text: reportText(reportLimits.textMaxLength),
});

/** Label → value pairs (parameters of a vote, date and place of a meeting); a pair never breaks across pages. */
export const KeyValueBlock = z.strictObject({
  kind: z.literal('keyValue'),
  items: z
    .array(
      z.strictObject({
        label: reportLine(reportLimits.lineMaxLength),
        value: reportText(reportLimits.cellMaxLength),
      }),
    )
    .min(1, 'must have at least one item')
    .max(reportLimits.keyValueMaxItems, `must have at most ${reportLimits.keyValueMaxItems} items`),
});

export const TableColumn = z.strictObject({
  label: reportLine(reportLimits.lineMaxLength),
  /** Relative width; columns share the line in proportion (default 1). */
  width: z.number().min(0.1).max(100).default(1),
  align: z.enum(['left', 'right']).default('left'),
});

/**
 * A table whose header row repeats at the top of every page it runs onto. A row is never split across pages; only a
 * row taller than a whole page (possible with very long cells in narrow columns) is set as a run of
 * "column: value" lines instead, so no text is lost.
 */
export const TableBlock = z
  .strictObject({
    kind: z.literal('table'),
    /** Optional caption printed above the table; also the table's title for screen readers. */
    caption: reportLine(reportLimits.lineMaxLength).optional(),
    columns: z
      .array(TableColumn)
      .min(1, 'must have at least one column')
      .max(reportLimits.tableMaxColumns, `must have at most ${reportLimits.tableMaxColumns} columns`),
    rows: z
      .array(z.array(reportText(reportLimits.cellMaxLength)))
      .max(reportLimits.tableMaxRows, `must have at most ${reportLimits.tableMaxRows} rows`),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `must have ${table.columns.length} cells, one per column (has ${row.length})`,
        });
      }
    });
  });

/** Fixed-width text that may break anywhere: hashes, signatures, tokens. */
export const MonospaceBlock = z.strictObject({
  kind: z.literal('monospace'),
  /** Optional label printed before the block (e.g. "Kettenkopf"). */
  label: reportLine(reportLimits.lineMaxLength).optional(),
  text: reportText(reportLimits.monospaceMaxLength),
});

export const PageBreakBlock = z.strictObject({ kind: z.literal('pageBreak') });

export const ReportBlock = z.discriminatedUnion('kind', [
  HeadingBlock,
  ParagraphBlock,
  KeyValueBlock,
  TableBlock,
  MonospaceBlock,
  PageBreakBlock,
]);
export type ReportBlock = z.infer<typeof ReportBlock>;

function blockLength(block: ReportBlock): number {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text.length;
    case 'keyValue':
      return block.items.reduce((sum, item) => sum + item.label.length + item.value.length, 0);
    case 'table':
      return block.rows.reduce((sum, row) => sum + row.reduce((cells, cell) => cells + cell.length, 0), 0);
    case 'monospace':
      return block.text.length + (block.label?.length ?? 0);
    case 'pageBreak':
      return 0;
  }
}

/**
 * A report as data: metadata and a flat list of blocks, in reading order. The vote report, the minutes and the
 * attendance report build one of these and hand it to `renderPdf`; they never draw on a page themselves.
 */
export const ReportDocument = z
  .strictObject({
    metadata: ReportMetadata,
    blocks: z.array(ReportBlock).max(reportLimits.maxBlocks, `must have at most ${reportLimits.maxBlocks} blocks`),
  })
  .superRefine((doc, ctx) => {
    const total = doc.blocks.reduce((sum, block) => sum + blockLength(block), 0);
    if (total > reportLimits.documentMaxLength) {
      ctx.addIssue({
        code: 'custom',
        path: ['blocks'],
        message: `all text together must be at most ${reportLimits.documentMaxLength} characters (has ${total})`,
      });
    }
  });
/** A parsed report (defaults filled in). */
export type ReportDocument = z.infer<typeof ReportDocument>;
/** A report as callers write it (optional fields with defaults may be left out). */
export type ReportDocumentInput = z.input<typeof ReportDocument>;
