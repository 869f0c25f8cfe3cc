export { announceRaiseHands, type RaiseHandsAnnouncements } from './raiseHandsAnnouncements.js';
export { raiseHandsClient } from './raiseHandsClient.js';
export { raiseHandsCommands } from './raiseHandsCommands.js';
export {
  handsElsewhere,
  initRaiseHands,
  isRaised,
  queuePosition,
  type RaiseHandsJoinState,
  type RaiseHandsState,
  raiseHandsReducer,
} from './raiseHandsReducer.js';
