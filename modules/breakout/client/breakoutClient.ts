import { defineClientModule } from '@plenum/client-kit';
import { type BreakoutProtocol, breakoutProtocol } from '../protocol.js';
import { announceBreakout, type BreakoutAnnouncements } from './breakoutAnnouncements.js';
import { type BreakoutState, breakoutReducer, initBreakout } from './breakoutReducer.js';

/** The breakout module's client side: the running rooms, who is where, the message and the countdown. */
export const breakoutClient = defineClientModule<BreakoutProtocol, BreakoutState, BreakoutAnnouncements>({
  protocol: breakoutProtocol,
  init: initBreakout,
  reduce: breakoutReducer,
  announce: announceBreakout,
});
