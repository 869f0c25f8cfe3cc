import { defineClientModule } from '@plenum/client-kit';
import { type LegalVoteProtocol, legalVoteProtocol } from '../protocol.js';
import { announceLegalVote, type LegalVoteAnnouncements } from './legalVoteAnnouncements.js';
import { initLegalVote, type LegalVoteState, legalVoteReducer } from './legalVoteReducer.js';

/** The legal-vote module's client side: the running vote with this client's ballot and receipt, the latest result. */
export const legalVoteClient = defineClientModule<LegalVoteProtocol, LegalVoteState, LegalVoteAnnouncements>({
  protocol: legalVoteProtocol,
  init: initLegalVote,
  reduce: legalVoteReducer,
  announce: announceLegalVote,
});
