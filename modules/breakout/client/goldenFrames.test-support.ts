import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';

/** Golden frames: exactly what the server sends (see the scenario tests), for the client's unit tests. */
export const ALICE = 'alice-participant-0001' as ParticipantId;
export const BOB = 'bob-participant-000002' as ParticipantId;
export const CAROL = 'carol-participant-0003' as ParticipantId;
export const T0 = 1_767_258_000_000;

const info = (id: ParticipantId, displayName: string, role: ParticipantInfo['role']): ParticipantInfo => ({
  id,
  displayName,
  role,
  kind: 'browser',
  registered: role !== 'guest',
  presence: 'online',
  joinedAt: T0 - 60_000,
  permissions: { microphone: true, screen: role === 'moderator' },
  group: null,
});
export const roster: readonly ParticipantInfo[] = [
  info(ALICE, 'Alice', 'moderator'),
  info(BOB, 'Bob', 'participant'),
  info(CAROL, 'Carol', 'participant'),
];

export const rooms = [
  { id: 'r1', number: 1, name: 'Nord' },
  { id: 'r2', number: 2, name: null },
];

export const golden = {
  joinedWithoutRooms: { session: null },
  joinedWhileRunning: {
    session: {
      rooms,
      assignments: [{ participantId: BOB, roomId: 'r2' }],
      endsAt: T0 + 600_000,
      closing: null,
      freeChoice: false,
      message: { text: 'Noch 5 Minuten', from: ALICE, sentAt: T0 + 1000 },
      serverNow: T0 + 2000,
    },
  },
  started: {
    ns: 'breakout',
    event: 'started',
    rooms,
    assignments: [
      { participantId: BOB, roomId: 'r1' },
      { participantId: CAROL, roomId: 'r2' },
    ],
    endsAt: null,
    closing: null,
    freeChoice: false,
    message: null,
    serverNow: T0,
  },
  bobMovedToR2: { ns: 'breakout', event: 'moved', participantId: BOB, roomId: 'r2' },
  aliceVisitsR1: { ns: 'breakout', event: 'moved', participantId: ALICE, roomId: 'r1' },
  aliceReturns: { ns: 'breakout', event: 'moved', participantId: ALICE, roomId: null },
  freeChoiceOn: { ns: 'breakout', event: 'freeChoiceChanged', freeChoice: true },
  message: {
    ns: 'breakout',
    event: 'message',
    text: '<img src=x onerror=alert(1)>\nBitte zurückkommen',
    from: ALICE,
    sentAt: T0 + 5000,
  },
  closing: { ns: 'breakout', event: 'closing', endsAt: T0 + 70_000, reason: 'moderator', serverNow: T0 + 10_000 },
  closed: { ns: 'breakout', event: 'closed' },
  tooManyRooms: { ns: 'breakout', id: 'c1', error: 'invalidRoomCount', minRooms: 1, maxRooms: 100 },
  forbidden: { ns: 'breakout', id: 'c2', error: 'forbidden', required: 'moderator' },
} as const;
