export { BallotConfirm, type BallotConfirmProps, BallotDialog, type BallotDialogProps } from './BallotDialog.js';
export { LegalVotePanel, type LegalVotePanelProps } from './LegalVotePanel.js';
export { type LegalVoteMessages, legalVoteMessages } from './legalVoteMessages.js';
export { legalVoteUi } from './legalVoteUi.js';
export { RunningVoteView, type RunningVoteViewProps } from './RunningVoteView.js';
export { StartVoteForm, type StartVoteFormProps } from './StartVoteForm.js';
export { VoteReceiptView, type VoteReceiptViewProps } from './VoteReceiptView.js';
export { VoteResultView, type VoteResultViewProps } from './VoteResultView.js';
