import type { ModuleContext } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { pollsProtocol } from '../protocol.js';
import { draftProblem } from './pollDraftProblem.js';
import { announcePolls } from './pollsAnnouncements.js';
import { pollsClient } from './pollsClient.js';
import { endPoll, startPoll, votePoll } from './pollsCommands.js';
import { eligibleVoters, type PollsState, pollsReducer } from './pollsReducer.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const person = (id: string, kind: ParticipantInfo['kind']): ParticipantInfo =>
  participantInfo(id, id, { kind, registered: kind === 'browser' });
/** Sam, Bob and a room system can vote; a phone caller and the recorder cannot. */
const roster = [
  person(SAM, 'browser'),
  person('bob-participant-000002', 'browser'),
  person('room-participant-00003', 'roomSystem'),
  person('phone-participant-0004', 'phone'),
  person('rec-participant-000005', 'recorder'),
];
/** Frames arrive when this device's clock says `ARRIVED`: 30 s after the server's (1 767 258 000 000). */
const ARRIVED = 1_767_258_030_000;
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
const poll = {
  id: 'poll-1',
  topic: 'Lunch?',
  choices: ['Pizza', 'Salad', 'Soup'],
  multiple: false,
  results: 'hidden',
  changeable: true,
  startedBy: 'alice-participant-0001',
  startedAt: 1_767_258_000_000,
  endsAt: null,
} as const;
const frames = {
  started: { ns: 'polls', event: 'started', poll },
  progress: { ns: 'polls', event: 'progress', pollId: 'poll-1', voters: 2 },
  tally: { ns: 'polls', event: 'tally', pollId: 'poll-1', counts: [1, 1, 0], voters: 2 },
  voted: { ns: 'polls', event: 'voted', pollId: 'poll-1', choices: [1] },
  ended: {
    ns: 'polls',
    event: 'ended',
    result: {
      poll,
      counts: [1, 2, 0],
      voters: 3,
      reason: 'closed',
      endedBy: 'alice-participant-0001',
      endedAt: poll.startedAt + 60_000,
    },
  },
} as const;

type Input = Parameters<typeof pollsReducer>[1];

/** Parses a wire frame with the protocol's schema, as the client kit does. */
function event(frame: { ns: string; event: string } & Record<string, unknown>): Input {
  const { ns: _ns, event: name, ...fields } = frame;
  const schema = pollsProtocol.events[name as keyof typeof pollsProtocol.events];
  return { type: 'event', event: { ...schema.parse(fields), event: name } } as Input;
}

const empty = (context: ModuleContext): PollsState => {
  const state = pollsClient.init(
    pollsProtocol.joinState.parse({ running: null, last: null, serverNow: ARRIVED }),
    context,
  );
  if (!state) throw new Error('off');
  return state;
};
const run = (context: ModuleContext, ...inputs: Input[]) =>
  inputs.reduce((s, input) => pollsReducer(s, input, context), empty(context));

describe('pollsReducer', () => {
  it('noJoinStateMeansTheModuleIsOff', () => {
    expect(pollsClient.init(undefined, participant)).toBeNull();
  });

  it('aJoinerKnowsTheLastResultButNotItsOwnVoteInItAndLearnsTheServersClockFromTheJoin', () => {
    const result = frames.ended.result;
    const serverNow = ARRIVED + 4321;
    const joined = pollsClient.init(
      pollsProtocol.joinState.parse({ running: null, last: result, serverNow }),
      participant,
    );
    expect(joined).toEqual({ running: null, last: { result, mine: null, eligible: null }, clock: { offset: 4321 } });
  });

  it('learnsTheServersClockFromAStartAsItArrives', () => {
    expect(run(participant, event(frames.started)).clock).toEqual({ offset: poll.startedAt - ARRIVED });
  });

  it('participantsOfAHiddenPollSeeOnlyHowManyVoted', () => {
    const state = run(participant, event(frames.started), event(frames.progress), event(frames.voted));
    expect(state.running).toEqual({ poll, voters: 2, counts: null, myChoices: [1] });
  });

  it('moderatorsSeeHiddenCountsAndProgressKeepsThem', () => {
    const state = run(moderator, event(frames.started), event(frames.tally), event(frames.progress));
    expect(state.running?.counts).toEqual([1, 1, 0]);
    const started = run(moderator, event(frames.started));
    expect(started.running?.counts).toEqual([0, 0, 0]);
  });

  it('endedMovesThePollToTheLastResultWithTheOwnVoteAndHowManyCouldVote', () => {
    const state = run(participant, event(frames.started), event(frames.voted), event(frames.ended));
    expect(state.running).toBeNull();
    expect(state.last).toEqual({ result: frames.ended.result, mine: [1], eligible: 3 });
    expect(state.clock).toEqual({ offset: frames.ended.result.endedAt - ARRIVED });
    const notVoted = run(participant, event(frames.started), event(frames.ended));
    expect(notVoted.last?.mine).toBeNull();
  });

  it('everyoneAtAScreenCanVote', () => {
    expect(eligibleVoters(roster)).toBe(3);
    expect(eligibleVoters([])).toBe(0);
  });

  it('eventsOfAnotherPollChangeNothing', () => {
    const before = run(participant, event(frames.started));
    const other = event({ ...frames.tally, pollId: 'poll-9' });
    expect(pollsReducer(before, other, participant)).toBe(before);
    expect(pollsReducer(before, event({ ...frames.voted, pollId: 'poll-9' }), participant)).toBe(before);
  });

  it('aDemotedModeratorForgetsHiddenCounts', () => {
    const state = run(moderator, event(frames.started), event(frames.tally));
    const demoted = pollsReducer(state, { type: 'selfChanged', previous: moderator.self }, participant);
    expect(demoted.running?.counts).toBeNull();
    expect(pollsReducer(demoted, { type: 'selfChanged', previous: moderator.self }, participant)).toBe(demoted);
  });

  it('errorsLeaveTheStateAlone', () => {
    const state = run(participant, event(frames.started));
    const error = { type: 'error', error: { error: 'alreadyVoted', pollId: 'poll-1' }, id: 'c1' } as Input;
    expect(pollsReducer(state, error, participant)).toBe(state);
  });
});

