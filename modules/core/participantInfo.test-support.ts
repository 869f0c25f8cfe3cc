import type { ParticipantId } from '@plenum/protocol';
import type { ParticipantInfo } from './protocol.js';

/**
 * A test's roster entry: an online, registered participant in a browser who joined at 1, in the main room, with the
 * microphone but not the screen allowed; `over` sets whatever a test needs otherwise.
 */
export function participantInfo(id: string, displayName: string, over: Partial<ParticipantInfo> = {}): ParticipantInfo {
  return {
    id: id as ParticipantId,
    displayName,
    role: 'participant',
    kind: 'browser',
    registered: true,
    presence: 'online',
    joinedAt: 1,
    permissions: { microphone: true, screen: false },
    group: null,
    ...over,
  };
}
