import type { CommandOf } from '@plenum/protocol';
import type { CoreProtocol, ResumeTicket } from '../protocol.js';

export type CoreCommand = CommandOf<CoreProtocol>;

/** Puts one core command on the wire, wrapped in the `{ns:'core', ...}` envelope. */
export type SendCoreFrame = (frame: { readonly ns: 'core' } & CoreCommand) => void;

/** Typed senders for the core namespace. The transport is injected so they can be tested with a fake. */
export interface CoreCommands {
  join(displayName: string, resume?: ResumeTicket): void;
  leave(): void;
}

export function createCoreCommands(send: SendCoreFrame): CoreCommands {
  return {
    join: (displayName, resume) =>
      send(resume ? { ns: 'core', action: 'join', displayName, resume } : { ns: 'core', action: 'join', displayName }),
    leave: () => send({ ns: 'core', action: 'leave' }),
  };
}
