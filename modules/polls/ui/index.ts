export { Ballot, type BallotProps } from './Ballot.js';
export { PollEndsAt, type PollEndsAtProps } from './PollEndsAt.js';
export { PollPanel, type PollPanelProps } from './PollPanel.js';
export { PollResults, type PollResultsProps } from './PollResults.js';
export { type PollPanelMessages, type PollsMessages, pollsMessages, type StartPollMessages } from './pollsMessages.js';
export { pollsUi } from './pollsUi.js';
export { StartPollForm, type StartPollFormProps } from './StartPollForm.js';
