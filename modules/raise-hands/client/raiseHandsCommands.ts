import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { RaiseHandsProtocol } from '../protocol.js';

type Command = CommandOf<RaiseHandsProtocol>;

/** Typed builders of every raise-hands command, for `send` of the client kit. */
export const raiseHandsCommands = {
  raise: (): Command => ({ action: 'raise' }),
  lower: (): Command => ({ action: 'lower' }),
  /** Moderators only: lowers someone else's hand. */
  lowerHand: (participantId: ParticipantId): Command => ({ action: 'lowerHand', participantId }),
  /** Moderators only. */
  lowerAll: (): Command => ({ action: 'lowerAll' }),
  /** Raise when down, lower when up: what the toolbar toggle sends. */
  toggle: (raised: boolean): Command => (raised ? { action: 'lower' } : { action: 'raise' }),
} as const;
