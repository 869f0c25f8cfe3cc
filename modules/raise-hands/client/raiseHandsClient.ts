import { defineClientModule } from '@plenum/client-kit';
import { type RaiseHandsProtocol, raiseHandsProtocol } from '../protocol.js';
import { announceRaiseHands, type RaiseHandsAnnouncements } from './raiseHandsAnnouncements.js';
import { initRaiseHands, type RaiseHandsState, raiseHandsReducer } from './raiseHandsReducer.js';

/** The client side of raise-hands: every raised hand in queue order, and what to announce. */
export const raiseHandsClient = defineClientModule<RaiseHandsProtocol, RaiseHandsState, RaiseHandsAnnouncements>({
  protocol: raiseHandsProtocol,
  init: initRaiseHands,
  reduce: raiseHandsReducer,
  announce: announceRaiseHands,
});
