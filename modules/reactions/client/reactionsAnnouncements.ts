import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { Reaction, ReactionsProtocol } from '../protocol.js';
import { isAnnounced, type ReactionsState } from './reactionsReducer.js';

/** What reactions announce, with the parameters of each (the UI has the words). */
export type ReactionsAnnouncements = {
  /** Politely: "Bob: thumbs up", plus how many others' reactions were not read out since the last one. */
  readonly reacted: { readonly name: string; readonly reaction: Reaction; readonly more: number };
  /**
   * Moderators switched reactions off for everyone but themselves, or on again: a brief notice to those who lose or
   * get back the "Reactions" button, said politely to moderators (who keep it).
   */
  readonly switchedOff: Readonly<Record<string, never>>;
  readonly switchedOn: Readonly<Record<string, never>>;
  /**
   * A notice that counts down: too many reactions, `seconds` until the next one works. A later refusal replaces it
   * (one topic, the key), so refusals never stack.
   */
  readonly tooMany: { readonly seconds: number };
};

/**
 * Others' reactions are read out at most once per `announceEveryMs`; the ones in between are
 * counted into the next announcement, so a burst of 50 applauses is one sentence, not 50.
 */
export function announceReactions(
  input: ModuleInput<ReactionsProtocol>,
  state: ReactionsState,
  context: ModuleContext,
): AnnouncementOf<ReactionsAnnouncements> | null {
  // `slowDown` is the module's only error.
  if (input.type === 'error')
    return {
      key: 'tooMany',
      params: { seconds: Math.ceil(input.error.retryAfterMs / 1000) },
      notice: true,
      countdown: true,
    };
  if (input.type !== 'event') return null;
  const event = input.event;
  switch (event.event) {
    case 'reacted':
      return isAnnounced(state, event, context)
        ? {
            key: 'reacted',
            params: { name: nameOf(context, event.participantId), reaction: event.reaction, more: state.unannounced },
          }
        : null;
    case 'availabilityChanged': {
      if (event.enabled === state.enabled) return null;
      const key = event.enabled ? 'switchedOn' : 'switchedOff';
      // One topic, so "switched on" replaces "switched off" on screen.
      return context.self.moderator
        ? { key, params: {}, topic: 'switch' }
        : { key, params: {}, notice: true, brief: true, topic: 'switch' };
    }
    default:
      return assertNever(event);
  }
}
