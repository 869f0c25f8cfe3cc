import { assertNever } from '@plenum/protocol';
import { isModerator, type Participant } from '@plenum/room-kit';
import type { DebriefScope } from '../protocol.js';

/** Whether a debrief of `scope` takes `participant` out. Moderators always stay. */
export function debriefs(scope: DebriefScope, participant: Participant): boolean {
  if (isModerator(participant.role)) return false;
  switch (scope) {
    case 'guests':
      return participant.role === 'guest';
    case 'guestsAndUsers':
      return participant.kind === 'browser' || participant.kind === 'phone';
    case 'allButModerators':
      return true;
    default:
      return assertNever(scope);
  }
}

/** Guests and phone callers without an account can be renamed by moderators; people with an account cannot. */
export function renamable(participant: Participant): boolean {
  return participant.userId === null && (participant.role === 'guest' || participant.kind === 'phone');
}
