import { type AuditDocument, type AuditEntry, publicKeyFingerprint } from '@plenum/audit';
import {
  cleanReportLine,
  type ReportDocumentInput,
  type ReportFonts,
  type ReportOptions,
  renderPdf,
  reportClock,
  reportLabels,
} from '@plenum/reports';
import type { Choice, PublishedBallot } from '../protocol.js';
import { afterEndEntryData } from './afterEndRecord.js';
import { inPublishedOrder } from './publishedBallots.js';
import { voteEntryData } from './voteRecord.js';
import { type VoteReportLabels, voteReportLabels } from './voteReportLabels.js';

/** A block as the report is written (column widths and alignment may be left to their defaults). */
type ReportBlock = ReportDocumentInput['blocks'][number];

export interface VoteReportOptions extends ReportOptions {
  /** The meeting the vote was held in: the room's title when the meeting started; absent or null when not known. */
  readonly meeting?: string | null;
}

/**
 * The vote report of an ended vote, built from its signed record (`voteDocument`) and nothing else, so the PDF says
 * exactly what the verifiable JSON protocol says (besides the meeting it was held in, from `options`): the parameters,
 * who led it, start, end and why, eligible count and turnout, the results, every ballot (names with the time cast, or
 * a pseudonymous vote's tokens sorted and without times), the event log (joins, leaves, problems, refusals, numbered
 * 1 to n) and the chain head, signature and key fingerprint to check it with `plenum verify-vote`. A cancelled vote has
 * no result: its report says so, with the reason, instead of the counts its record keeps (the ballots and the log
 * stay). Ballots after the end (`afterEnd`, the vote's after-the-end log) are listed as refused at the end of the event
 * log, and the log's head is given under the verification. Throws when the record does not begin with a vote's start.
 */