describe('announcePolls', () => {
  it('announcesStartEndAndTheOwnVoteButNoTallies', () => {
    expect(announcePolls(event(frames.started), undefined, participant)).toEqual({
      key: 'pollStarted',
      params: { topic: 'Lunch?' },
      topic: 'poll',
      notice: true,
      brief: true,
    });
    expect(announcePolls(event(frames.ended))).toEqual({
      key: 'pollEnded',
      params: { topic: 'Lunch?' },
      topic: 'poll',
    });
    expect(announcePolls(event(frames.voted))?.key).toBe('voteRecorded');
    expect(announcePolls(event(frames.tally))).toBeNull();
  });

  it('showsTheStartBrieflyToAllButWhoStartedItAndItsEndEndsThatNotice', () => {
    const mine = event({ ...frames.started, poll: { ...poll, startedBy: SAM } });
    expect(announcePolls(mine, undefined, moderator)).toEqual({
      key: 'pollStarted',
      params: { topic: 'Lunch?' },
      topic: 'poll',
    });
    expect(announcePolls(event(frames.started), undefined, moderator)?.notice).toBe(true);
    expect(announcePolls(event(frames.ended), undefined, participant)?.topic).toBe(
      announcePolls(event(frames.started), undefined, participant)?.topic,
    );
  });

  it('showsRefusalsAsNoticesWithTheLimit', () => {
    const error = (e: Record<string, unknown>) => ({ type: 'error', error: e, id: 'c1' }) as Input;
    expect(announcePolls(error({ error: 'invalidChoice', index: 2, maxLength: 120 }))).toEqual({
      key: 'choiceInvalid',
      params: { position: 3, maxLength: 120 },
      notice: true,
    });
    expect(announcePolls(error({ error: 'forbidden', required: 'moderator' }))?.key).toBe('notAllowed');
  });
});

describe('command builders', () => {
  const draft = {
    topic: 'Lunch?',
    choices: ['Pizza', '', 'Soup', ' '],
    multiple: false,
    results: 'live',
    changeable: false,
  } as const;

  it('startLeavesBlankRowsOutAndAddsTheDurationOnlyWhenSet', () => {
    expect(startPoll(draft)).toEqual({
      action: 'start',
      topic: 'Lunch?',
      choices: ['Pizza', 'Soup'],
      multiple: false,
      results: 'live',
      changeable: false,
    });
    expect(startPoll({ ...draft, durationSeconds: 60 })).toMatchObject({ durationSeconds: 60 });
    expect(votePoll('poll-1', [2, 0])).toEqual({ action: 'vote', pollId: 'poll-1', choices: [0, 2] });
    expect(endPoll('poll-1')).toEqual({ action: 'end', pollId: 'poll-1' });
  });

  it('theFormChecksTheServersLimits', () => {
    expect(draftProblem(draft)).toBeNull();
    expect(draftProblem({ ...draft, topic: ' ' })).toEqual({ error: 'invalidTopic', maxLength: 300 });
    expect(draftProblem({ ...draft, choices: ['One', ''] })).toEqual({ error: 'invalidChoiceCount', min: 2, max: 64 });
    expect(draftProblem({ ...draft, choices: ['One', 'one'] })).toEqual({ error: 'duplicateChoice', index: 1 });
    expect(draftProblem({ ...draft, durationSeconds: 5 })).toMatchObject({ error: 'invalidDuration' });
  });
});
