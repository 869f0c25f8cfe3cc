import { z } from 'zod';
import { Choice, VoteReceipt } from '../protocol.js';

/** A receipt this tab received, with the choice it confirms: enough to show it again after a reload. */
export const KeptReceipt = z.object({ receipt: VoteReceipt, choice: Choice });
export type KeptReceipt = z.infer<typeof KeptReceipt>;

/** The receipts this tab received, by vote id. */
export const KeptReceipts = z.record(z.string(), KeptReceipt);
export type KeptReceipts = Readonly<Record<string, KeptReceipt>>;

/** At most this many receipts are kept (the latest ones): a tab sees few votes, a stored list must not grow forever. */
export const MAX_KEPT_RECEIPTS = 50;

/**
 * Where this tab keeps its receipts across a reload or a new run of the room (the server keeps no voter's receipt
 * after the end). The browser's port is `sessionReceipts`; tests pass a memory one.
 */
export interface ReceiptKeeper {
  /** The kept receipts; empty when there are none or they cannot be read. */
  load(): KeptReceipts;
  /** Replaces the kept receipts; a failure to keep them is ignored (the receipt still shows until the tab reloads). */
  save(receipts: KeptReceipts): void;
}

/** The key of this module's receipts in the tab's session storage. */
export const RECEIPTS_STORAGE_KEY = 'plenum.legal-vote.receipts';

type SessionStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Receipts in the tab's `sessionStorage`: they live as long as the tab, never in `localStorage`, so a shared computer
 * does not keep how someone voted beyond the tab. `storage` is looked up on each use (absent outside a browser, or
 * refused by the browser's privacy settings: then nothing is kept).
 */
export function sessionReceipts(
  storage: () => SessionStore | undefined = () => globalThis.sessionStorage,
): ReceiptKeeper {
  return {
    load: () => {
      try {
        const text = storage()?.getItem(RECEIPTS_STORAGE_KEY);
        if (!text) return {};
        const parsed = KeptReceipts.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : {};
      } catch {
        return {};
      }
    },
    save: (receipts) => {
      try {
        storage()?.setItem(RECEIPTS_STORAGE_KEY, JSON.stringify(receipts));
      } catch {
        // Full or refused: the receipt shows until the tab reloads.
      }
    },
  };
}

/** Keeps nothing (tests, and a host without storage). */
export const noReceiptKeeper: ReceiptKeeper = { load: () => ({}), save: () => undefined };

/** `receipts` with `kept` added (replacing one of the same vote), the oldest dropped beyond `MAX_KEPT_RECEIPTS`. */
export function withKeptReceipt(receipts: KeptReceipts, kept: KeptReceipt): KeptReceipts {
  const { [kept.receipt.voteId]: _replaced, ...others } = receipts;
  const entries = [...Object.entries(others), [kept.receipt.voteId, kept] as const];
  return Object.fromEntries(entries.slice(-MAX_KEPT_RECEIPTS));
}
