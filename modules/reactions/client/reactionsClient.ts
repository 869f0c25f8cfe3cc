import { defineClientModule } from '@plenum/client-kit';
import { type ReactionsProtocol, reactionsProtocol } from '../protocol.js';
import { announceReactions, type ReactionsAnnouncements } from './reactionsAnnouncements.js';
import { initReactions, type ReactionsState, reactionsReducer } from './reactionsReducer.js';

/** The client side of reactions: each participant's latest reaction, and coalesced announcements. */
export const reactionsClient = defineClientModule<ReactionsProtocol, ReactionsState, ReactionsAnnouncements>({
  protocol: reactionsProtocol,
  init: initReactions,
  reduce: reactionsReducer,
  announce: announceReactions,
});
