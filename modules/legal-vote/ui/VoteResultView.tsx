import { type RefObject, useId } from 'react';
import type { EndedVote } from '../client/legalVoteReducer.js';
import { BallotTable } from './BallotTable.js';
import type { VotePanelMessages } from './legalVoteMessages.js';
import { VoteCounts } from './VoteCounts.js';
import { type ReceiptFocus, VoteReceiptView } from './VoteReceiptView.js';

/** Where the server serves a meeting asset (it checks who may download it). */
const assetUrl = (assetId: string) => `/v1/assets/${encodeURIComponent(assetId)}`;

export interface VoteResultViewProps {
  readonly last: EndedVote;
  readonly messages: VotePanelMessages;
  /** See `VoteReceiptView`: focus on the running vote's receipt moves to this one. */
  readonly receiptFocus?: RefObject<ReceiptFocus | null> | undefined;
}

/**
 * The final result of the latest vote: why it ended (and the cancel reason), the counts (abstain only when it was
 * offered), the turnout, every published ballot (names or tokens), the signed record's head,
 * links to the stored protocol (JSON) and report (PDF) once they are stored, and this client's own vote with its
 * receipt, kept after the end. A cancelled or interrupted vote has no result: it says so (with the reason), without
 * counts, turnout, ballots or the own choice; the record's head, the files and the receipt stay for audit.
 */
export function VoteResultView({ last, messages, receiptFocus }: VoteResultViewProps) {
  const { result, mine } = last;
  const m = messages.result;
  const headingId = useId();
  const noResult =
    result.reason === 'cancelled'
      ? { heading: m.cancelledHeading, text: m.cancelledNoResult }
      : result.reason === 'interrupted'
        ? { heading: m.interruptedHeading, text: m.interruptedNoResult }
        : null;
  return (
    <section className="vote-result" aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-result__heading">
        {noResult ? noResult.heading(result.title) : m.heading(result.title)}
      </h3>
      {noResult && <p className="vote-result__none">{noResult.text}</p>}
      {result.reason !== 'cancelled' && <p className="vote-panel__note">{m.reasons[result.reason]}</p>}
      {result.cancelReason !== null && <p className="vote-panel__note">{m.cancelledBecause(result.cancelReason)}</p>}
      {!noResult && (
        <>
          <VoteCounts
            counts={result.tally}
            abstain={result.options.abstain}
            choiceNames={messages.choices}
            countText={m.count}
            label={m.counts}
          />
          <p>{m.turnout(result.tally.ballots, result.tally.eligible)}</p>
          {mine?.choice != null && (
            <p className="vote-panel__mine">{messages.yourVote(messages.choices[mine.choice])}</p>
          )}
          <BallotTable
            ballots={result.ballots}
            caption={messages.ballotsHeading}
            choiceNames={messages.choices}
            messages={messages}
          />
        </>
      )}
      <p className="vote-panel__note vote-panel__hash">
        {result.record ? m.recordHead(result.record.hash) : m.noRecord}
      </p>
      {last.files?.state === 'ready' && (
        <ul className="vote-result__files">
          <li>
            <a href={assetUrl(last.files.protocolAssetId)} download>
              {m.downloadProtocol}
            </a>
          </li>
          <li>
            <a href={assetUrl(last.files.reportAssetId)} download>
              {m.downloadReport}
            </a>
          </li>
        </ul>
      )}
      {last.files?.state === 'failed' && (
        <>
          <p className="vote-panel__note">{m.filesFailed(last.files.reason, last.files.protocolAssetId !== null)}</p>
          {last.files.protocolAssetId !== null && (
            <ul className="vote-result__files">
              <li>
                <a href={assetUrl(last.files.protocolAssetId)} download>
                  {m.downloadProtocol}
                </a>
              </li>
            </ul>
          )}
        </>
      )}
      {mine?.receipt && (
        <VoteReceiptView
          receipt={mine.receipt}
          title={result.title}
          messages={messages.receipt}
          focusCarry={receiptFocus}
        />
      )}
    </section>
  );
}
