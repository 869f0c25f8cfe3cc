export { ActionButton, type ActionButtonProps } from './ActionButton.js';
export { ActionDialog, type ActionDialogProps } from './ActionDialog.js';
export type { CoreUiMessages } from './coreUiMessages.js';
export { initials } from './initials.js';
export { actionButtonClass, inMenuOrder } from './menuOrder.js';
export { ParticipantActions } from './ParticipantActions.js';
export { type PanelFrameProps, ParticipantList, type ParticipantListProps } from './ParticipantList.js';
export type {
  ActionConfirm,
  ActionForm,
  CommandAction,
  ConfirmOption,
  FormAction,
  ParticipantAction,
} from './participantAction.js';
export { byRoom, compareGroups, inOwnGroup, ownGroup, type RoomOfPeople, selfFirst } from './participantGroups.js';
