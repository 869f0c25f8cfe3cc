import { clockFrom, type Self } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { TalkingStickState } from '../client/talkingStickReducer.js';
import type { SpeakerList } from '../protocol.js';

export const ALICE = 'alice-participant-0001' as ParticipantId;
export const BOB = 'bob-participant-00002' as ParticipantId;
export const CAROL = 'carol-participant-0003' as ParticipantId;
export const REC = 'rec-participant-000004' as ParticipantId;
export const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);

const info = (
  id: ParticipantId,
  displayName: string,
  role: ParticipantInfo['role'],
  kind: ParticipantInfo['kind'] = 'browser',
): ParticipantInfo =>
  participantInfo(id, displayName, {
    role,
    kind,
    registered: kind === 'browser' && role !== 'guest',
    permissions: { microphone: true, screen: role === 'moderator' },
  });
export const roster: readonly ParticipantInfo[] = [
  info(ALICE, 'Alice', 'moderator'),
  info(BOB, 'Bob <b>', 'participant'),
  info(CAROL, 'Carol', 'participant'),
  info(REC, 'Aufzeichnung', 'participant', 'recorder'),
];
export const selfOf = (id: ParticipantId): Self => ({
  participantId: id,
  role: id === ALICE ? 'moderator' : 'participant',
  owner: false,
  moderator: id === ALICE,
});

export const list: SpeakerList = {
  mode: 'fixed',
  speaker: BOB,
  waiting: [CAROL, ALICE],
  next: CAROL,
  spoken: [],
  secondsPerSpeaker: 60,
  turnStartedAt: T0,
  turnEndsAt: T0 + 60_000,
};
/** This device's clock while a test renders (set it with `vi.setSystemTime`): an hour ahead of the server's. */
export const DEVICE_NOW = T0 + 3_600_000;
/** The server's clock as learned from a frame that said `serverNow` and arrived at `DEVICE_NOW`. */
export const clockAt = (serverNow: number) => clockFrom(serverNow, { receivedAt: DEVICE_NOW });
export const running: TalkingStickState = { list, clock: clockAt(T0 + 5000) };
export const idle: TalkingStickState = { list: null, clock: clockAt(T0) };
