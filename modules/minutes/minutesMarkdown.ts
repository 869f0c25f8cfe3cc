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
} from './minutesContent.js';
import { type MinutesLabels, minutesLabels } from './minutesLabels.js';

// The client's entry point exports these from here.
export type { MinutesMeta } from './minutesContent.js';
export { germanMinutesLabels, type MinutesLabels } from './minutesLabels.js';

/** Markdown is written literally: characters that would start markup are escaped. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]#<>|~])/g, '\\$1');

/** Line starts that would make a list or a heading of a line (`- `, `+ `, `1. `) are escaped as well. */
const escapeLineStarts = (text: string): string =>
  text.replace(/^(\s*)([-+=])/gm, '$1\\$2').replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3');

/** One line of text after a label: line breaks become spaces. */
const inline = (text: string): string => escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));

/** One line of text that starts a list item (where `1. ` would start a nested list). */
const listText = (text: string): string => escapeLineStarts(inline(text));

/** A paragraph; its line breaks stay (as hard breaks). */
const paragraph = (text: string): string => escapeLineStarts(escapeMarkdown(text)).split('\n').join('\\\n');

function entryLine(entry: MinutesEntryContent, labels: MinutesLabels): string {
  const parts = [listText(entry.text)];
  const outcome = entryOutcome(entry, labels);
  if (outcome !== null) parts.push(`${labels.outcome}: ${outcome}`);
  const result = entryResult(entry, labels);
  if (result !== null) parts.push(`${labels.result}: ${inline(result)}`);
  const vote = entryVote(entry, labels);
  if (vote !== null) parts.push(`${labels.vote}: ${inline(vote)}`);
  const note = entryNote(entry, labels);
  if (note !== null) parts.push(`${labels.note}: ${inline(note)}`);
  if (entry.added !== null) parts.push(`${labels.added}: ${inline(entry.added)}`);
  // A roll call's names, one nested item per choice.
  return [`- ${parts.join(' — ')}`, ...(entry.roll ?? []).map((line) => `  - ${listText(line)}`)].join('\n');
}

/** Names on one line after a label, "—" for none. */
const names = (list: readonly string[], labels: MinutesLabels): string =>
  list.length === 0 ? labels.none : list.map(inline).join(', ');

/** A line to sign on, with one for the date (a run of underscores between spaces is no emphasis in Markdown). */
const signatureLine = (label: string, labels: MinutesLabels): string =>
  `${label}: ______________________________ (${labels.dateAndSignature})`;

/**
 * The minutes as Markdown, in the shape of the PDF (`minutesReport`): head (the note on minutes of an earlier meeting
 * or on continued ones, body, date, place, start, as of, chair, minute-takers), attendance (members, guests, phone callers apart), the agenda, then per item its notes, motions
 * and decisions with their outcomes and results (a roll call's names as nested items), and the signature lines.
 * Pure: the same content gives the same text.
 */
export function minutesMarkdown(content: MinutesContent): string {
  const l = minutesLabels[content.language];
  const out: string[] = [`# ${l.minutes}`, ''];
  const earlier = earlierMeetingNote(content, l);
  if (earlier !== null) out.push(inline(earlier), '');
  const continues = continuesNote(content, l);
  if (continues !== null) out.push(inline(continues), '');
  if (content.body !== '') out.push(`- ${l.body}: ${inline(content.body)}`);
  if (content.date !== null) out.push(`- ${l.date}: ${inline(content.date)}`);
  out.push(`- ${l.place}: ${inline(content.place)}`);
  if (content.started !== null) out.push(`- ${l.started}: ${inline(content.started)}`);
  out.push(`- ${l.asOf}: ${inline(content.asOf)}`);
  if (content.chair !== null) out.push(`- ${l.chair}: ${names(content.chair, l)}`);
  if (content.minuteTakers !== null) out.push(`- ${l.minuteTakers}: ${names(content.minuteTakers, l)}`);

  out.push('', `## ${l.attendance}`);
  if (content.attendance === null)
    out.push('', content.earlierMeeting === null ? l.attendanceNotRecorded : l.attendanceOfEarlierMeeting);
  else
    for (const kind of attendeeKinds) {
      const list = content.attendance[kind];
      out.push('', `### ${l.attendanceGroups[kind]}`, '');
      out.push(...(list.length === 0 ? [l.none] : list.map((name) => `- ${listText(name)}`)));
    }

  out.push('', `## ${l.agenda}`, '');
  if (content.items.length === 0) out.push(l.emptyAgenda);
  out.push(...content.items.map((item) => `- ${inline(itemHeading(item, l))}`));

  for (const item of content.items) {
    out.push('', `## ${inline(itemHeading(item, l))}`);
    if (item.notes.length > 0) out.push('', `### ${l.notes}`, ...item.notes.flatMap((p) => ['', paragraph(p)]));
    if (item.motions.length > 0) out.push('', `### ${l.motions}`, '', ...item.motions.map((m) => entryLine(m, l)));
    if (item.decisions.length > 0)
      out.push('', `### ${l.decisions}`, '', ...item.decisions.map((d) => entryLine(d, l)));
  }
  out.push('', `## ${l.signatures}`, '', signatureLine(l.signatureChair, l), '');
  out.push(signatureLine(l.signatureMinuteTaker, l));
  return `${out.join('\n')}\n`;
}
