import { defineClientModule } from '@plenum/client-kit';
import { type ModerationProtocol, moderationProtocol } from '../protocol.js';
import { announceModeration, type ModerationAnnouncements } from './moderationAnnouncements.js';
import { initModeration, type ModerationState, moderationReducer } from './moderationReducer.js';

/** Moderation's client side: microphone restrictions for everyone, notices for the muted and for refusals. */
export const moderationClient = defineClientModule<ModerationProtocol, ModerationState, ModerationAnnouncements>({
  protocol: moderationProtocol,
  init: initModeration,
  reduce: moderationReducer,
  announce: announceModeration,
});
