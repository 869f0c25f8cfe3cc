import { defineClientModule } from '@plenum/client-kit';
import { type TalkingStickProtocol, talkingStickProtocol } from '../protocol.js';
import { announceTalkingStick, type TalkingStickAnnouncements } from './talkingStickAnnouncements.js';
import { initTalkingStick, type TalkingStickState, talkingStickReducer } from './talkingStickReducer.js';

/** The talking stick's client side: the running speaker list for everyone, and what to announce. */
export const talkingStickClient = defineClientModule<
  TalkingStickProtocol,
  TalkingStickState,
  TalkingStickAnnouncements
>({
  protocol: talkingStickProtocol,
  init: initTalkingStick,
  reduce: talkingStickReducer,
  announce: announceTalkingStick,
});
