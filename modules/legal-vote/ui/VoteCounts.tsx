import type { Choice } from '../protocol.js';

export interface VoteCountsProps {
  readonly counts: Readonly<Record<Choice, number>>;
  /** Whether abstain was offered: without it, its (zero) count is not shown. */
  readonly abstain: boolean;
  readonly choiceNames: Readonly<Record<Choice, string>>;
  /** One choice's count in words: "Yes: 5". */
  readonly countText: (choice: string, count: number) => string;
  readonly label: string;
}

/** The counts per choice as a labelled list with the numbers written out (no bars or colours to decode). */
export function VoteCounts({ counts, abstain, choiceNames, countText, label }: VoteCountsProps) {
  const choices: readonly Choice[] = abstain ? ['yes', 'no', 'abstain'] : ['yes', 'no'];
  return (
    <ul className="vote-counts" aria-label={label}>
      {choices.map((choice) => (
        <li key={choice}>{countText(choiceNames[choice], counts[choice])}</li>
      ))}
    </ul>
  );
}
