export { ReactionBadge, type ReactionBadgeProps } from './ReactionBadge.js';
export { ReactionIcon } from './ReactionIcon.js';
export { ReactionPicker, type ReactionPickerProps } from './ReactionPicker.js';
export { type ReactionsMessages, reactionsMessages } from './reactionsMessages.js';
export { reactionsUi } from './reactionsUi.js';
export type { ReactionsUiMessages } from './reactionsUiMessages.js';
