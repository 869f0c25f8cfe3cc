import { describe, expect, it } from 'vitest';
import { coreProtocol } from '../protocol.js';
import {
  ALICE,
  aliceLeftFrame,
  aliceReconnectingFrame,
  BOB,
  CAROL,
  carolJoinedFrame,
  joinedFrame,
  moderatorPresenceFrame,
  movedToRoomsFrame,
  notAdmittedFrame,
  waitingFrame,
} from './fixtures.test-support.js';
import { parseFrame } from './parseFrame.js';
import { type CoreEvent, initialRoomState, otherParticipants, roomReducer, selfParticipant } from './roomReducer.js';

function event(frame: unknown): CoreEvent {
  const parsed = parseFrame(coreProtocol, frame);
  if (parsed?.kind !== 'event') throw new Error('fixture is not a core event');
  return parsed.event;
}

const joined = roomReducer(initialRoomState, event(joinedFrame));

describe('roomReducer', () => {
  it('joinedSetsSelfAndListsParticipantsInJoinOrder', () => {
    expect(joined.self).toEqual({
      participantId: BOB,
      connectionId: joinedFrame.connectionId,
      reconnectGraceSeconds: 10,
    });
    expect(joined.participants.map((p) => p.id)).toEqual([ALICE, BOB]);
    expect(selfParticipant(joined)?.displayName).toBe('Bob');
    expect(otherParticipants(joined).map((p) => p.id)).toEqual([ALICE]);
  });

  it('participantJoinedAppendsAndUpdatedReplacesInPlace', () => {
    const withCarol = roomReducer(joined, event(carolJoinedFrame));
    expect(withCarol.participants.map((p) => p.id)).toEqual([ALICE, BOB, CAROL]);
    const reconnecting = roomReducer(withCarol, event(aliceReconnectingFrame));
    expect(reconnecting.participants.map((p) => [p.id, p.presence])).toEqual([
      [ALICE, 'reconnecting'],
      [BOB, 'online'],
      [CAROL, 'online'],
    ]);
  });

  it('participantsUpdatedReplacesEachListedParticipantAndKeepsJoinOrder', () => {
    const withCarol = roomReducer(joined, event(carolJoinedFrame));
    const moved = roomReducer(withCarol, event(movedToRoomsFrame));
    expect(moved.participants.map((p) => [p.id, p.group])).toEqual([
      [ALICE, null],
      [BOB, 'r1'],
      [CAROL, 'r2'],
    ]);
    expect(moved.participants[0]).toBe(withCarol.participants[0]);
  });

  it('participantLeftRemovesAndUnknownLeaveIsANoOp', () => {
    const left = roomReducer(joined, event(aliceLeftFrame));
    expect(left.participants.map((p) => p.id)).toEqual([BOB]);
    expect(roomReducer(left, event(aliceLeftFrame))).toBe(left);
  });

  it('aResumedJoinedReplacesTheWholePicture', () => {
    const withCarol = roomReducer(joined, event(carolJoinedFrame));
    const resumed = roomReducer(withCarol, event({ ...joinedFrame, resumed: true }));
    expect(resumed.participants.map((p) => p.id)).toEqual([ALICE, BOB]);
  });

  it('waitingForgetsTheRosterAndJoinedAdmits', () => {
    const waiting = roomReducer(initialRoomState, event(waitingFrame()));
    expect(waiting).toEqual({
      self: null,
      participants: [],
      admission: {
        status: 'waiting',
        participantId: BOB,
        connectionId: joinedFrame.connectionId,
        sentBack: false,
        moderatorPresent: true,
      },
      policy: initialRoomState.policy,
    });
    expect(roomReducer(waiting, event(joinedFrame)).admission).toEqual({ status: 'admitted' });
  });

  it('aWaitingPersonLearnsWhetherAModeratorCouldLetThemIn', () => {
    const alone = roomReducer(initialRoomState, event(waitingFrame(false, false)));
    expect(alone.admission).toMatchObject({ status: 'waiting', moderatorPresent: false });
    const arrived = roomReducer(alone, event(moderatorPresenceFrame(true)));
    expect(arrived.admission).toMatchObject({ status: 'waiting', moderatorPresent: true, participantId: BOB });
    expect(roomReducer(arrived, event(moderatorPresenceFrame(true)))).toBe(arrived);
    expect(roomReducer(arrived, event(moderatorPresenceFrame(false))).admission).toMatchObject({
      moderatorPresent: false,
    });
    // Inside the meeting the roster says who moderates; the frame is not meant for participants.
    expect(roomReducer(joined, event(moderatorPresenceFrame(false)))).toBe(joined);
  });

  it('beingSentBackEmptiesTheRoomAndNotAdmittedEndsWaiting', () => {
    const sentBack = roomReducer(joined, event(waitingFrame(true)));
    expect(sentBack.participants).toEqual([]);
    expect(sentBack.self).toBeNull();
    expect(sentBack.admission).toMatchObject({ status: 'waiting', sentBack: true });
    expect(roomReducer(sentBack, event(notAdmittedFrame)).admission).toEqual({
      status: 'notAdmitted',
      reason: 'rejected',
    });
  });

  it('beingRemovedEmptiesTheRoomAndSaysWhyAndByWhom', () => {
    const removed = roomReducer(joined, event({ ns: 'core', event: 'removed', reason: 'kicked', by: ALICE }));
    expect(removed.participants).toEqual([]);
    expect(removed.self).toBeNull();
    expect(removed.admission).toEqual({ status: 'removed', reason: 'kicked', by: ALICE });
  });

  it('keepsTheRoomPolicyFromJoinedAndItsChanges', () => {
    expect(joined.policy).toEqual({ selfRename: true, switchedOff: [] });
    const changed = roomReducer(
      joined,
      event({ ns: 'core', event: 'policyChanged', policy: { selfRename: false, switchedOff: ['chat'] } }),
    );
    expect(changed.policy).toEqual({ selfRename: false, switchedOff: ['chat'] });
    expect(changed.participants).toBe(joined.participants);
  });
});
