import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { describe, expect, it } from 'vitest';
import { talkingStickProtocol } from '../protocol.js';
import {
  ALICE,
  ARRIVED,
  as,
  BOB,
  CAROL,
  ended,
  error,
  event,
  roster,
  started,
  T0,
  timeUp,
  youAreNext,
  yourTurn,
} from './fixtures.test-support.js';
import { talkingStickClient } from './talkingStickClient.js';
import { initTalkingStick, nominable, talkingStickReducer, turnSecondsLeft, upcoming } from './talkingStickReducer.js';

const none = initTalkingStick(talkingStickProtocol.joinState.parse({ list: null, now: T0 }), as(BOB));
if (!none) throw new Error('fixture does not initialise');

describe('talkingStickReducer', () => {
  it('joinedTakesTheRunningListOrNoneWithTheServerClockAsOfItsArrivalAndNoJoinStateMeansOff', () => {
    expect(none).toEqual({ list: null, clock: { offset: T0 - ARRIVED } });
    const running = talkingStickClient.init(
      talkingStickProtocol.joinState.parse({ list: started.list, now: T0 + 5000 }),
      as(BOB),
    );
    expect(running).toEqual({ list: started.list, clock: { offset: T0 + 5000 - ARRIVED } });
    expect(initTalkingStick(undefined, as(BOB))).toBeNull();
  });

  it('everyListEventReplacesTheListAndEndedClearsIt', () => {
    const one = talkingStickReducer(none, event(started), as(BOB));
    expect(one).toEqual({ list: started.list, clock: { offset: T0 - ARRIVED } });
    const two = talkingStickReducer(one, event(timeUp), as(BOB));
    expect(two.list?.speaker).toBe(CAROL);
    expect(two.clock).toEqual({ offset: T0 + 60_000 - ARRIVED });
    const over = talkingStickReducer(two, event(ended), as(BOB));
    expect(over.list).toBeNull();
    expect(talkingStickReducer(over, event(ended), as(BOB))).toBe(over);
  });

  it('personalEventsErrorsAndRosterChangesLeaveTheStateAlone', () => {
    const one = talkingStickReducer(none, event(started), as(BOB));
    expect(talkingStickReducer(one, event(yourTurn), as(BOB))).toBe(one);
    expect(talkingStickReducer(one, event(youAreNext), as(CAROL))).toBe(one);
    expect(talkingStickReducer(one, error({ error: 'notYourTurn' }), as(CAROL))).toBe(one);
    const left = { type: 'participantLeft', participant: roster[1] as ParticipantInfo, reason: 'left' } as const;
    expect(talkingStickReducer(one, left, as(CAROL))).toBe(one);
  });
});

describe('list helpers', () => {
  it('upcomingPutsTheNextFirstAndNominableIsOnlyForNominateMode', () => {
    expect(upcoming(started.list as never)).toEqual([CAROL, ALICE]);
    const nominate = { ...started.list, mode: 'nominate', next: ALICE } as never;
    expect(upcoming(nominate)).toEqual([ALICE, CAROL]);
    expect(nominable(nominate)).toEqual([CAROL, ALICE]);
    expect(nominable(started.list as never)).toEqual([]);
  });

  it('theTurnsTimeLeftIsInWholeSecondsRoundedUpAndNeverNegative', () => {
    const list = started.list as never;
    expect(turnSecondsLeft(list, T0 + 10_000)).toBe(50);
    expect(turnSecondsLeft(list, T0 + 30_001)).toBe(30);
    expect(turnSecondsLeft(list, T0 + 90_000)).toBe(0);
    expect(turnSecondsLeft({ ...started.list, turnEndsAt: null } as never, T0)).toBeNull();
  });
});
