import type { ParticipantInfo } from '@plenum/module-core/protocol';

/**
 * Whether a participant can be named eligible, by the server's rule: phone callers and the recorder cannot see a
 * ballot (`notABrowser`); people without an account (guests, also one promoted to moderator) have no account to hold a
 * vote to (`notRegistered`).
 */
export type VoterEligibility = 'eligible' | 'notRegistered' | 'notABrowser';

export function voterEligibility(participant: Pick<ParticipantInfo, 'kind' | 'registered'>): VoterEligibility {
  if (participant.kind !== 'browser' && participant.kind !== 'roomSystem') return 'notABrowser';
  if (!participant.registered) return 'notRegistered';
  return 'eligible';
}
