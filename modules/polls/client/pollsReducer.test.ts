import type { ModuleContext } from '@plenum/client-kit';
import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { pollsProtocol } from '../protocol.js';
import { draftProblem } from './pollDraftProblem.js';
import { announcePolls } from './pollsAnnouncements.js';
import { pollsClient } from './pollsClient.js';
import { endPoll, startPoll, votePoll } from './pollsCommands.js';
import { type PollsState, pollsReducer } from './pollsReducer.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const moderator: ModuleContext = {
  self: { participantId: SAM, role: 'moderator', owner: false, moderator: true },
  participants: [],
};
const participant: ModuleContext = {
  self: { participantId: SAM, role: 'participant', owner: false, moderator: false },
  participants: [],
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
    result: { poll, counts: [1, 2, 0], voters: 3, reason: 'closed', endedBy: 'alice-participant-0001', endedAt: 5 },
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
  const state = pollsClient.init(pollsProtocol.joinState.parse({ running: null, last: null }), context);
  if (!state) throw new Error('off');
  return state;
};
const run = (context: ModuleContext, ...inputs: Input[]) =>
  inputs.reduce((s, input) => pollsReducer(s, input, context), empty(context));

describe('pollsReducer', () => {
  it('noJoinStateMeansTheModuleIsOff', () => {
    expect(pollsClient.init(undefined, participant)).toBeNull();
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

  it('endedMovesThePollToTheLastResult', () => {
    const state = run(participant, event(frames.started), event(frames.ended));
    expect(state.running).toBeNull();
    expect(state.last?.counts).toEqual([1, 2, 0]);
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
    expect(announcePolls(event(frames.started))).toEqual({ key: 'pollStarted', params: { topic: 'Lunch?' } });
    expect(announcePolls(event(frames.ended))).toEqual({ key: 'pollEnded', params: { topic: 'Lunch?' } });
    expect(announcePolls(event(frames.voted))?.key).toBe('voteRecorded');
    expect(announcePolls(event(frames.tally))).toBeNull();
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
