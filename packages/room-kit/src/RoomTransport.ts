import type { ConnectionId } from '@plenum/protocol';
import type { RemovalReason } from './Participant.js';

/**
 * Where the runtime's outbound frames go. The server implements it over WebSockets, the
 * TestRoom harness records them. A frame is serialised once and the same string is written
 * to every recipient.
 */
export interface RoomTransport {
  send(to: readonly ConnectionId[], frame: string): void;
  /**
   * Closes a connection from the server side after its last frame was sent. `rejected`: a
   * moderator turned the person away from the waiting room; the removal reasons: a moderator
   * took them out (`core.removed` was sent first).
   */
  close(connectionId: ConnectionId, reason: 'left' | 'removed' | 'roomClosed' | 'rejected' | RemovalReason): void;
}
