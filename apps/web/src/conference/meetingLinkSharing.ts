import type { ParticipantInfo } from '@plenum/module-core/protocol';

/**
 * Whether "Copy meeting link" is of use to this participant. The meeting link (`/r/<id>`) lets the tenant's signed-in
 * people in, so the owner, moderators and participants can pass it on to colleagues. A guest cannot invite anyone
 * with it (only the owner and moderators create guest links, and the meeting link leads to a sign-in that outsiders do
 * not have), and a phone caller or the recorder has no screen for it. Someone not listed yet gets nothing offered on
 * a guess.
 */
export function canShareMeetingLink(self: Pick<ParticipantInfo, 'role' | 'kind'> | undefined): boolean {
  if (!self || self.role === 'guest') return false;
  return self.kind === 'browser' || self.kind === 'roomSystem';
}
