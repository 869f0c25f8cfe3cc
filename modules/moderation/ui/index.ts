export { ConfirmButton, type ConfirmButtonProps } from './ConfirmButton.js';
export { ModerationTools, type ModerationToolsProps } from './ModerationTools.js';
export { type ModerationMessages, moderationMessages } from './moderationMessages.js';
export { moderationUi } from './moderationUi.js';
export type { ModerationUiMessages } from './moderationUiMessages.js';
