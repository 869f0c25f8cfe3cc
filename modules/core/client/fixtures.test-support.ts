/**
 * Golden server frames as they appear on the wire (JSON-decoded), shared by the core client
 * tests. They are plain objects on purpose: the tests run them through the schemas like the
 * real client does.
 */
export const ALICE = 'alice-participant-0001';
export const BOB = 'bob-participant-00002';
export const CAROL = 'carol-participant-0003';
export const CONNECTION = 'connection-id-0000001';

export const aliceInfo = {
  id: ALICE,
  displayName: 'Alice',
  role: 'moderator',
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt: 1000,
  permissions: { microphone: true, screen: true },
  group: null,
} as const;
export const bobInfo = {
  id: BOB,
  displayName: 'Bob',
  role: 'participant',
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt: 2000,
  permissions: { microphone: true, screen: false },
  group: null,
} as const;
export const carolInfo = {
  id: CAROL,
  displayName: 'Carol',
  role: 'guest',
  kind: 'phone',
  registered: false,
  presence: 'online',
  joinedAt: 3000,
  permissions: { microphone: true, screen: false },
  group: null,
} as const;

export const joinedFrame = {
  ns: 'core',
  event: 'joined',
  participantId: BOB,
  connectionId: CONNECTION,
  resumed: false,
  resume: { participantId: BOB, secret: 'secret-secret-secret-1' },
  reconnectGraceSeconds: 10,
  // Deliberately out of join order: the reducer sorts.
  participants: [bobInfo, aliceInfo],
  policy: { selfRename: true, switchedOff: [] },
  modules: { media: { participants: {} } },
};

export const carolJoinedFrame = { ns: 'core', event: 'participantJoined', participant: carolInfo };
export const aliceReconnectingFrame = {
  ns: 'core',
  event: 'participantUpdated',
  participant: { ...aliceInfo, presence: 'reconnecting' },
};
/** Breakout rooms opened: Bob and Carol moved in one step. */
export const movedToRoomsFrame = {
  ns: 'core',
  event: 'participantsUpdated',
  participants: [
    { ...carolInfo, group: 'r2' },
    { ...bobInfo, group: 'r1' },
  ],
};
export const aliceLeftFrame = { ns: 'core', event: 'participantLeft', participantId: ALICE, reason: 'timedOut' };
export const resumeRejectedFrame = { ns: 'core', error: 'resumeRejected' };
export const roomFullFrame = { ns: 'core', id: 'c1', error: 'roomFull', maxParticipants: 250 };
export const closingFrame = (reason: 'shutdown' | 'roomClosed' | 'kicked' | 'timeLimit') => ({
  ns: 'signaling',
  event: 'closing',
  reason,
});

/** Access tickets as `POST /v1/rooms/{roomId}/tickets` issues them (base64url, 43 characters). */
export const accessTicket = (n: number) => `ticket-${String(n).padStart(2, '0')}-${'x'.repeat(33)}`;
export const waitingFrame = (sentBack = false, moderatorPresent = true) => ({
  ns: 'core',
  event: 'waiting',
  participantId: BOB,
  connectionId: CONNECTION,
  sentBack,
  moderatorPresent,
});
/** To waiting connections: the last moderator left (`false`) or one arrived (`true`). */
export const moderatorPresenceFrame = (present: boolean) => ({ ns: 'core', event: 'moderatorPresence', present });
export const notAdmittedFrame = { ns: 'core', event: 'notAdmitted', reason: 'rejected' };
/** To someone a moderator took out (`by`, when the server names who), or to everyone when the meeting ended. */
export const removedFrame = (reason: 'kicked' | 'banned' | 'debrief' | 'meetingEnded', by?: string) =>
  by === undefined ? { ns: 'core', event: 'removed', reason } : { ns: 'core', event: 'removed', reason, by };
export const bannedFrame = { ns: 'core', error: 'banned' };
export const ticketRejectedFrame = (reason: 'unknown' | 'expired' | 'used' | 'wrongRoom' = 'used') => ({
  ns: 'signaling',
  error: 'ticketRejected',
  reason,
});
