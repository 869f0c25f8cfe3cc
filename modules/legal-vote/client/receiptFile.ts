import type { VoteReceipt } from '../protocol.js';

/**
 * The receipt as the voter keeps it: exactly the fields `plenum verify-vote <protocol.json> <receipt.json>` reads
 * (vote id, record subject, entry hash, and the token of a pseudonymous vote), as pretty JSON. Not the choice: the
 * record holds it under the entry hash, and a file that named it would tell anyone who sees it how this person voted.
 */
export function receiptJson(receipt: VoteReceipt): string {
  const { voteId, subject, entryHash, token } = receipt;
  return `${JSON.stringify({ voteId, subject, entryHash, ...(token === undefined ? {} : { token }) }, null, 2)}\n`;
}

/** The download's file name: `vote-receipt-<vote id>.json` (vote ids are safe in file names). */
export function receiptFileName(receipt: Pick<VoteReceipt, 'voteId'>): string {
  return `vote-receipt-${receipt.voteId}.json`;
}
