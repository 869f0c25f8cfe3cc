import type { ParticipantInfo } from '@plenum/module-core/protocol';

/**
 * Whether a participant can be named eligible, by the server's rule as far as the roster shows it: phone callers and
 * the recorder cannot see a ballot (`notABrowser`); guests have no account to hold a vote to (`notRegistered`).
 * The roster does not say whether a participant has an account, so a guest promoted to moderator looks registered
 * here; the server still refuses them (`ineligibleParticipant`).
 */
export type VoterEligibility = 'eligible' | 'notRegistered' | 'notABrowser';

export function voterEligibility(participant: Pick<ParticipantInfo, 'kind' | 'role'>): VoterEligibility {
  if (participant.kind !== 'browser' && participant.kind !== 'roomSystem') return 'notABrowser';
  if (participant.role === 'guest') return 'notRegistered';
  return 'eligible';
}
