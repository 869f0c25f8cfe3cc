import { entryResult, itemHeading, type MinutesContent, type MinutesEntryContent } from './minutesContent.js';
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
  const result = entryResult(entry, labels);
  if (result !== null) parts.push(`${labels.result}: ${inline(result)}`);
  if (entry.vote !== null) parts.push(`${labels.vote}: ${inline(entry.vote)}`);
  return `- ${parts.join(' — ')}`;
}

/**
 * The minutes as Markdown, in the shape of the PDF (`minutesReport`): head (body, date, place, start), attendance,
 * the agenda, then per item its notes, motions and decisions with their results. Pure: the same content gives the
 * same text.
 */
export function minutesMarkdown(content: MinutesContent): string {
  const l = minutesLabels[content.language];
  const out: string[] = [`# ${l.minutes}`, ''];
  if (content.body !== '') out.push(`- ${l.body}: ${inline(content.body)}`);
  out.push(`- ${l.date}: ${inline(content.date)}`, `- ${l.place}: ${inline(content.place)}`);
  if (content.started !== null) out.push(`- ${l.started}: ${inline(content.started)}`);

  out.push('', `## ${l.attendance}`, '');
  if (content.attendance === null) out.push(l.attendanceNotRecorded);
  else if (content.attendance.length === 0) out.push(l.none);
  else out.push(...content.attendance.map((a) => `- ${listText(a.name)} (${l.kinds[a.kind]})`));

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
  return `${out.join('\n')}\n`;
}
