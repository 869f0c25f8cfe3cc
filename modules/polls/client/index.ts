export { type DraftProblem, draftProblem } from './pollDraftProblem.js';
export { announcePolls, type PollsAnnouncements } from './pollsAnnouncements.js';
export { pollsClient } from './pollsClient.js';
export { endPoll, type PollDraft, startPoll, votePoll } from './pollsCommands.js';
export {
  type EndedPoll,
  eligibleVoters,
  initPolls,
  type PollsJoinState,
  type PollsState,
  pollsReducer,
  seesCounts,
} from './pollsReducer.js';
