import type { CommandOf } from '@plenum/protocol';
import type { Reaction, ReactionsProtocol } from '../protocol.js';

/** Typed builders of the reactions commands, for `send` of the client kit. */
export const reactionsCommands = {
  react: (reaction: Reaction): CommandOf<ReactionsProtocol> => ({ action: 'react', reaction }),
} as const;
