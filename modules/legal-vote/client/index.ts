export { announceLegalVote, type LegalVoteAnnouncements } from './legalVoteAnnouncements.js';
export { legalVoteClient } from './legalVoteClient.js';
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
