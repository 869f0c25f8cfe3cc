import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { CoreProtocol, ResumeTicket } from '../protocol.js';

export type CoreCommand = CommandOf<CoreProtocol>;

/** Puts one core command on the wire, wrapped in the `{ns:'core', ...}` envelope. */
export type SendCoreFrame = (frame: { readonly ns: 'core' } & CoreCommand) => void;

/** Typed senders for the core namespace. The transport is injected so they can be tested with a fake. */
export interface CoreCommands {
  /** `ticket` is the single-use access ticket from `POST /v1/rooms/{roomId}/tickets`. */
  join(displayName: string, ticket: string, resume?: ResumeTicket): void;
  leave(): void;
  /** Moderators only: gives `participantId` moderator rights. */
  promote(participantId: ParticipantId): void;
  /** Moderators only: takes moderator rights away (a moderator may demote themselves). */
  demote(participantId: ParticipantId): void;
  /**
   * Changes this participant's own display name (a valid `DisplayName`). Refused with `renameLocked` while moderators
   * lock self-renaming, unless this participant is owner or moderator; done, everyone gets `participantUpdated`.
   */
  rename(displayName: string): void;
}

export function createCoreCommands(send: SendCoreFrame): CoreCommands {
  return {
    join: (displayName, ticket, resume) =>
      send(
        resume
          ? { ns: 'core', action: 'join', displayName, ticket, resume }
          : { ns: 'core', action: 'join', displayName, ticket },
      ),
    leave: () => send({ ns: 'core', action: 'leave' }),
    promote: (participantId) => send({ ns: 'core', action: 'promote', participantId }),
    demote: (participantId) => send({ ns: 'core', action: 'demote', participantId }),
    rename: (displayName) => send({ ns: 'core', action: 'rename', displayName }),
  };
}
