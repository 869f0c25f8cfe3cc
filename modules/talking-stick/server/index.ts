export { createTalkingStickModule, talkingStickModule } from './createTalkingStickModule.js';
export { cryptoRandomIndex, type RandomIndex, shuffle } from './shuffle.js';
export { type TalkingStickLoopback, TalkingStickModule } from './TalkingStickModule.js';
