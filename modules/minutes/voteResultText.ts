import type { ConcludedVote } from '@plenum/room-kit/facts';

type Language = 'de' | 'en';

const words = {
  de: {
    yes: 'Ja',
    no: 'Nein',
    abstain: 'Enthaltung',
    turnout: (cast: number, eligible: number) =>
      `${cast} von ${eligible} Stimmberechtigten ${cast === 1 ? 'hat' : 'haben'} abgestimmt`,
    reason: { cancelled: 'abgebrochen', roomClosed: 'abgebrochen (Raum geschlossen)', interrupted: 'unterbrochen' },
  },
  en: {
    yes: 'Yes',
    no: 'No',
    abstain: 'Abstain',
    turnout: (cast: number, eligible: number) => `${cast} of ${eligible} eligible voted`,
    reason: { cancelled: 'cancelled', roomClosed: 'cancelled (room closed)', interrupted: 'interrupted' },
  },
} as const;

/**
 * A concluded vote's result in words, as minutes cite it: "Ja 7 · Nein 2 · Enthaltung 1 — 10 von 12
 * Stimmberechtigten haben abgestimmt", with "(abgebrochen)" or "(unterbrochen)" when it did not end regularly. The
 * counts only: whether a motion passed depends on the body's own majority rules, which the minutes' writer records.
 */
export function voteResultText(vote: ConcludedVote, language: Language): string {
  const w = words[language];
  const counts = [`${w.yes} ${vote.counts.yes}`, `${w.no} ${vote.counts.no}`];
  if (vote.counts.abstain !== null) counts.push(`${w.abstain} ${vote.counts.abstain}`);
  const text = `${counts.join(' · ')} — ${w.turnout(vote.cast, vote.eligible)}`;
  const reason = vote.reason in w.reason ? w.reason[vote.reason as keyof typeof w.reason] : null;
  return reason === null ? text : `${text} (${reason})`;
}
