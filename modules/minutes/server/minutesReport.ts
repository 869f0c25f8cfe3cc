import {
  cleanReportLine,
  cleanReportText,
  type ReportDocumentInput,
  type ReportOptions,
  reportLimits,
} from '@plenum/reports';
import { entryResult, itemHeading, type MinutesContent, type MinutesEntryContent } from '../minutesContent.js';
import { type MinutesLabels, minutesLabels } from '../minutesLabels.js';

/** A block as the report is written (column widths and alignment may be left to their defaults). */
type ReportBlock = ReportDocumentInput['blocks'][number];

/** What the PDF needs besides the content (whose language it is written in). */
export type MinutesReportOptions = Omit<ReportOptions, 'language'>;

/** One line of typed text within `max` characters: refused characters replaced, the rest cut with "…". */
function line(text: string, max: number): string {
  const clean = cleanReportLine(text);
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** Free text as paragraphs within the report's limit: a longer text is split, never cut. */
function paragraphs(text: string): ReportBlock[] {
  const clean = cleanReportText(text);
  const max = reportLimits.textMaxLength;
  const blocks: ReportBlock[] = [];
  for (let at = 0; at < clean.length; at += max) blocks.push({ kind: 'paragraph', text: clean.slice(at, at + max) });
  return blocks;
}

function entryBlocks(entry: MinutesEntryContent, l: MinutesLabels): ReportBlock[] {
  const cell = reportLimits.cellMaxLength;
  const items: { label: string; value: string }[] = [];
  const result = entryResult(entry, l);
  if (result !== null) items.push({ label: l.result, value: line(result, cell) });
  if (entry.vote !== null) items.push({ label: l.vote, value: line(entry.vote, cell) });
  return [...paragraphs(entry.text), ...(items.length > 0 ? [{ kind: 'keyValue' as const, items }] : [])];
}

/**
 * The minutes as a report in the administration's usual shape: "Niederschrift" with body, date, place and start;
 * who attended (name and kind); the agenda (TOP 1, TOP 2 …); then per item its notes, motions and decisions with
 * their results. The tenant's name heads every page (`organisation`). Typed text is made acceptable to the report
 * (refused characters replaced, over-long lines cut, long notes split), so no writer can make the export fail.
 */
export function minutesReport(content: MinutesContent, options: MinutesReportOptions): ReportDocumentInput {
  const l = minutesLabels[content.language];
  const heading = reportLimits.lineMaxLength;
  const cell = reportLimits.cellMaxLength;
  const head = [
    ...(content.body === '' ? [] : [{ label: l.body, value: line(content.body, cell) }]),
    { label: l.date, value: content.date },
    { label: l.place, value: content.place },
    ...(content.started === null ? [] : [{ label: l.started, value: content.started }]),
  ];
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: l.minutes },
    { kind: 'keyValue', items: head },
    { kind: 'heading', level: 2, text: l.attendance },
    content.attendance === null
      ? { kind: 'paragraph', text: l.attendanceNotRecorded }
      : {
          kind: 'table',
          columns: [{ label: l.name, width: 4 }, { label: l.kind }],
          rows: content.attendance.map((a) => [line(a.name, cell), l.kinds[a.kind]]),
        },
    { kind: 'heading', level: 2, text: l.agenda },
    content.items.length === 0
      ? { kind: 'paragraph', text: l.emptyAgenda }
      : {
          kind: 'table',
          columns: [{ label: l.itemColumn }, { label: l.subject, width: 6 }],
          rows: content.items.map((item) => [
            l.item(item.number),
            line(item.title === '' ? l.untitled : item.title, cell),
          ]),
        },
  ];
  for (const item of content.items) {
    blocks.push({ kind: 'heading', level: 2, text: line(itemHeading(item, l), heading) });
    if (item.notes.length > 0)
      blocks.push({ kind: 'heading', level: 3, text: l.notes }, ...item.notes.flatMap((p) => paragraphs(p)));
    if (item.motions.length > 0)
      blocks.push({ kind: 'heading', level: 3, text: l.motions }, ...item.motions.flatMap((m) => entryBlocks(m, l)));
    if (item.decisions.length > 0)
      blocks.push(
        { kind: 'heading', level: 3, text: l.decisions },
        ...item.decisions.flatMap((d) => entryBlocks(d, l)),
      );
  }
  return {
    metadata: {
      title: line(content.body === '' ? l.minutes : `${l.minutes}: ${content.body}`, reportLimits.titleMaxLength),
      subject: l.minutes,
      language: content.language,
      organisation: options.organisation,
      createdAt: options.createdAt,
      timeZone: options.timeZone ?? 'Europe/Berlin',
    },
    blocks,
  };
}
