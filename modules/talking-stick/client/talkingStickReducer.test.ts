import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { describe, expect, it } from 'vitest';
import { talkingStickProtocol } from '../protocol.js';
import {
  ALICE,
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
import { initTalkingStick, nominable, remainingMs, talkingStickReducer, upcoming } from './talkingStickReducer.js';

const none = initTalkingStick(talkingStickProtocol.joinState.parse({ list: null, now: T0 }));
if (!none) throw new Error('fixture does not initialise');

describe('talkingStickReducer', () => {
  it('joinedTakesTheRunningListOrNoneAndNoJoinStateMeansOff', () => {
    expect(none).toEqual({ list: null, serverNow: T0 });
    const running = talkingStickClient.init(
      talkingStickProtocol.joinState.parse({ list: started.list, now: T0 + 5000 }),
      as(BOB),
    );
    expect(running).toEqual({ list: started.list, serverNow: T0 + 5000 });
    expect(initTalkingStick(undefined)).toBeNull();
  });

  it('everyListEventReplacesTheListAndEndedClearsIt', () => {
    const one = talkingStickReducer(none, event(started), as(BOB));
    expect(one).toEqual({ list: started.list, serverNow: T0 });
    const two = talkingStickReducer(one, event(timeUp), as(BOB));
    expect(two.list?.speaker).toBe(CAROL);
    expect(two.serverNow).toBe(T0 + 60_000);
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

  it('remainingTimeCountsDownOnTheLocalClockWhateverItsOffset', () => {
    const list = started.list as never;
    const localReceived = 1_000_000;
    expect(remainingMs(list, T0 + 10_000, localReceived, localReceived)).toBe(50_000);
    expect(remainingMs(list, T0 + 10_000, localReceived, localReceived + 20_000)).toBe(30_000);
    expect(remainingMs(list, T0 + 10_000, localReceived, localReceived + 90_000)).toBe(0);
    expect(remainingMs({ ...started.list, turnEndsAt: null } as never, T0, 0, 0)).toBeNull();
  });
});
