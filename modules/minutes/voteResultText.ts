import type { ConcludedVote } from '@plenum/room-kit/facts';

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
  readonly turnout: (cast: number, eligible: number) => string;
  /** What a vote without a result says instead of its counts. */
  readonly noResult: Readonly<Record<Unfinished, string>>;
}

const words = {
  de: {
    yes: 'Ja',
    no: 'Nein',
    abstain: 'Enthaltung',
    turnout: (cast: number, eligible: number) =>
      `${cast} von ${eligible} Stimmberechtigten ${cast === 1 ? 'hat' : 'haben'} abgestimmt`,
    noResult: {
      cancelled: 'Kein Ergebnis: Die Abstimmung wurde abgebrochen.',
      roomClosed: 'Kein Ergebnis: Die Abstimmung wurde abgebrochen (Raum geschlossen).',
      interrupted: 'Kein Ergebnis: Die Abstimmung wurde unterbrochen.',
    },
  },
  en: {
    yes: 'Yes',
    no: 'No',
    abstain: 'Abstain',
    turnout: (cast: number, eligible: number) => `${cast} of ${eligible} eligible voted`,
    noResult: {
      cancelled: 'No result: the vote was cancelled.',
      roomClosed: 'No result: the vote was cancelled (room closed).',
      interrupted: 'No result: the vote was interrupted.',
    },
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
