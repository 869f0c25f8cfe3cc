import { defineClientModule } from '@plenum/client-kit';
import { type TimerProtocol, timerProtocol } from '../protocol.js';
import { announceTimer, type TimerAnnouncements } from './timerAnnouncements.js';
import { initTimer, type TimerState, timerReducer } from './timerReducer.js';

/** The timer module's client side: the running timer, the ready check, the server's clock. */
export const timerClient = defineClientModule<TimerProtocol, TimerState, TimerAnnouncements>({
  protocol: timerProtocol,
  init: initTimer,
  reduce: timerReducer,
  announce: announceTimer,
});
