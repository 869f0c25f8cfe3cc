import type { ModuleContext } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { timerProtocol } from '../protocol.js';
import { shownSeconds, tickOrigin } from './timeLeft.js';
import { announceTimer } from './timerAnnouncements.js';
import { timerClient } from './timerClient.js';
import { setReady, startTimer, stopTimer } from './timerCommands.js';
import { type TimerState, timerReducer } from './timerReducer.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const person = (id: string, kind: ParticipantInfo['kind']): ParticipantInfo =>
  participantInfo(id, id, { kind, registered: kind === 'browser' });
const roster = [person(SAM, 'browser'), person(BOB, 'browser'), person('phone-participant-0003', 'phone')];
/** Frames arrive when this device's clock says 2 000 000: it is ahead of the server's (1 000 000 … 1 300 000). */
const ARRIVED = 2_000_000;
const moderator: ModuleContext = {
  self: { participantId: SAM, role: 'moderator', owner: false, moderator: true },
  participants: roster,
  receivedAt: ARRIVED,
};
const participant: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: roster,
  receivedAt: ARRIVED,
};

/** Golden frames as the server sends them. */
const timer = {
  id: 'timer-1',
  kind: 'countdown',
  title: 'Coffee',
  style: 'coffeeBreak',
  readyCheck: true,
  startedBy: 'alice-participant-0001',
  startedAt: 1_000_000,
  endsAt: 1_300_000,
} as const;
const frames = {
  started: { ns: 'timer', event: 'started', timer },
  readyCount: { ns: 'timer', event: 'readyCount', timerId: 'timer-1', ready: 2, total: 2 },
  bobReady: { ns: 'timer', event: 'readyChanged', timerId: 'timer-1', participantId: BOB, ready: true },
  samReady: { ns: 'timer', event: 'readyChanged', timerId: 'timer-1', participantId: SAM, ready: true },
  readyList: { ns: 'timer', event: 'readyList', timerId: 'timer-1', readyIds: [BOB] },
  oneMinuteLeft: { ns: 'timer', event: 'oneMinuteLeft', timerId: 'timer-1' },
  elapsed: { ns: 'timer', event: 'stopped', timerId: 'timer-1', reason: 'elapsed', at: 1_300_000, by: null },
} as const;

type Input = Parameters<typeof timerReducer>[1];

