export { announceReactions, type ReactionsAnnouncements } from './reactionsAnnouncements.js';
export { reactionsClient } from './reactionsClient.js';
export { reactionsCommands } from './reactionsCommands.js';
export {
  expireReaction,
  initReactions,
  isAnnounced,
  type ReactionsJoinState,
  type ReactionsState,
  reactionsReducer,
  type ShownReaction,
} from './reactionsReducer.js';