export function voteReport(
  document: AuditDocument,
  options: VoteReportOptions,
  afterEnd: AuditDocument | null = null,
): ReportDocumentInput {
  const l = voteReportLabels[options.language];
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  const locale = reportLabels[options.language].locale;
  const clock = reportClock(options.language, timeZone);
  const time = (iso: string): string => clock.dateTime(iso, { seconds: true });
  const entries = document.entries;
  const first = entries[0];
  const started = voteEntryData.started.safeParse(first?.data);
  if (first?.kind !== 'started' || !started.success) throw new Error('the record does not begin with a vote start');
  const vote = started.data;
  const last = entries.at(-1);
  const endedParse = last?.kind === 'ended' ? voteEntryData.ended.safeParse(last.data) : undefined;
  const ended = endedParse?.success ? endedParse.data : undefined;

  const parameters: { label: string; value: string }[] = [];
  const meeting = cleanReportLine(options.meeting ?? '').trim();
  if (meeting !== '') parameters.push({ label: l.meeting, value: meeting });
  if (vote.topic !== null) parameters.push({ label: l.topic, value: vote.topic });
  parameters.push(
    { label: l.kind, value: l.kinds[vote.kind] },
    {
      label: l.options,
      value: (vote.options.abstain ? (['yes', 'no', 'abstain'] as const) : (['yes', 'no'] as const))
        .map((c) => l.choices[c])
        .join(', '),
    },
    { label: l.ledBy, value: vote.initiator.name },
    { label: l.start, value: time(first.at) },
  );
  if (vote.endsAt !== null) parameters.push({ label: l.deadline, value: time(new Date(vote.endsAt).toISOString()) });
  parameters.push({ label: l.closeWhenAllVoted, value: l.yesNo(vote.closeWhenAllVoted) });
  if (last && ended) {
    parameters.push({ label: l.end, value: time(last.at) }, { label: l.endReason, value: l.endReasons[ended.reason] });
    if (ended.endedBy) parameters.push({ label: l.endedBy, value: ended.endedBy.name });
    if (ended.cancelReason !== null) parameters.push({ label: l.cancelReason, value: ended.cancelReason });
  }
  const tally = ended?.tally;
  const eligible = vote.eligible.length;
  parameters.push({ label: l.eligibleCount, value: String(eligible) });
  if (tally) {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
      eligible === 0 ? 0 : tally.ballots / eligible,
    );
    parameters.push({ label: l.turnout, value: l.turnoutOf(tally.ballots, eligible, percent) });
  }

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: l.report },
    { kind: 'heading', level: 2, text: vote.title },
    ...(vote.subtitle === null ? [] : [{ kind: 'paragraph' as const, text: vote.subtitle }]),
    { kind: 'heading', level: 2, text: l.parameters },
    { kind: 'keyValue', items: parameters },
  ];
  if (ended?.reason === 'cancelled' || ended?.reason === 'interrupted') {
    const none = ended.reason === 'cancelled' ? l.cancelledNoResult : l.interruptedNoResult;
    const why = ended.cancelReason === null ? '' : ` ${l.cancelReason}: ${ended.cancelReason}`;
    blocks.push({ kind: 'heading', level: 2, text: l.results }, { kind: 'paragraph', text: `${none}.${why}` });
  } else if (tally) {
    const choices: Choice[] = vote.options.abstain ? ['yes', 'no', 'abstain'] : ['yes', 'no'];
    blocks.push(
      { kind: 'heading', level: 2, text: l.results },
      {
        kind: 'table',
        columns: [
          { label: l.option, width: 3 },
          { label: l.votes, align: 'right' },
        ],
        rows: choices.map((c) => [l.choices[c], String(tally[c])]),
      },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: l.eligible },
    {
      kind: 'table',
      columns: [{ label: l.number }, { label: l.name, width: 8 }],
      rows: vote.eligible.map((v, i) => [String(i + 1), v.name]),
    },
    ...votingRecord(entries, vote.kind === 'pseudonymous', l, time),
    ...eventLog(entries, afterEnd, l, time),
    { kind: 'heading', level: 2, text: l.verification },
    {
      kind: 'keyValue',
      items: [
        { label: l.subject, value: document.subject },
        { label: l.entries, value: String(entries.length) },
        ...(afterEnd ? [{ label: l.afterEndEntries, value: String(afterEnd.entries.length) }] : []),
      ],
    },
    { kind: 'monospace', label: l.chainHead, text: document.head.hash },
    { kind: 'monospace', label: l.signature, text: document.signature.value },
    ...(afterEnd
      ? [
          { kind: 'monospace' as const, label: l.afterEndHead, text: afterEnd.head.hash },
          { kind: 'monospace' as const, label: l.afterEndSignature, text: afterEnd.signature.value },
        ]
      : []),
    { kind: 'monospace', label: l.fingerprint, text: publicKeyFingerprint(document.signature.publicKey) },
    { kind: 'paragraph', text: l.howToVerify },
  );
  return {
    metadata: {
      title: vote.title,
      subject: l.report,
      language: options.language,
      organisation: options.organisation,
      createdAt: options.createdAt,
      timeZone,
    },
    blocks,
  };
}

/** `voteReport` rendered as a tagged A4 PDF. Pass `fonts` loaded once per process to spare the font reads. */
export function renderVoteReport(
  document: AuditDocument,
  options: VoteReportOptions & { readonly fonts?: ReportFonts },
  afterEnd: AuditDocument | null = null,
): Promise<Buffer> {
  return renderPdf(voteReport(document, options, afterEnd), options.fonts ? { fonts: options.fonts } : {});
}

/**
 * Every counted ballot, numbered 1 to n: a roll call's names in the order cast, with the time; a pseudonymous vote's
 * tokens sorted and without times (see `inPublishedOrder`: order and time would tell, in a small body, whose token is
 * whose).
 */
