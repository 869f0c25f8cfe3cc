import type { ReportClock } from '@plenum/reports';
import { isModerator, type RoomAttendanceList, type RoomAttendee } from '@plenum/room-kit';
import { type AttendeeKind, attendeeKind } from '@plenum/room-kit/attendance';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import type * as Y from 'yjs';
import { agendaItems, decisionsOf, entriesOf, motionsOf, notesOf } from './minutesDocument.js';
import { type MinutesLabels, type MinutesLanguage, minutesLabels } from './minutesLabels.js';
import type { MinutesEntry } from './protocol.js';
import { rollCallLines, unbackedOutcome, voteResultText } from './voteResultText.js';

/**
 * Who attended, by name and sorted, one list per kind: members (signed in), guests (no account) and phone callers,
 * which a Niederschrift lists apart (a guest is not a member present). The recorder is no one.
 */
export type MinutesAttendance = Readonly<Record<AttendeeKind, readonly string[]>>;

/** A motion or decision as printed. */
export interface MinutesEntryContent {
  readonly text: string;
  /** The result in words: from the linked vote when the server knows it, else as the writer typed it; null: none. */
  readonly result: string | null;
  /** The linked vote's title, when the result comes from it. */
  readonly vote: string | null;
  /** When the linked vote ended, day and time (`vote` is set); tells votes of one title and of other meetings apart. */
  readonly voteEnded: string | null;
  /**
   * Who voted how in the linked roll call, one line per choice ("Ja: Anna Amtsrat, Ben Berger", see `rollCallLines`);
   * null when the vote names no one (pseudonymous, or no result) or no vote is linked.
   */
  readonly roll: readonly string[] | null;
  /** The entry links a vote the server does not know: its result is the writer's text, unchecked. */
  readonly unverified: boolean;
  /** Whether the body adopted or rejected it, as the writer recorded it; null: not recorded. */
  readonly outcome: 'adopted' | 'rejected' | null;
  /** How the recorded outcome is not backed by the linked vote's result (`unbackedOutcome`); null when it is. */
  readonly unbacked: ReturnType<typeof unbackedOutcome>;
  /**
   * The day the entry was added (`MinutesEntry.addedAt`), when that is not the minutes' `date` (continued minutes:
   * an earlier meeting's entry); null when it is, or not known.
   */
  readonly added: string | null;
}

/** One agenda item with what was recorded under it. */
export interface MinutesItemContent {
  /** 1, 2, 3 … in agenda order. */
  readonly number: number;
  /** Trimmed; empty when the writer gave none. */
  readonly title: string;
  /** The notes' paragraphs (split at blank lines), trimmed, none empty. */
  readonly notes: readonly string[];
  readonly motions: readonly MinutesEntryContent[];
  readonly decisions: readonly MinutesEntryContent[];
}

/**
 * The minutes as both exports print them, built once (`minutesContent`) and rendered twice (`minutesReport` as PDF,
 * `minutesMarkdown`), so the two files always say the same. Dates and vote results are already in `language`.
 */
export interface MinutesContent {
  readonly language: MinutesLanguage;
  /** The body that met: the room's title when the meeting started; empty when no meeting is recorded. */
  readonly body: string;
  /**
   * The meeting's day; the export's day when no meeting is recorded; null for minutes of an earlier meeting (whose day
   * is not known: the export's day would claim the later meeting's).
   */
  readonly date: string | null;
  /** When the meeting started (time of day); null when no meeting is recorded. */
  readonly started: string | null;
  /**
   * When the export was made ("Stand"), not when the meeting ended: exports are made in the running meeting, and
   * the attendance port records no end. The time of day, with the day before it when that is not `date` (or there is
   * no `date`).
   */
  readonly asOf: string;
  readonly place: string;
  /** Who chaired: the attendees who held the owner's or a moderator's role, sorted; null when no meeting is recorded. */
  readonly chair: readonly string[] | null;
  /**
   * Who wrote these minutes in this meeting (`MinutesMeta.minuteTakers`), sorted; null for minutes of an earlier
   * meeting (their minute-takers are not known, and this meeting's are not theirs).
   */
  readonly minuteTakers: readonly string[] | null;
  /** Who attended; null when the room records no meeting (unknown, which is not "nobody"). */
  readonly attendance: MinutesAttendance | null;
  /**
   * Set when these are minutes of an earlier meeting exported in a later one (`MinutesMeta.earlierMeeting`): then no
   * meeting's date, start, chair, attendance or minute-takers is printed. `lastChanged`: their latest change, day and time; null: unknown.
   */
  readonly earlierMeeting: { readonly lastChanged: string | null } | null;
  /**
   * Set when these minutes continue an earlier meeting's in this one (`MinutesMeta.continues`): the head is this
   * meeting's, and the minutes say whose they continue. `lastChanged`: the earlier minutes' latest change, the day;
   * null: unknown.
   */
  readonly continues: { readonly lastChanged: string | null } | null;
  readonly items: readonly MinutesItemContent[];
}

