import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { type RaiseHandsProtocol, raiseHandsProtocol } from '../protocol.js';
import { announceRaiseHands } from './raiseHandsAnnouncements.js';
import { raiseHandsClient } from './raiseHandsClient.js';
import { raiseHandsCommands } from './raiseHandsCommands.js';
import {
  handsElsewhere,
  isRaised,
  queuePosition,
  type RaiseHandsState,
  raiseHandsReducer,
} from './raiseHandsReducer.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const DORA = 'dora-participant-00004' as ParticipantId;

const roster = [participantInfo(SAM, 'Sam'), participantInfo(BOB, 'Bob'), participantInfo(DORA, 'Dora')];
const moderator: ModuleContext = {
  self: { participantId: SAM, role: 'moderator', owner: false, moderator: true },
  participants: roster,
};
const participant: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: roster,
};

type Input = ModuleInput<RaiseHandsProtocol>;

/** Parses a golden wire frame (as the server sends it, with `ns`) with the protocol's schema, as the client kit does. */
function frame(wire: Record<string, unknown>): Input {
  const { ns, event: name, ...fields } = wire;
  expect(ns).toBe('raise-hands');
  const schema = raiseHandsProtocol.events[name as keyof typeof raiseHandsProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
}
const error = (wire: Record<string, unknown>): Input => ({ type: 'error', error: wire, id: 'c1' }) as Input;

/** Golden frames. */
const joinedState = {
  enabled: true,
  hands: [
    { participantId: DORA, raisedAt: 2000 },
    { participantId: BOB, raisedAt: 1000 },
  ],
  elsewhere: [
    { group: 'r1', count: 2 },
    { group: 'r2', count: 0 },
  ],
};
const samRaised = { ns: 'raise-hands', event: 'handRaised', hand: { participantId: SAM, raisedAt: 3000 } };
const bobLoweredByModerator = {
  ns: 'raise-hands',
  event: 'handLowered',
  participantId: BOB,
  reason: 'moderator',
  by: SAM,
};
const samLoweredBySam = { ns: 'raise-hands', event: 'handLowered', participantId: SAM, reason: 'self' };
const allLoweredByBob = { ns: 'raise-hands', event: 'allLowered', by: BOB };
const switchedOff = { ns: 'raise-hands', event: 'availabilityChanged', enabled: false };
const samMoved = { ns: 'raise-hands', event: 'handLowered', participantId: SAM, reason: 'moved' };
const queueOfR1 = {
  ns: 'raise-hands',
  event: 'queue',
  hands: [
    { participantId: DORA, raisedAt: 5000 },
    { participantId: BOB, raisedAt: 4000 },
  ],
  elsewhere: [{ group: null, count: 1 }],
};
const elsewhere = (group: string | null, count: number) => ({
  ns: 'raise-hands',
  event: 'elsewhereChanged',
  group,
  count,
});

function init(): RaiseHandsState {
  const state = raiseHandsClient.init(raiseHandsProtocol.joinState.parse(joinedState), moderator);
  if (!state) throw new Error('fixture does not initialise');
  return state;
}

describe('raiseHandsReducer', () => {
  it('joinedGivesTheQueueInTheOrderHandsWentUp', () => {
    const state = init();
    expect(state.hands.map((h) => h.participantId)).toEqual([BOB, DORA]);
    expect(queuePosition(state, DORA)).toBe(2);
    expect(queuePosition(state, SAM)).toBeNull();
    expect(raiseHandsClient.init(undefined, moderator)).toBeNull();
  });

  it('aRaisedHandJoinsTheEndOfTheQueueOnce', () => {
    const one = raiseHandsReducer(init(), frame(samRaised));
    expect(one.hands.map((h) => h.participantId)).toEqual([BOB, DORA, SAM]);
    expect(raiseHandsReducer(one, frame(samRaised)).hands).toHaveLength(3);
    expect(isRaised(one, SAM)).toBe(true);
  });

  it('loweredHandsLeaveTheQueueAndUnknownOnesChangeNothing', () => {
    const state = init();
    const lowered = raiseHandsReducer(state, frame(bobLoweredByModerator));
    expect(lowered.hands.map((h) => h.participantId)).toEqual([DORA]);
    expect(raiseHandsReducer(lowered, frame(bobLoweredByModerator))).toBe(lowered);
    expect(raiseHandsReducer(state, frame(allLoweredByBob)).hands).toEqual([]);
    const none = raiseHandsReducer(state, frame(allLoweredByBob));
    expect(raiseHandsReducer(none, frame(allLoweredByBob))).toBe(none);
  });

  it('aLeaverDropsOutOfTheQueue', () => {
    const left = raiseHandsReducer(init(), {
      type: 'participantLeft',
      participant: participantInfo(BOB, 'Bob'),
      reason: 'left',
    });
    expect(left.hands.map((h) => h.participantId)).toEqual([DORA]);
  });

  it('switchingOffLowersEveryHandAndSwitchingOnKeepsThemDown', () => {
    const off = raiseHandsReducer(init(), frame(switchedOff));
    expect(off).toEqual({ enabled: false, hands: [], elsewhere: [] });
    expect(raiseHandsReducer(off, frame(switchedOff))).toBe(off);
    expect(raiseHandsReducer(off, frame({ ...switchedOff, enabled: true }))).toEqual({
      enabled: true,
      hands: [],
      elsewhere: [],
    });
  });

  it('joinedKeepsOnlyOtherRoomsWithHandsUp', () => {
    expect(init().elsewhere).toEqual([{ group: 'r1', count: 2 }]);
    expect(handsElsewhere(init())).toBe(2);
  });

  it('aMoveBringsTheQueueAndCountsOfTheNewRoom', () => {
    const moved = raiseHandsReducer(raiseHandsReducer(init(), frame(samRaised)), frame(samMoved));
    expect(isRaised(moved, SAM)).toBe(false);
    const there = raiseHandsReducer(moved, frame(queueOfR1));
    expect(there.hands.map((h) => h.participantId)).toEqual([BOB, DORA]);
    expect(there.elsewhere).toEqual([{ group: null, count: 1 }]);
    expect(there.enabled).toBe(true);
  });

  it('anotherRoomsCountIsSetAddedAndDroppedAtZero', () => {
    const state = init();
    expect(raiseHandsReducer(state, frame(elsewhere('r1', 2)))).toBe(state);
    expect(raiseHandsReducer(state, frame(elsewhere('r3', 0)))).toBe(state);
    const more = raiseHandsReducer(state, frame(elsewhere(null, 1)));
    expect(more.elsewhere).toEqual([
      { group: 'r1', count: 2 },
      { group: null, count: 1 },
    ]);
    expect(raiseHandsReducer(more, frame(elsewhere('r1', 3))).elsewhere).toEqual([
      { group: 'r1', count: 3 },
      { group: null, count: 1 },
    ]);
    expect(raiseHandsReducer(more, frame(elsewhere('r1', 0))).elsewhere).toEqual([{ group: null, count: 1 }]);
    expect(raiseHandsReducer(more, frame(switchedOff)).elsewhere).toEqual([]);
  });

  it('errorsAndOtherRuntimeChangesLeaveTheStateAlone', () => {
    const state = init();
    expect(raiseHandsReducer(state, error({ error: 'handNotRaised', participantId: BOB }))).toBe(state);
    expect(raiseHandsReducer(state, { type: 'participantJoined', participant: participantInfo(BOB, 'Bob') })).toBe(
      state,
    );
    expect(raiseHandsReducer(state, { type: 'selfChanged', previous: participant.self })).toBe(state);
  });
});

describe('announceRaiseHands', () => {
  it('moderatorsSeeAndHearWhoRaisedAHandAndTheirPlaceWithTheSound', () => {
    const dora = { ...samRaised, hand: { participantId: DORA, raisedAt: 3000 } };
    const state = raiseHandsReducer(init(), frame(bobLoweredByModerator));
    expect(announceRaiseHands(frame(dora), raiseHandsReducer(state, frame(dora)), moderator)).toBeNull();
    const fresh = { enabled: true, hands: [{ participantId: BOB, raisedAt: 1000 }], elsewhere: [] };
    expect(announceRaiseHands(frame(dora), fresh, moderator)).toEqual({
      key: 'handRaised',
      params: { name: 'Dora', position: 2 },
      sound: true,
      notice: true,
      brief: true,
    });
    expect(announceRaiseHands(frame(dora), fresh, participant)).toBeNull();
    expect(announceRaiseHands(frame(samRaised), fresh, moderator)).toBeNull();
  });

  it('aParticipantSeesBrieflyWhoLoweredTheirHand', () => {
    const bobContext: ModuleContext = {
      self: { participantId: BOB, role: 'participant', owner: false, moderator: false },
      participants: roster,
    };
    expect(announceRaiseHands(frame(bobLoweredByModerator), init(), bobContext)).toEqual({
      key: 'yourHandLowered',
      params: { name: 'Sam' },
      notice: true,
      brief: true,
    });
    expect(announceRaiseHands(frame(bobLoweredByModerator), init(), participant)).toBeNull();
    expect(announceRaiseHands(frame(samLoweredBySam), init(), participant)).toBeNull();
    const samUp = raiseHandsReducer(init(), frame(samRaised));
    expect(announceRaiseHands(frame(allLoweredByBob), samUp, participant)).toEqual({
      key: 'yourHandLowered',
      params: { name: 'Bob' },
      notice: true,
      brief: true,
    });
    expect(announceRaiseHands(frame(allLoweredByBob), init(), participant)).toBeNull();
  });

  it('aParticipantHearsThatMovingLoweredTheirHand', () => {
    const samUp = raiseHandsReducer(init(), frame(samRaised));
    expect(announceRaiseHands(frame(samMoved), samUp, participant)).toEqual({
      key: 'yourHandLoweredByMove',
      params: {},
    });
    const bobContext: ModuleContext = {
      self: { participantId: BOB, role: 'participant', owner: false, moderator: false },
      participants: roster,
    };
    expect(announceRaiseHands(frame(samMoved), samUp, bobContext)).toBeNull();
    expect(announceRaiseHands(frame(queueOfR1), samUp, participant)).toBeNull();
  });

  it('moderatorsSeeAndHearWithTheSoundWhenAHandGoesUpInAnotherRoom', () => {
    expect(announceRaiseHands(frame(elsewhere('r1', 3)), init(), moderator)).toEqual({
      key: 'handRaisedElsewhere',
      params: {},
      sound: true,
      notice: true,
      brief: true,
    });
    expect(announceRaiseHands(frame(elsewhere(null, 1)), init(), moderator)?.key).toBe('handRaisedElsewhere');
    expect(announceRaiseHands(frame(elsewhere('r1', 1)), init(), moderator)).toBeNull();
    expect(announceRaiseHands(frame(elsewhere('r1', 3)), init(), participant)).toBeNull();
  });

  it('participantsSeeBrieflyWhyTheirRaiseHandButtonWentOrCameBackAndModeratorsHearIt', () => {
    const shown = { notice: true, brief: true, topic: 'switch' };
    expect(announceRaiseHands(frame(switchedOff), init(), participant)).toEqual({
      key: 'switchedOff',
      params: {},
      ...shown,
    });
    const off = { enabled: false, hands: [], elsewhere: [] };
    expect(announceRaiseHands(frame({ ...switchedOff, enabled: true }), off, participant)).toEqual({
      key: 'switchedOn',
      params: {},
      ...shown,
    });
    expect(announceRaiseHands(frame(switchedOff), off, participant)).toBeNull();
    expect(announceRaiseHands(frame(switchedOff), init(), moderator)).toEqual({
      key: 'switchedOff',
      params: {},
      topic: 'switch',
    });
  });

  it('showsRefusalsAsNoticesButNotARaceLost', () => {
    expect(
      announceRaiseHands(error({ error: 'slowDown', retryAfterMs: 1200, cooldownMs: 2000 }), init(), participant),
    ).toEqual({
      key: 'tooSoon',
      params: { seconds: 2 },
      notice: true,
      countdown: true,
    });
    expect(announceRaiseHands(error({ error: 'switchedOff' }), init(), moderator)?.key).toBe('unavailable');
    expect(announceRaiseHands(error({ error: 'forbidden', required: 'moderator' }), init(), participant)?.key).toBe(
      'actionFailed',
    );
    expect(announceRaiseHands(error({ error: 'handNotRaised', participantId: BOB }), init(), moderator)).toBeNull();
    expect(
      announceRaiseHands(error({ error: 'unknownParticipant', participantId: BOB }), init(), moderator),
    ).toBeNull();
  });
});

describe('raiseHandsCommands', () => {
  it('buildsCommandsThatTheProtocolAccepts', () => {
    for (const command of [
      raiseHandsCommands.toggle(false),
      raiseHandsCommands.toggle(true),
      raiseHandsCommands.lowerHand(BOB),
      raiseHandsCommands.lowerAll(),
    ]) {
      const { action, ...fields } = command;
      expect(raiseHandsProtocol.commands[action].safeParse(fields).success).toBe(true);
    }
    expect(raiseHandsCommands.toggle(false)).toEqual({ action: 'raise' });
    expect(raiseHandsCommands.toggle(true)).toEqual({ action: 'lower' });
  });
});
