export { announceTalkingStick, type TalkingStickAnnouncements } from './talkingStickAnnouncements.js';
export { talkingStickClient } from './talkingStickClient.js';
export { type StartChoice, type TalkingStickCommand, talkingStickCommands } from './talkingStickCommands.js';
export {
  initTalkingStick,
  isSpeaking,
  nominable,
  type TalkingStickJoinState,
  type TalkingStickState,
  talkingStickReducer,
  turnSecondsLeft,
  upcoming,
} from './talkingStickReducer.js';
