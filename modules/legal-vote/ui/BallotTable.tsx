import type { Choice, PublishedBallot } from '../protocol.js';
import type { VotePanelMessages } from './legalVoteMessages.js';

export interface BallotTableProps {
  readonly ballots: readonly PublishedBallot[];
  readonly caption: string;
  readonly choiceNames: Readonly<Record<Choice, string>>;
  readonly messages: Pick<VotePanelMessages, 'voterColumn' | 'tokenColumn' | 'choiceColumn' | 'noBallotsYet'>;
}

/**
 * Published ballots in the order cast, as a table with a caption: the voter's name (roll calls) or token
 * (pseudonymous) and the choice, written out (never a colour alone).
 */
export function BallotTable({ ballots, caption, choiceNames, messages }: BallotTableProps) {
  if (ballots.length === 0) return <p className="vote-panel__note">{messages.noBallotsYet}</p>;
  const byToken = ballots.some((b) => 'token' in b);
  // Tokens are unique; names may repeat (two people called Anna), so the n-th ballot of a name is told apart by n.
  const seen = new Map<string, number>();
  const keys = ballots.map((b) => {
    const id = 'token' in b ? `t:${b.token}` : `n:${b.name}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return `${id}#${n}`;
  });
  return (
    <table className="vote-ballots">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{byToken ? messages.tokenColumn : messages.voterColumn}</th>
          <th scope="col">{messages.choiceColumn}</th>
        </tr>
      </thead>
      <tbody>
        {ballots.map((ballot, index) => (
          <tr key={keys[index]}>
            <td>{'token' in ballot ? <code>{ballot.token}</code> : ballot.name}</td>
            <td>{choiceNames[ballot.choice]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
