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
      notice: true,
      brief: true,
      topic: 'turn',
    });
    expect(announceTalkingStick(event(youAreNext), none, as(CAROL))).toEqual({ key: 'youAreNext', params: {} });
  });

  it('endsTheYourTurnNoticeWithWhatTheSpeakerHearsWhenTheirTurnIsOver', () => {
    const turn = announceTalkingStick(event(yourTurn), none, as(BOB))?.topic;
    expect(turn).toBeDefined();
    expect(announceTalkingStick(event(timeUp), none, as(BOB))).toMatchObject({ key: 'yourTimeUp', topic: turn });
    for (const reason of ['passed', 'skipped', 'removed'])
      expect(announceTalkingStick(event({ ...timeUp, reason }), none, as(BOB))).toMatchObject({
        key: 'speaking',
        topic: turn,
      });
    expect(announceTalkingStick(event({ ...ended, previous: BOB }), none, as(BOB))).toMatchObject({
      key: 'ended',
      topic: turn,
    });
    // Nobody else had the notice: what they hear keeps its own topic.
    expect(announceTalkingStick(event({ ...timeUp, reason: 'passed' }), none, as(ALICE))?.topic).toBeUndefined();
    expect(announceTalkingStick(event(ended), none, as(BOB))?.topic).toBeUndefined();
  });

  it('saysWhenTimeIsUpAndWhoSpeaksNow', () => {
    expect(announceTalkingStick(event(timeUp), none, as(ALICE))).toEqual({
      key: 'timeUp',
      params: { previous: 'Bob', name: 'Carol' },
    });
    expect(announceTalkingStick(event(timeUp), none, as(BOB))).toEqual({
      key: 'yourTimeUp',
      params: { name: 'Carol' },
      topic: 'turn',
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
