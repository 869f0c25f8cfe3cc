import { defineClientModule } from '@plenum/client-kit';
import { type LegalVoteProtocol, legalVoteProtocol } from '../protocol.js';
import { type ReceiptKeeper, sessionReceipts } from './keptReceipts.js';
import { announceLegalVote, type LegalVoteAnnouncements } from './legalVoteAnnouncements.js';
import { initLegalVote, type LegalVoteState, legalVoteReducer } from './legalVoteReducer.js';

/**
 * The legal-vote module's client side with its receipts kept in `keeper`: the running vote with this client's ballot
 * and receipt, the latest result. A fresh join reads the kept receipts; every receipt that arrives is kept.
 */
export function legalVoteClientWith(keeper: ReceiptKeeper) {
  return defineClientModule<LegalVoteProtocol, LegalVoteState, LegalVoteAnnouncements>({
    protocol: legalVoteProtocol,
    init: (join, context, previous) => initLegalVote(join, context, previous?.kept ?? keeper.load()),
    reduce: (state, input, context) => {
      const next = legalVoteReducer(state, input, context);
      if (next.kept !== state.kept) keeper.save(next.kept);
      return next;
    },
    announce: announceLegalVote,
  });
}

/** The legal-vote module's client side, keeping receipts in the tab's session storage (`sessionReceipts`). */
export const legalVoteClient = legalVoteClientWith(sessionReceipts());
