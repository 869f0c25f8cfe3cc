export { announceTalkingStick, type TalkingStickAnnouncements } from './talkingStickAnnouncements.js';
export { talkingStickClient } from './talkingStickClient.js';
export { type StartChoice, type TalkingStickCommand, talkingStickCommands } from './talkingStickCommands.js';
export {
  initTalkingStick,
  isSpeaking,
  nominable,
  remainingMs,
  type TalkingStickJoinState,
  type TalkingStickState,
  talkingStickReducer,
  upcoming,
} from './talkingStickReducer.js';
