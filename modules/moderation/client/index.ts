export { announceModeration, type ModerationAnnouncements } from './moderationAnnouncements.js';
export { moderationClient } from './moderationClient.js';
export { moderationCommands } from './moderationCommands.js';
export {
  initModeration,
  isAllowed,
  type ModerationJoinState,
  type ModerationState,
  moderationReducer,
  restrictsSelf,
} from './moderationReducer.js';
export { mayModerate, mayRemove, mayRename } from './participantRules.js';
