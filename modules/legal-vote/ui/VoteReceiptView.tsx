import { type RefObject, useId, useState } from 'react';
import type { VoteReceipt } from '../protocol.js';
import type { ReceiptMessages } from './legalVoteMessages.js';
import { copyReceipt, downloadReceipt } from './saveReceipt.js';

export interface VoteReceiptViewProps {
  readonly receipt: VoteReceipt;
  readonly messages: ReceiptMessages;
  /** The heading, for the panel to move focus to when the receipt arrives after the ballot dialog closed. */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Injected for tests; the browser's clipboard and download by default. */
  readonly copy?: (receipt: VoteReceipt) => Promise<boolean>;
  readonly download?: (receipt: VoteReceipt) => void;
}

/**
 * This voter's receipt: vote id, the ballot's entry hash and (pseudonymous votes) the token, as a description list of
 * selectable text, with "Copy receipt" and "Download receipt (JSON)" (the file `plenum verify-vote` reads). Whether
 * copying worked is said in a status line (polite).
 */
export function VoteReceiptView({
  receipt,
  messages,
  headingRef,
  copy = copyReceipt,
  download = downloadReceipt,
}: VoteReceiptViewProps) {
  const headingId = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <section className="vote-receipt" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="vote-receipt__heading">
        {messages.heading}
      </h3>
      <p className="vote-panel__note">{messages.explained}</p>
      <dl className="vote-receipt__fields">
        <dt>{messages.voteId}</dt>
        <dd>
          <code>{receipt.voteId}</code>
        </dd>
        <dt>{messages.entryHash}</dt>
        <dd>
          <code>{receipt.entryHash}</code>
        </dd>
        {receipt.token !== undefined && (
          <>
            <dt>{messages.token}</dt>
            <dd>
              <code>{receipt.token}</code>
            </dd>
          </>
        )}
      </dl>
      <div className="vote-panel__buttons">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            void copy(receipt).then(setCopied);
          }}
        >
          {messages.copy}
        </button>
        <button type="button" className="button button--small" onClick={() => download(receipt)}>
          {messages.download}
        </button>
      </div>
      <p className="vote-panel__note" role="status">
        {copied === null ? '' : copied ? messages.copied : messages.copyFailed}
      </p>
    </section>
  );
}