/** What the minutes say beyond their document. */
export interface MinutesMeta {
  readonly language: MinutesLanguage;
  /** The room's current meeting and who attended (the attendance port); null when the room records none. */
  readonly meeting: RoomAttendanceList | null;
  /** The room's concluded votes: a decision linked to one prints the result from here, not the writer's text. */
  readonly votes: readonly ConcludedVote[];
  /** When the export is made (ms since the epoch): the minutes' "as of", and their date when no meeting is recorded. */
  readonly exportedAt: number;
  /** The names of those whose changes to the minutes the room accepted in this meeting, in any order. */
  readonly minuteTakers: readonly string[];
  /** Prints days and times in the report's language and time zone (`reportClock`). */
  readonly clock: Pick<ReportClock, 'day' | 'time'>;
  /**
   * The document holds only minutes written in an earlier meeting (`lastChangedAt`: their latest change, null when
   * unknown): the export must not claim the current meeting, so `meeting` is ignored and the minutes say so.
   */
  readonly earlierMeeting?: { readonly lastChangedAt: number | null } | undefined;
  /**
   * The document holds an earlier meeting's minutes continued in this one (`lastChangedAt`: their latest change
   * before this meeting, null when unknown). Ignored with `earlierMeeting`.
   */
  readonly continues?: { readonly lastChangedAt: number | null } | undefined;
}

/**
 * Reads the minutes out of the document, in agenda order, with the attendance and the linked votes resolved. A
 * linked vote's result always comes from the server's concluded vote (`voteResultText`): a writer could have typed
 * anything into `result`. A link to a vote the server does not know keeps the writer's text, marked unverified.
 */
