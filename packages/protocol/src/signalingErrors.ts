import { z } from 'zod';
import { defineProtocol } from './protocol.js';

/**
 * Errors of the signalling transport itself, under namespace `signaling`. They go to the
 * sender only; the connection stays open unless the frame says `closing: true`.
 */
export const signalingProtocol = defineProtocol({
  ns: 'signaling',
  commands: {},
  events: {
    /** The server is shutting down or the room is closing; reconnect later. */
    closing: z.object({ reason: z.enum(['shutdown', 'roomClosed', 'kicked', 'timeLimit']) }),
  },
  errors: {
    invalidJson: z.object({ message: z.string() }),
    invalidEnvelope: z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
    unknownNamespace: z.object({ namespace: z.string() }),
    unknownAction: z.object({ action: z.string() }),
    invalidCommand: z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
    frameTooLarge: z.object({ maxBytes: z.number(), closing: z.boolean() }),
    rateLimited: z.object({ ratePerSecond: z.number(), burst: z.number(), closing: z.boolean() }),
    notJoined: z.object({}),
    /**
     * The join's ticket cannot be used: never issued, past its expiry, already used, or issued for another room.
     * Fetch a new one (`POST /v1/rooms/{roomId}/tickets`) and join again on the same connection.
     */
    ticketRejected: z.object({ reason: z.enum(['unknown', 'expired', 'used', 'wrongRoom']) }),
    moduleDisabled: z.object({ namespace: z.string() }),
    /** A moderator switched this module off for the room (e.g. chat); only owner and moderators may use it now. */
    moduleSwitchedOff: z.object({ namespace: z.string() }),
    internal: z.object({}),
  },
  joinState: z.undefined(),
});

export type Issue = { path: string; message: string };

/** Turns zod issues into short, stable protocol issues (no echo of the input value). */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }));
}
