import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { Self } from './Self.js';

/**
 * What a module's pure functions may read besides their own state: this client and the core
 * roster (join order, this client included when listed). Both are the state *after* the core
 * frame that caused the call.
 */
export interface ModuleContext {
  readonly self: Self;
  readonly participants: readonly ParticipantInfo[];
  /**
   * This device's clock (`Date.now()`) when the input arrived, so that a module can pair a server time the frame
   * carried with it and learn the server's clock once per frame (`clockFrom`). The host always passes it.
   */
  readonly receivedAt?: number;
}

/** The display name of `participantId` in the roster, or '' when unknown (e.g. already gone). */
export function nameOf(context: ModuleContext, participantId: string): string {
  return context.participants.find((p) => p.id === participantId)?.displayName ?? '';
}
