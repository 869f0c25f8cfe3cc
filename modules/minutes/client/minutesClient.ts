import { defineClientModule } from '@plenum/client-kit';
import { type MinutesProtocol, minutesProtocol } from '../protocol.js';
import { announceMinutes, type MinutesAnnouncements } from './minutesAnnouncements.js';
import { initMinutes, minutesReducer } from './minutesReducer.js';
import type { MinutesState } from './minutesState.js';

/** The minutes module's client side: write access, concluded votes, the latest export, and the synced document. */
export const minutesClient = defineClientModule<MinutesProtocol, MinutesState, MinutesAnnouncements>({
  protocol: minutesProtocol,
  init: initMinutes,
  reduce: minutesReducer,
  announce: announceMinutes,
});
