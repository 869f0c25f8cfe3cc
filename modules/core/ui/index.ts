export type { CoreUiMessages } from './coreUiMessages.js';
export { initials } from './initials.js';
export { type ParticipantAction, ParticipantActions } from './ParticipantActions.js';
export { ParticipantList, type ParticipantListProps } from './ParticipantList.js';
