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
  removed,
  started,
  T0,
  timeUp,
  youAreNext,
  yourTurn,
} from './fixtures.test-support.js';
import { announceTalkingStick } from './talkingStickAnnouncements.js';
import { initTalkingStick } from './talkingStickReducer.js';

const none = initTalkingStick(talkingStickProtocol.joinState.parse({ list: null, now: T0 }), as(BOB));
if (!none) throw new Error('fixture does not initialise');

describe('announceTalkingStick', () => {
  it('tellsEveryoneWhoSpeaksButTheSpeakerHearsItIsTheirTurnWithTheSound', () => {
    expect(announceTalkingStick(event(started), none, as(CAROL))).toEqual({ key: 'started', params: { name: 'Bob' } });
    expect(announceTalkingStick(event(started), none, as(BOB))).toBeNull();
    expect(announceTalkingStick(event(yourTurn), none, as(BOB))).toEqual({
      key: 'yourTurn',
      params: { seconds: 60 },
      sound: true,
    });
    expect(announceTalkingStick(event(youAreNext), none, as(CAROL))).toEqual({ key: 'youAreNext', params: {} });
  });

  it('saysWhenTimeIsUpAndWhoSpeaksNow', () => {
    expect(announceTalkingStick(event(timeUp), none, as(ALICE))).toEqual({
      key: 'timeUp',
      params: { previous: 'Bob', name: 'Carol' },
    });
    expect(announceTalkingStick(event(timeUp), none, as(BOB))).toEqual({
      key: 'yourTimeUp',
      params: { name: 'Carol' },
    });
    expect(announceTalkingStick(event(timeUp), none, as(CAROL))).toBeNull();
    const passed = { ...timeUp, reason: 'passed' };
    expect(announceTalkingStick(event(passed), none, as(ALICE))).toEqual({
      key: 'speaking',
      params: { name: 'Carol' },
    });
  });

  it('saysTheListEndedAndTellsSomeoneTakenOff', () => {
    expect(announceTalkingStick(event(ended), none, as(BOB))).toEqual({ key: 'ended', params: { reason: 'stopped' } });
    const finished = { ...ended, reason: 'timeUp' };
    expect(announceTalkingStick(event(finished), none, as(BOB))?.params).toEqual({ reason: 'finished' });
    expect(announceTalkingStick(event(removed), none, as(ALICE))).toEqual({ key: 'youWereRemoved', params: {} });
    expect(announceTalkingStick(event(removed), none, as(BOB))).toBeNull();
  });

  it('showsRefusalsAsNoticesWithTheirLimitsButNotALostRace', () => {
    expect(
      announceTalkingStick(error({ error: 'invalidDuration', minSeconds: 10, maxSeconds: 3600 }), none, as(ALICE)),
    ).toEqual({
      key: 'invalidDuration',
      params: { minSeconds: 10, maxSeconds: 3600 },
      notice: true,
    });
    expect(announceTalkingStick(error({ error: 'tooManySpeakers', maxSpeakers: 250 }), none, as(ALICE))?.key).toBe(
      'tooManySpeakers',
    );
    expect(announceTalkingStick(error({ error: 'forbidden', required: 'moderator' }), none, as(BOB))?.key).toBe(
      'actionFailed',
    );
    for (const race of [
      { error: 'notRunning' },
      { error: 'notYourTurn' },
      { error: 'notSpeaking', participantId: BOB },
    ])
      expect(announceTalkingStick(error(race), none, as(BOB))).toBeNull();
  });
});
