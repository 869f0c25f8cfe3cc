import { defineClientModule } from '@plenum/client-kit';
import { type PollsProtocol, pollsProtocol } from '../protocol.js';
import { announcePolls, type PollsAnnouncements } from './pollsAnnouncements.js';
import { initPolls, type PollsState, pollsReducer } from './pollsReducer.js';

/** The polls module's client side: the running poll, the own ballot, the latest result. */
export const pollsClient = defineClientModule<PollsProtocol, PollsState, PollsAnnouncements>({
  protocol: pollsProtocol,
  init: initPolls,
  reduce: pollsReducer,
  announce: announcePolls,
});
