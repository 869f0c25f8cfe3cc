import {
  cleanReportLine,
  cleanReportText,
  type ReportDocumentInput,
  type ReportOptions,
  reportLimits,
} from '@plenum/reports';
import { attendeeKinds } from '@plenum/room-kit/attendance';
import {
  continuesNote,
  earlierMeetingNote,
  entryNote,
  entryOutcome,
  entryResult,
  entryVote,
  itemHeading,
  type MinutesContent,
  type MinutesEntryContent,
} from '../minutesContent.js';
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
  const outcome = entryOutcome(entry, l);
  if (outcome !== null) items.push({ label: l.outcome, value: outcome });
  const result = entryResult(entry, l);
  if (result !== null) items.push({ label: l.result, value: line(result, cell) });
  const vote = entryVote(entry, l);
  if (vote !== null) items.push({ label: l.vote, value: line(vote, cell) });
  const note = entryNote(entry, l);
  if (note !== null) items.push({ label: l.note, value: note });
  if (entry.added !== null) items.push({ label: l.added, value: entry.added });
  return [
    ...paragraphs(entry.text),
    ...(items.length > 0 ? [{ kind: 'keyValue' as const, items }] : []),
    // A roll call's names, one paragraph per choice (split, never cut, however many voted).
    ...(entry.roll ?? []).flatMap((names) => paragraphs(names)),
  ];
}

/** Names in one value, "—" for none. */
const names = (list: readonly string[], l: MinutesLabels): string =>
  list.length === 0 ? l.none : line(list.join(', '), reportLimits.cellMaxLength);

/** A cell to sign in: room above the line, and what goes on it below. */
const signatureCell = (l: MinutesLabels): string => `\n\n______________________________\n${l.dateAndSignature}`;

/**
 * The minutes as a report in the administration's usual shape: "Niederschrift" (with a note when they are of an
 * earlier meeting, or continue one) with body, date, place, start, the
 * export's time ("Stand"), chair and minute-takers; who attended (members, guests and phone callers apart); the
 * agenda (TOP 1, TOP 2 …); then per item its notes, motions and decisions with their outcomes and results (and
 * who voted how in a roll call); at the end the lines for the chair's and the minute-taker's signatures. The
 * tenant's name heads every page (`organisation`). Typed text is made acceptable to the report (refused characters
 * replaced, over-long lines cut, long notes split), so no writer can make the export fail.
 */
export function minutesReport(content: MinutesContent, options: MinutesReportOptions): ReportDocumentInput {
  const l = minutesLabels[content.language];
  const heading = reportLimits.lineMaxLength;
  const cell = reportLimits.cellMaxLength;
  const head = [
    ...(content.body === '' ? [] : [{ label: l.body, value: line(content.body, cell) }]),
    ...(content.date === null ? [] : [{ label: l.date, value: content.date }]),
    { label: l.place, value: content.place },
    ...(content.started === null ? [] : [{ label: l.started, value: content.started }]),
    { label: l.asOf, value: content.asOf },
    ...(content.chair === null ? [] : [{ label: l.chair, value: names(content.chair, l) }]),
    ...(content.minuteTakers === null ? [] : [{ label: l.minuteTakers, value: names(content.minuteTakers, l) }]),
  ];
  const attendance = content.attendance;
  const headNote = earlierMeetingNote(content, l) ?? continuesNote(content, l);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: l.minutes },
    ...(headNote === null ? [] : [{ kind: 'paragraph' as const, text: headNote }]),
    { kind: 'keyValue', items: head },
    { kind: 'heading', level: 2, text: l.attendance },
    ...(attendance === null
      ? [
          {
            kind: 'paragraph' as const,
            text: content.earlierMeeting === null ? l.attendanceNotRecorded : l.attendanceOfEarlierMeeting,
          },
        ]
      : attendeeKinds.flatMap((kind): ReportBlock[] => [
          { kind: 'heading', level: 3, text: l.attendanceGroups[kind] },
          ...(attendance[kind].length === 0
            ? [{ kind: 'paragraph' as const, text: l.none }]
            : paragraphs(attendance[kind].join(', '))),
        ])),
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
  blocks.push(
    { kind: 'heading', level: 2, text: l.signatures },
    {
      kind: 'table',
      columns: [{ label: l.signatureChair }, { label: l.signatureMinuteTaker }],
      rows: [[signatureCell(l), signatureCell(l)]],
    },
  );
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
