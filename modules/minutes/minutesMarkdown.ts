import type * as Y from 'yjs';
import { agendaItems, decisionsOf, entriesOf, motionsOf, notesOf } from './minutesDocument.js';
import type { MinutesEntry } from './protocol.js';

/** What the minutes' head says, beyond the document: the body that met, the meeting, when and where, who attended. */
export interface MinutesMeta {
  /** The body (committee, council) that met. */
  readonly body: string;
  readonly title: string;
  /** The meeting's date as it should be printed (the caller formats it in the report's language). */
  readonly date: string;
  /** `Online` unless given. */
  readonly place?: string;
  /** Names of those present, in the order to print. */
  readonly attendance?: readonly string[];
}

/** Labels in the administration's language; German by default, as the records Plenum is built for are written. */
export interface MinutesLabels {
  readonly date: string;
  readonly place: string;
  readonly online: string;
  readonly attendance: string;
  readonly agenda: string;
  readonly notes: string;
  readonly motions: string;
  readonly decisions: string;
  readonly result: string;
  readonly vote: string;
  readonly none: string;
}

export const germanMinutesLabels: MinutesLabels = {
  date: 'Datum',
  place: 'Ort',
  online: 'Online',
  attendance: 'Anwesend',
  agenda: 'Tagesordnung',
  notes: 'Notizen',
  motions: 'Anträge',
  decisions: 'Beschlüsse',
  result: 'Ergebnis',
  vote: 'Abstimmung',
  none: '—',
};

/** Markdown is written literally: characters that would start markup are escaped. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

function entryLine(entry: MinutesEntry, labels: MinutesLabels): string {
  const parts = [escapeMarkdown(entry.text)];
  if (entry.result !== undefined) parts.push(`${labels.result}: ${escapeMarkdown(entry.result)}`);
  if (entry.voteId !== undefined) parts.push(`${labels.vote}: legal-vote:${escapeMarkdown(entry.voteId)}`);
  return `- ${parts.join(' — ')}`;
}

/**
 * The minutes as Markdown, in the usual shape: head (body, meeting, date, place, attendance), the agenda, then per
 * item its notes, motions and decisions with their results. Pure: the same document and meta give the same text.
 */
export function minutesMarkdown(doc: Y.Doc, meta: MinutesMeta, labels: MinutesLabels = germanMinutesLabels): string {
  const out: string[] = [`# ${escapeMarkdown(meta.body)}: ${escapeMarkdown(meta.title)}`, ''];
  out.push(`- ${labels.date}: ${escapeMarkdown(meta.date)}`);
  out.push(`- ${labels.place}: ${escapeMarkdown(meta.place ?? labels.online)}`);
  if (meta.attendance !== undefined)
    out.push(
      `- ${labels.attendance}: ${meta.attendance.length === 0 ? labels.none : meta.attendance.map(escapeMarkdown).join(', ')}`,
    );
  const items = agendaItems(doc);
  out.push('', `## ${labels.agenda}`, '');
  if (items.length === 0) out.push(labels.none);
  items.forEach((item, i) => {
    out.push(`${i + 1}. ${escapeMarkdown(item.title)}`);
  });
  items.forEach((item, i) => {
    out.push('', `## ${i + 1}. ${escapeMarkdown(item.title)}`);
    const notes = notesOf(doc, item.id).toString().trim();
    if (notes !== '') out.push('', `### ${labels.notes}`, '', escapeMarkdown(notes));
    const motions = entriesOf(motionsOf(doc, item.id));
    if (motions.length > 0) out.push('', `### ${labels.motions}`, '', ...motions.map((m) => entryLine(m, labels)));
    const decisions = entriesOf(decisionsOf(doc, item.id));
    if (decisions.length > 0)
      out.push('', `### ${labels.decisions}`, '', ...decisions.map((d) => entryLine(d, labels)));
  });
  return `${out.join('\n')}\n`;
}
