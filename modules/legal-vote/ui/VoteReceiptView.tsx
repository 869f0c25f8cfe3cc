import { focusFellToPage } from '@plenum/client-kit/ui';
import { type RefObject, useId, useLayoutEffect, useRef, useState } from 'react';
import type { VoteReceipt } from '../protocol.js';
import type { ReceiptMessages } from './legalVoteMessages.js';
import { copyReceipt, downloadReceipt } from './saveReceipt.js';

/** Which control of a vote's receipt had focus when its view went away (the vote ended and its result shows it). */
export interface ReceiptFocus {
  readonly voteId: string;
  readonly control: string;
}

export interface VoteReceiptViewProps {
  readonly receipt: VoteReceipt;
  /** The vote's title: the receipt is named by it ("Your receipt: <title>"). */
  readonly title: string;
  readonly messages: ReceiptMessages;
  /**
   * Shared by the running vote's receipt and the result's: the one going away notes its focused control here, the one
   * coming for the same vote takes focus on the same control, so focus stays put when the vote ends.
   */
  readonly focusCarry?: RefObject<ReceiptFocus | null> | undefined;
  /** The heading, for the panel to move focus to when the receipt arrives after the ballot dialog closed. */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Injected for tests; the browser's clipboard and download by default. */
  readonly copy?: (receipt: VoteReceipt) => Promise<boolean>;
  readonly download?: (receipt: VoteReceipt) => void;
}

/** Where a receipt control with this name is, for carrying focus over to it. */
const controlSelector = (control: string) => `[data-receipt-control="${control}"]`;

/**
 * This voter's receipt: vote id, the ballot's entry hash and (pseudonymous votes) the token, as a description list of
 * selectable text, with "Copy receipt" and "Download receipt (JSON)" (the file `plenum verify-vote` reads). Whether
 * copying worked is said in a status line (polite). It is named by the vote's title, as an old result's receipt may be
 * shown next to the running vote's; when the vote ends, focus on its heading or a button moves to the same one in the
 * result (see `focusCarry`).
 */
export function VoteReceiptView({
  receipt,
  title,
  messages,
  focusCarry,
  headingRef,
  copy = copyReceipt,
  download = downloadReceipt,
}: VoteReceiptViewProps) {
  const headingId = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  const section = useRef<HTMLElement>(null);
  const { voteId } = receipt;
  // Layout effects: the going view's cleanup runs while its controls are still in the page, the coming view's setup
  // before the panel's own check for focus that fell to the page.
  useLayoutEffect(() => {
    const own = section.current;
    const carried = focusCarry?.current;
    if (focusCarry && carried?.voteId === voteId) {
      focusCarry.current = null;
      const active = document.activeElement;
      if (focusFellToPage(active, document.body) || !active?.isConnected)
        own?.querySelector<HTMLElement>(controlSelector(carried.control))?.focus({ preventScroll: true });
    }
    return () => {
      const active = document.activeElement;
      const control =
        active instanceof HTMLElement && own?.contains(active) ? active.dataset.receiptControl : undefined;
      if (focusCarry && control !== undefined) focusCarry.current = { voteId, control };
    };
  }, [voteId, focusCarry]);
  return (
    <section ref={section} className="vote-receipt" aria-labelledby={headingId}>
      <h3
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="vote-receipt__heading"
        data-receipt-control="heading"
      >
        {messages.heading(title)}
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
          data-receipt-control="copy"
          onClick={() => {
            void copy(receipt).then(setCopied);
          }}
        >
          {messages.copy}
        </button>
        <button
          type="button"
          className="button button--small"
          data-receipt-control="download"
          onClick={() => download(receipt)}
        >
          {messages.download}
        </button>
      </div>
      <p className="vote-panel__note" role="status">
        {copied === null ? '' : copied ? messages.copied : messages.copyFailed}
      </p>
    </section>
  );
}
