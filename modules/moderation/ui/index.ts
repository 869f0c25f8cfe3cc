export { type ModerationMessages, moderationMessages } from './moderationMessages.js';
export { moderationUi } from './moderationUi.js';
export type { ModerationUiMessages } from './moderationUiMessages.js';
