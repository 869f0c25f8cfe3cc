import type { ParticipantInfo } from '@plenum/module-core/protocol';

/** The display name of `id` in the roster, or `fallback` for someone no longer in it. */
export function participantName(participants: readonly ParticipantInfo[], id: string, fallback: string): string {
  return participants.find((p) => p.id === id)?.displayName ?? fallback;
}
