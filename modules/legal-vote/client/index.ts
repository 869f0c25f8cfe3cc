export {
  KeptReceipt,
  KeptReceipts,
  MAX_KEPT_RECEIPTS,
  noReceiptKeeper,
  RECEIPTS_STORAGE_KEY,
  type ReceiptKeeper,
  sessionReceipts,
  withKeptReceipt,
} from './keptReceipts.js';
export { announceLegalVote, type LegalVoteAnnouncements } from './legalVoteAnnouncements.js';
export { legalVoteClient, legalVoteClientWith } from './legalVoteClient.js';
export { cancelVote, castBallot, reportProblem, startVote, stopVote, type VoteDraft } from './legalVoteCommands.js';
export {
  type EndedVote,
  initLegalVote,
  type LegalVoteJoinState,
  type LegalVoteState,
  legalVoteReducer,
  namedEligible,
  type RunningVote,
  tallyOf,
  type VoteFiles,
} from './legalVoteReducer.js';
export { receiptFileName, receiptJson } from './receiptFile.js';
export {
  cancelReasonProblem,
  type DraftProblem,
  durationFromMinutes,
  MAX_DURATION_MINUTES,
  type ReasonProblem,
  voteDraftProblem,
} from './voteDraftProblem.js';
export { type VoterEligibility, voterEligibility } from './voterEligibility.js';
