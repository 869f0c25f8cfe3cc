import type { z } from 'zod';
import type { LeaveReason } from '../protocol.js';

/**
 * How others are told that someone left, by the server's reason: on their own (`left`), their connection did not come
 * back in time (`lostConnection`), a moderator removed or banned them or ended the meeting for them in a debrief
 * (`removed`), or a moderator moved them to the waiting room (`sentToWaitingRoom`).
 */
export type LeaveKind = 'left' | 'lostConnection' | 'removed' | 'sentToWaitingRoom';

/** What to say about a leave with `reason`; null when the room closed, which ends the meeting for everyone anyway. */
export function leaveKind(reason: z.infer<typeof LeaveReason>): LeaveKind | null {
  switch (reason) {
    case 'left':
      return 'left';
    case 'timedOut':
      return 'lostConnection';
    case 'removed':
      return 'removed';
    case 'sentToWaitingRoom':
      return 'sentToWaitingRoom';
    case 'roomClosed':
      return null;
  }
}
