export {
  announceBreakout,
  type BreakoutAnnouncements,
  type BreakoutErrorCode,
  limitOf,
  type RoomLabel,
} from './breakoutAnnouncements.js';
export { breakoutClient } from './breakoutClient.js';
export { breakoutCommands, checkStart, resizeNames, type StartForm, startCommand } from './breakoutCommands.js';
export {
  type BreakoutJoinState,
  type BreakoutSession,
  type BreakoutState,
  breakoutReducer,
  initBreakout,
  membersOf,
  roomOf,
} from './breakoutReducer.js';