function event(frame: { ns: string; event: string } & Record<string, unknown>): Input {
  const { ns: _ns, event: name, ...fields } = frame;
  const schema = timerProtocol.events[name as keyof typeof timerProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
}

const idle = (context: ModuleContext): TimerState => {
  const state = timerClient.init(timerProtocol.joinState.parse({ running: null, serverNow: 900_000 }), context);
  if (!state) throw new Error('off');
  return state;
};
const run = (context: ModuleContext, ...inputs: Input[]) =>
  inputs.reduce((s, input) => timerReducer(s, input, context), idle(context));

describe('timerReducer', () => {
  it('joinStateGivesTheRunningTimerAndTheServerClockAsOfItsArrival', () => {
    const joined = timerClient.init(
      timerProtocol.joinState.parse({ running: { timer, ready: 1, total: 4, mine: true }, serverNow: 1_100_000 }),
      participant,
    );
    expect(joined).toEqual({
      clock: { offset: 1_100_000 - ARRIVED },
      running: { timer, ready: 1, total: 4, mine: true, readyIds: null },
    });
    expect(timerClient.init(undefined, participant)).toBeNull();
  });

  it('startedGuessesTheTotalFromTheRosterUntilTheCountArrives', () => {
    const started = run(participant, event(frames.started));
    expect(started).toEqual({
      clock: { offset: timer.startedAt - ARRIVED },
      running: { timer, ready: 0, total: 2, mine: false, readyIds: null },
    });
    expect(timerReducer(started, event(frames.readyCount), participant).running).toMatchObject({ ready: 2, total: 2 });
  });

  it('ownReadyMarkAndModeratorsListFollowReadyChanged', () => {
    const asParticipant = run(participant, event(frames.started), event(frames.samReady));
    expect(asParticipant.running).toMatchObject({ mine: true, readyIds: null });
    const asModerator = run(moderator, event(frames.started), event(frames.bobReady), event(frames.samReady));
    expect(asModerator.running?.readyIds).toEqual([BOB, SAM]);
    const unready = timerReducer(asModerator, event({ ...frames.bobReady, ready: false }), moderator);
    expect(unready.running?.readyIds).toEqual([SAM]);
  });

  it('aDemotedModeratorForgetsWhoIsReadyAndLeaversLeaveTheList', () => {
    const state = run(moderator, event(frames.started), event(frames.readyList));
    const left = timerReducer(
      state,
      { type: 'participantLeft', participant: person(BOB, 'browser'), reason: 'left' },
      moderator,
    );
    expect(left.running?.readyIds).toEqual([]);
    const demoted = timerReducer(state, { type: 'selfChanged', previous: moderator.self }, participant);
    expect(demoted.running?.readyIds).toBeNull();
  });

  it('stoppedClearsTheTimerButAnotherTimersStopChangesNothing', () => {
    const state = run(participant, event(frames.started));
    expect(timerReducer(state, event({ ...frames.elapsed, timerId: 'timer-0' }), participant)).toBe(state);
    expect(timerReducer(state, event(frames.elapsed), participant)).toEqual({
      clock: { offset: 1_300_000 - ARRIVED },
      running: null,
    });
  });
});

describe('announceTimer', () => {
  const started = run(participant, event(frames.started));

  it('announcesStartOneMinuteLeftAndTheEndButNeverTicks', () => {
    expect(announceTimer(event(frames.started), idle(participant), participant)).toEqual({
      key: 'timerStarted',
      params: { title: 'Coffee', kind: 'countdown', minutes: 5, readyCheck: true },
      topic: 'timer',
      notice: true,
      brief: true,
    });
    expect(announceTimer(event(frames.oneMinuteLeft), started, participant)).toEqual({
      key: 'oneMinuteLeft',
      params: { title: 'Coffee' },
    });
    expect(announceTimer(event(frames.elapsed), started, participant)).toEqual({
      key: 'timeUp',
      params: { title: 'Coffee' },
      sound: true,
      topic: 'timer',
      notice: true,
      brief: true,
    });
  });

  it('showsTheRequestToSayReadyOnlyToThoseAskedAndEndsItWhenTheyAreReady', () => {
    const plain = event({ ...frames.started, timer: { ...timer, readyCheck: false } });
    const asked = announceTimer(event(frames.started), idle(participant), participant);
    expect(announceTimer(plain, idle(participant), participant)).toMatchObject({ key: 'timerStarted', topic: 'timer' });
    expect(announceTimer(plain, idle(participant), participant)?.notice).toBeUndefined();
    const phone: ModuleContext = { ...participant, participants: [person(SAM, 'phone'), person(BOB, 'browser')] };
    expect(announceTimer(event(frames.started), idle(phone), phone)?.notice).toBeUndefined();
    // Marking oneself ready says something else on the notice's topic, which ends the notice.
    expect(announceTimer(event(frames.samReady), started, participant)?.topic).toBe(asked?.topic);
  });

  it('showsTheEndBrieflyToEveryoneButWhoStoppedIt', () => {
    const stopped = { ...frames.elapsed, reason: 'stopped', by: BOB };
    expect(announceTimer(event(stopped), started, participant)).toEqual({
      key: 'timerStopped',
      params: { title: 'Coffee' },
      sound: false,
      topic: 'timer',
      notice: true,
      brief: true,
    });
    const own = announceTimer(event({ ...stopped, by: SAM }), started, moderator);
    expect(own).toMatchObject({ key: 'timerStopped', topic: 'timer' });
    expect(own?.notice).toBeUndefined();
  });

  it('announcesTheOwnReadyMarkAndWhenEveryoneIsReady', () => {
    expect(announceTimer(event(frames.samReady), started, participant)?.key).toBe('youAreReady');
    expect(announceTimer(event(frames.bobReady), started, participant)).toBeNull();
    expect(announceTimer(event(frames.readyCount), started, participant)).toEqual({
      key: 'allReady',
      params: { total: 2 },
    });
  });

  it('showsRefusalsAsNotices', () => {
    const error = { type: 'error', error: { error: 'titleTooLong', maxLength: 100 }, id: 'c1' } as Input;
    expect(announceTimer(error, started, moderator)).toEqual({
      key: 'titleTooLong',
      params: { maxLength: 100 },
      notice: true,
    });
  });
});

describe('commands and clock', () => {
  it('buildsCommands', () => {
    const draft = { kind: 'countdown', title: 'Break', minutes: 5, style: 'normal', readyCheck: false } as const;
    expect(startTimer(draft)).toEqual({
      action: 'start',
      kind: 'countdown',
      title: 'Break',
      style: 'normal',
      readyCheck: false,
      durationSeconds: 300,
    });
    expect(startTimer({ ...draft, kind: 'stopwatch' })).not.toHaveProperty('durationSeconds');
    expect(startTimer({ ...draft, style: 'coffeeBreak' }).style).toBe('coffeeBreak');
    // A stopwatch has no time left to cover the stage with.
    expect(startTimer({ ...draft, kind: 'stopwatch', style: 'coffeeBreak' }).style).toBe('normal');
    expect(stopTimer('timer-1')).toEqual({ action: 'stop', timerId: 'timer-1' });
    expect(setReady('timer-1', true)).toEqual({ action: 'setReady', timerId: 'timer-1', ready: true });
  });

  it('showsTimeLeftRoundedUpAndElapsedRoundedDown', () => {
    expect(shownSeconds(timer, 1_000_001)).toBe(300);
    expect(shownSeconds(timer, 1_299_001)).toBe(1);
    expect(shownSeconds(timer, 1_400_000)).toBe(0);
    expect(shownSeconds({ startedAt: 0, endsAt: null }, 61_999)).toBe(61);
    expect(tickOrigin(timer)).toBe(timer.endsAt);
    expect(tickOrigin({ startedAt: 7, endsAt: null })).toBe(7);
  });
});
