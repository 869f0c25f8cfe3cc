import type { ConcludedVote, NamedBallot } from '@plenum/room-kit/facts';

type Language = 'de' | 'en';

/** How a vote ends without a result: cancelled by the chair, by the room's close, or interrupted (server restart). */
type Unfinished = Extract<ConcludedVote['reason'], 'cancelled' | 'roomClosed' | 'interrupted'>;

const unfinished: ReadonlySet<ConcludedVote['reason']> = new Set<Unfinished>([
  'cancelled',
  'roomClosed',
  'interrupted',
]);

interface Words {
  readonly yes: string;
  readonly no: string;
  readonly abstain: string;
  /** Before the names of the eligible who did not vote in a roll call. */
  readonly notVoted: string;
  readonly turnout: (cast: number, eligible: number) => string;
  /** What a vote without a result says instead of its counts. */
  readonly noResult: Readonly<Record<Unfinished, string>>;
  /** The same in a word or two, where a vote is named among others (`voteShortResult`). */
  readonly shortNoResult: Readonly<Record<Unfinished, string>>;
}

const words = {
  de: {
    yes: 'Ja',
    no: 'Nein',
    abstain: 'Enthaltung',
    notVoted: 'Nicht abgestimmt',
    turnout: (cast: number, eligible: number) =>
      `${cast} von ${eligible} Stimmberechtigten ${cast === 1 ? 'hat' : 'haben'} abgestimmt`,
    noResult: {
      cancelled: 'Kein Ergebnis: Die Abstimmung wurde abgebrochen.',
      roomClosed: 'Kein Ergebnis: Die Abstimmung wurde abgebrochen (Raum geschlossen).',
      interrupted: 'Kein Ergebnis: Die Abstimmung wurde unterbrochen.',
    },
    shortNoResult: { cancelled: 'abgebrochen', roomClosed: 'abgebrochen', interrupted: 'unterbrochen, kein Ergebnis' },
  },
  en: {
    yes: 'Yes',
    no: 'No',
    abstain: 'Abstain',
    notVoted: 'Did not vote',
    turnout: (cast: number, eligible: number) => `${cast} of ${eligible} eligible voted`,
    noResult: {
      cancelled: 'No result: the vote was cancelled.',
      roomClosed: 'No result: the vote was cancelled (room closed).',
      interrupted: 'No result: the vote was interrupted.',
    },
    shortNoResult: { cancelled: 'cancelled', roomClosed: 'cancelled', interrupted: 'interrupted, no result' },
  },
} as const satisfies Record<Language, Words>;

/** Whether the vote ended with a result: not cancelled (by the chair or the room's close) nor interrupted. */
export function hasVoteResult(vote: ConcludedVote): boolean {
  return !unfinished.has(vote.reason);
}

/**
 * A concluded vote's result in words, as minutes cite it: "Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12
 * Stimmberechtigten haben abgestimmt". A vote that was cancelled or interrupted has no result, and the text claims
 * none ("Kein Ergebnis: Die Abstimmung wurde abgebrochen."): its counts are not a result. The counts only: whether a
 * motion passed depends on the body's own majority rules, which the minutes' writer records.
 */
export function voteResultText(vote: ConcludedVote, language: Language): string {
  const w = words[language];
  if (!hasVoteResult(vote)) return w.noResult[vote.reason as Unfinished];
  const counts = [`${w.yes} ${vote.counts.yes}`, `${w.no} ${vote.counts.no}`];
  if (vote.counts.abstain !== null) counts.push(`${w.abstain} ${vote.counts.abstain}`);
  return `${counts.join(' · ')} — ${w.turnout(vote.cast, vote.eligible)}`;
}

/**
 * A concluded vote's end in short, to tell it from others of the same title: its counts yes:no:abstain ("7:2:1",
 * "7:2" when abstaining was not offered), or how it ended without a result ("abgebrochen" / "cancelled").
 */
export function voteShortResult(vote: ConcludedVote, language: Language): string {
  if (!hasVoteResult(vote)) return words[language].shortNoResult[vote.reason as Unfinished];
  const { yes, no, abstain } = vote.counts;
  return (abstain === null ? [yes, no] : [yes, no, abstain]).join(':');
}

/**
 * Whether a decision's recorded outcome is not backed by its linked vote: the vote has no result, or the outcome is
 * "adopted" while yes ≤ no, or "rejected" while yes > no (a simple majority of the votes cast; the body's own rules
 * may differ, so this is a hint, never a correction). Null when it is backed or no outcome is recorded.
 */
export function unbackedOutcome(
  vote: ConcludedVote,
  outcome: 'adopted' | 'rejected' | null,
): 'noResult' | 'adoptedWithoutMajority' | 'rejectedWithMajority' | null {
  if (outcome === null) return null;
  if (!hasVoteResult(vote)) return 'noResult';
  const majority = vote.counts.yes > vote.counts.no;
  if (outcome === 'adopted' && !majority) return 'adoptedWithoutMajority';
  if (outcome === 'rejected' && majority) return 'rejectedWithMajority';
  return null;
}

/**
 * A roll call's ballots by name, one line per choice, as minutes list them under its result: "Ja: Anna Amtsrat, Ben
 * Berger", "Nein: —", "Enthaltung: …" (when abstaining was offered), then "Nicht abgestimmt: …" when the vote names
 * who did not vote and someone did not. Names sorted within a line. Null when there is nothing to list: a vote
 * without a result, or one that names no one (pseudonymous votes never do).
 */
export function rollCallLines(vote: ConcludedVote, language: Language): string[] | null {
  if (!hasVoteResult(vote) || vote.roll === undefined) return null;
  const w = words[language];
  const { ballots, notVoted } = vote.roll;
  const line = (label: string, names: readonly string[]): string =>
    `${label}: ${names.length === 0 ? '—' : [...names].sort((a, b) => a.localeCompare(b, language)).join(', ')}`;
  const of = (choice: NamedBallot['choice']): string[] => ballots.filter((b) => b.choice === choice).map((b) => b.name);
  const lines = [line(w.yes, of('yes')), line(w.no, of('no'))];
  if (vote.counts.abstain !== null) lines.push(line(w.abstain, of('abstain')));
  if (notVoted !== null && notVoted.length > 0) lines.push(line(w.notVoted, notVoted));
  return lines;
}
