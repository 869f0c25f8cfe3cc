export {
  type AfterEndCheck,
  type AfterEndEntryData,
  type AfterEndEntryKind,
  afterEndEntryData,
  afterEndFollows,
  afterEndStream,
  afterEndSubject,
  MAX_RECORDED_REFUSALS_AFTER_END,
  readAfterEndDocument,
} from './afterEndRecord.js';
export { type LegalVoteLoopback, LegalVoteModule, legalVoteModule } from './LegalVoteModule.js';
export { recoverOpenVotes } from './recoverOpenVotes.js';
export {
  exportVote,
  legalVoteRecords,
  readVoteRecord,
  resultFromRecord,
  type StoredVote,
  voteDocument,
  votesOf,
} from './voteDocument.js';
export { AFTER_END_SECTION, serializeVoteProtocol, splitVoteProtocol, type VoteProtocol } from './voteProtocol.js';
export {
  INDEX_STREAM,
  type ResultsCheck,
  resultsFollowFromBallots,
  StoredVoteRecord,
  tallyBallots,
  type VoteEntryData,
  type VoteEntryKind,
  VoteIndexRecord,
  voteEntryData,
  voteStream,
  voteSubject,
} from './voteRecord.js';
export { renderVoteReport, type VoteReportOptions, voteReport } from './voteReport.js';
