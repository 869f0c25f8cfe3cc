import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { LobbyProtocol, WaitingRoomPolicy } from '../protocol.js';

export type LobbyCommand = CommandOf<LobbyProtocol>;

/** Puts one lobby command on the wire, wrapped in the `{ns:'lobby', ...}` envelope. */
export type SendLobbyFrame = (frame: { readonly ns: 'lobby' } & LobbyCommand) => void;

/** Typed senders for the lobby namespace (moderators only); the transport is injected. */
export interface LobbyCommands {
  admit(participantId: ParticipantId): void;
  admitAll(): void;
  reject(participantId: ParticipantId): void;
  sendToWaitingRoom(participantId: ParticipantId): void;
  setWaitingRoom(policy: WaitingRoomPolicy): void;
}

export function createLobbyCommands(send: SendLobbyFrame): LobbyCommands {
  return {
    admit: (participantId) => send({ ns: 'lobby', action: 'admit', participantId }),
    admitAll: () => send({ ns: 'lobby', action: 'admitAll' }),
    reject: (participantId) => send({ ns: 'lobby', action: 'reject', participantId }),
    sendToWaitingRoom: (participantId) => send({ ns: 'lobby', action: 'sendToWaitingRoom', participantId }),
    setWaitingRoom: (policy) => send({ ns: 'lobby', action: 'setWaitingRoom', policy }),
  };
}