export function minutesContent(doc: Y.Doc, meta: MinutesMeta): MinutesContent {
  const votes = new Map(meta.votes.map((v) => [v.voteId, v]));
  const earlier = meta.earlierMeeting;
  const meeting = earlier ? null : meta.meeting;
  const dayAndTime = (ms: number): string => `${meta.clock.day(ms)}, ${meta.clock.time(ms)}`;
  const date = earlier ? null : meta.clock.day(meeting?.startedAt ?? meta.exportedAt);
  const addedDay = (at: number | undefined): string | null => {
    const day = at === undefined ? null : meta.clock.day(at);
    return day === date ? null : day;
  };
  const entry = (e: MinutesEntry): MinutesEntryContent => {
    const vote = e.voteId === undefined ? undefined : votes.get(e.voteId);
    const outcome = e.outcome ?? null;
    const added = addedDay(e.addedAt);
    if (vote)
      return {
        text: e.text,
        result: voteResultText(vote, meta.language),
        vote: vote.title,
        voteEnded: dayAndTime(vote.endedAt),
        roll: rollCallLines(vote, meta.language),
        unverified: false,
        outcome,
        unbacked: unbackedOutcome(vote, outcome),
        added,
      };
    return {
      text: e.text,
      result: e.result ?? null,
      vote: null,
      voteEnded: null,
      roll: null,
      unverified: e.voteId !== undefined,
      outcome,
      unbacked: null,
      added,
    };
  };
  const continues = earlier ? undefined : meta.continues;
  const exportDay = meta.clock.day(meta.exportedAt);
  const exportTime = meta.clock.time(meta.exportedAt);
  const sorted = (names: Iterable<string>): string[] => [...names].sort((a, b) => a.localeCompare(b, meta.language));
  const people = meeting?.attendees.filter((a) => attendeeKind(a) !== null);
  return {
    language: meta.language,
    body: meeting?.title.trim() ?? '',
    date,
    started: meeting ? meta.clock.time(meeting.startedAt) : null,
    asOf: exportDay === date ? exportTime : `${exportDay}, ${exportTime}`,
    place: minutesLabels[meta.language].online,
    chair: people ? sorted(people.filter((a) => isModerator(a.role)).map((a) => a.displayName)) : null,
    minuteTakers: earlier ? null : sorted(new Set(meta.minuteTakers)),
    attendance: people ? attendance(people, sorted) : null,
    earlierMeeting: earlier
      ? { lastChanged: earlier.lastChangedAt === null ? null : dayAndTime(earlier.lastChangedAt) }
      : null,
    continues: continues
      ? { lastChanged: continues.lastChangedAt === null ? null : meta.clock.day(continues.lastChangedAt) }
      : null,
    items: agendaItems(doc).map((item, i) => ({
      number: i + 1,
      title: item.title.trim(),
      notes: notesOf(doc, item.id)
        .toString()
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
      motions: entriesOf(motionsOf(doc, item.id)).map(entry),
      decisions: entriesOf(decisionsOf(doc, item.id)).map(entry),
    })),
  };
}

/** The people who attended (the recorder left out already), by name, one sorted list per kind (`attendeeKind`). */
function attendance(people: readonly RoomAttendee[], sorted: (names: Iterable<string>) => string[]): MinutesAttendance {
  const of = (kind: AttendeeKind): string[] =>
    sorted(people.filter((a) => attendeeKind(a) === kind).map((a) => a.displayName));
  return { registered: of('registered'), guest: of('guest'), phone: of('phone') };
}

/** An item's heading as both exports print it: "TOP 1: Haushalt 2027". */
export function itemHeading(item: MinutesItemContent, labels: MinutesLabels): string {
  return `${labels.item(item.number)}: ${item.title === '' ? labels.untitled : item.title}`;
}

/** An entry's result as both exports print it, "(nicht geprüft)" added when unchecked; null when there is none. */
export function entryResult(entry: MinutesEntryContent, labels: MinutesLabels): string | null {
  if (!entry.unverified) return entry.result;
  return `${entry.result ?? labels.none} ${labels.unverified}`;
}

/** An entry's recorded outcome in words ("angenommen" / "adopted"); null when none was recorded. */
export function entryOutcome(entry: MinutesEntryContent, labels: MinutesLabels): string | null {
  return entry.outcome === null ? null : labels.outcomes[entry.outcome];
}

/** The linked vote as both exports name it, with when it ended: "Haushalt 2027 (beendet 26.11.2026, 14:05 MEZ)". */
export function entryVote(entry: MinutesEntryContent, labels: MinutesLabels): string | null {
  if (entry.vote === null) return null;
  return entry.voteEnded === null ? entry.vote : `${entry.vote} (${labels.voteEnded(entry.voteEnded)})`;
}

/** The factual hint when the recorded outcome is not backed by the linked vote's result; null when it is. */
export function entryNote(entry: MinutesEntryContent, labels: MinutesLabels): string | null {
  return entry.unbacked === null ? null : labels.unbacked[entry.unbacked];
}

/** The line under the title of minutes continued from an earlier meeting (`MinutesContent.continues`); else null. */
export function continuesNote(content: MinutesContent, labels: MinutesLabels): string | null {
  return content.continues === null ? null : labels.continues(content.continues.lastChanged);
}

/** The note that heads minutes of an earlier meeting (see `MinutesContent.earlierMeeting`); null for others. */
export function earlierMeetingNote(content: MinutesContent, labels: MinutesLabels): string | null {
  return content.earlierMeeting === null ? null : labels.earlierMeeting(content.earlierMeeting.lastChanged);
}