function votingRecord(
  entries: readonly AuditEntry[],
  pseudonymous: boolean,
  l: VoteReportLabels,
  time: (iso: string) => string,
): ReportBlock[] {
  const cast: { readonly ballot: PublishedBallot; readonly at: string }[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'ballotCast') continue;
    const parsed = voteEntryData.ballotCast.safeParse(entry.data);
    if (!parsed.success) continue;
    const b = parsed.data;
    const ballot = 'token' in b ? { token: b.token, choice: b.choice } : { name: b.voter.name, choice: b.choice };
    cast.push({ ballot, at: entry.at });
  }
  const who = (b: PublishedBallot): string => ('token' in b ? b.token : b.name);
  const number = { label: l.number, align: 'right' as const };
  const choice = { label: l.choice, width: 2 };
  const table: ReportBlock = pseudonymous
    ? {
        kind: 'table',
        columns: [number, { label: l.token, width: 9 }, choice],
        rows: inPublishedOrder(
          'pseudonymous',
          cast.map((c) => c.ballot),
        ).map((b, i) => [String(i + 1), who(b), l.choices[b.choice]]),
      }
    : {
        kind: 'table',
        columns: [number, { label: l.time, width: 4 }, { label: l.voter, width: 5 }, choice],
        rows: cast.map((c, i) => [String(i + 1), time(c.at), who(c.ballot), l.choices[c.ballot.choice]]),
      };
  return [
    { kind: 'heading', level: 2, text: l.votingRecord },
    ...(pseudonymous ? [{ kind: 'paragraph' as const, text: l.pseudonymousNote }] : []),
    table,
  ];
}

/**
 * The facts besides ballots, start and end: joins, leaves, problem reports and refused ballots, then the ballots
 * refused after the end; numbered 1 to n as listed (the record's own entry numbers count ballots, start and end too).
 */
function eventLog(
  entries: readonly AuditEntry[],
  afterEnd: AuditDocument | null,
  l: VoteReportLabels,
  time: (iso: string) => string,
): ReportBlock[] {
  const rows: string[][] = [];
  const add = (at: string, row: readonly [string, string, string]): void => {
    rows.push([String(rows.length + 1), time(at), ...row]);
  };
  for (const entry of entries) {
    const row = eventRow(entry, l);
    if (row) add(entry.at, row);
  }
  for (const entry of afterEnd?.entries ?? []) {
    const d = entry.kind === 'ballotRefused' ? afterEndEntryData.ballotRefused.safeParse(entry.data) : undefined;
    if (d?.success) add(entry.at, [l.refused, d.data.name, l.afterTheEnd]);
  }
  return [
    { kind: 'heading', level: 2, text: l.eventLog },
    {
      kind: 'table',
      columns: [
        { label: l.number, align: 'right' },
        { label: l.time, width: 4 },
        { label: l.event, width: 3 },
        { label: l.name, width: 3 },
        { label: l.details, width: 4 },
      ],
      rows,
    },
  ];
}

function eventRow(entry: AuditEntry, l: VoteReportLabels): [string, string, string] | undefined {
  switch (entry.kind) {
    case 'participantJoined': {
      const d = voteEntryData.participantJoined.safeParse(entry.data);
      return d.success ? [l.joined, d.data.name, ''] : undefined;
    }
    case 'participantLeft': {
      const d = voteEntryData.participantLeft.safeParse(entry.data);
      if (!d.success) return undefined;
      const reasons: Readonly<Record<string, string>> = l.leaveReasons;
      return [
        l.left,
        d.data.name,
        Object.hasOwn(reasons, d.data.reason) ? (reasons[d.data.reason] ?? '') : d.data.reason,
      ];
    }
    case 'problemReported': {
      const d = voteEntryData.problemReported.safeParse(entry.data);
      if (!d.success) return undefined;
      const kind = l.problems[d.data.kind];
      return [l.problem, d.data.name, d.data.text === null ? kind : `${kind}: ${d.data.text}`];
    }
    case 'ballotRefused': {
      const d = voteEntryData.ballotRefused.safeParse(entry.data);
      return d.success ? [l.refused, d.data.name, l.refusals[d.data.reason]] : undefined;
    }
    default:
      return undefined;
  }
}
