import { coreModule } from '@plenum/module-core/server';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import {
  MAX_CHOICE_LENGTH,
  MAX_CHOICES,
  MAX_DURATION_SECONDS,
  MAX_TOPIC_LENGTH,
  MIN_DURATION_SECONDS,
  TALLY_INTERVAL_MS,
} from '../protocol.js';
import { pollsModule } from './PollsModule.js';

const setup = () => new TestRoom({ modules: [coreModule, pollsModule] });

const basic = {
  topic: 'Lunch?',
  choices: ['Pizza', 'Salad', 'Soup'],
  multiple: false,
  results: 'live',
  changeable: false,
} as const;

/** Alice (moderator), Bob and Carol (participants) and a guest in one room, inboxes cleared. */
async function meeting() {
  const room = setup();
  const alice = await room.join('alice');
  const bob = await room.join('bob');
  const carol = await room.join('carol');
  const guest = await room.join('guest');
  const everyone = [alice, bob, carol, guest];
  const clear = () => {
    for (const p of everyone) p.inbox.clear();
  };
  clear();
  return { room, alice, bob, carol, guest, everyone, clear };
}

/** Alice starts a poll; returns its id. */
async function start(alice: TestPersona, fields: Record<string, unknown> = {}): Promise<string> {
  await alice.act('polls', 'start', { ...basic, ...fields });
  const started = alice.inbox.last('polls', 'started');
  const poll = started?.poll as { id: string } | undefined;
  if (!poll) throw new Error(`no poll started: ${JSON.stringify(alice.inbox.frames)}`);
  return poll.id;
}

const pollFrames = (p: TestPersona) => p.inbox.frames.filter((f) => f.ns === 'polls');

describe('starting a poll', () => {
  it('moderatorStartsAPollEveryoneSeesIt', async () => {
    const { room, alice, everyone } = await meeting();
    await alice.act('polls', 'start', { ...basic, topic: '  Lunch?  ', choices: [' Pizza', 'Salad ', 'Soup'] });
    for (const p of everyone)
      expect(p.inbox.events('polls', 'started')).toEqual([
        {
          ns: 'polls',
          event: 'started',
          poll: {
            id: 'poll-1',
            topic: 'Lunch?',
            choices: ['Pizza', 'Salad', 'Soup'],
            multiple: false,
            results: 'live',
            changeable: false,
            startedBy: alice.participantId,
            startedAt: room.clock.now(),
            endsAt: null,
          },
        },
      ]);
  });

  it('participantCannotStartAPoll', async () => {
    const { bob, guest, alice, carol } = await meeting();
    await bob.act('polls', 'start', basic, 'b1');
    await guest.act('polls', 'start', basic, 'g1');
    expect(bob.inbox.frames).toEqual([{ ns: 'polls', id: 'b1', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.frames).toEqual([{ ns: 'polls', id: 'g1', error: 'forbidden', required: 'moderator' }]);
    expect([...alice.inbox.frames, ...carol.inbox.frames]).toEqual([]);
  });

  it('onlyOnePollRunsAtATime', async () => {
    const { alice, bob } = await meeting();
    const first = await start(alice);
    alice.inbox.clear();
    await alice.act('polls', 'start', { ...basic, topic: 'Other' }, 'a2');
    expect(alice.inbox.frames).toEqual([{ ns: 'polls', id: 'a2', error: 'pollRunning', pollId: first, maxRunning: 1 }]);
    expect(bob.inbox.events('polls', 'started')).toHaveLength(1);
  });

  it('topicMustBeNonEmptyAndCapped', async () => {
    const { alice, bob } = await meeting();
    await alice.act('polls', 'start', { ...basic, topic: '   ' }, 'a1');
    await alice.act('polls', 'start', { ...basic, topic: 'x'.repeat(MAX_TOPIC_LENGTH + 1) }, 'a2');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'polls', id: 'a1', error: 'invalidTopic', maxLength: MAX_TOPIC_LENGTH },
      { ns: 'polls', id: 'a2', error: 'invalidTopic', maxLength: MAX_TOPIC_LENGTH },
    ]);
    await alice.act('polls', 'start', { ...basic, topic: 'ä'.repeat(MAX_TOPIC_LENGTH) }, 'a3');
    expect(alice.inbox.errors()).toHaveLength(2);
    expect(bob.inbox.events('polls', 'started')).toHaveLength(1);
  });

  it('pollNeedsTwoToSixtyFourChoices', async () => {
    const { alice, bob } = await meeting();
    const many = Array.from({ length: MAX_CHOICES + 1 }, (_, i) => `Choice ${i}`);
    await alice.act('polls', 'start', { ...basic, choices: ['Only'] }, 'a1');
    await alice.act('polls', 'start', { ...basic, choices: many }, 'a2');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'polls', id: 'a1', error: 'invalidChoiceCount', min: 2, max: MAX_CHOICES },
      { ns: 'polls', id: 'a2', error: 'invalidChoiceCount', min: 2, max: MAX_CHOICES },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    await alice.act('polls', 'start', { ...basic, choices: many.slice(0, MAX_CHOICES) }, 'a3');
    expect(bob.inbox.events('polls', 'started')).toHaveLength(1);
  });

  it('choicesMustBeNonEmptyCappedAndUniqueAfterTrim', async () => {
    const { alice, bob } = await meeting();
    await alice.act('polls', 'start', { ...basic, choices: ['Yes', '  '] }, 'a1');
    await alice.act('polls', 'start', { ...basic, choices: ['Yes', 'n'.repeat(MAX_CHOICE_LENGTH + 1)] }, 'a2');
    await alice.act('polls', 'start', { ...basic, choices: ['Yes', 'No', ' yes '] }, 'a3');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'polls', id: 'a1', error: 'invalidChoice', index: 1, maxLength: MAX_CHOICE_LENGTH },
      { ns: 'polls', id: 'a2', error: 'invalidChoice', index: 1, maxLength: MAX_CHOICE_LENGTH },
      { ns: 'polls', id: 'a3', error: 'duplicateChoice', index: 2 },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('durationMustBeWholeSecondsWithinLimits', async () => {
    const { alice, bob } = await meeting();
    const limits = { error: 'invalidDuration', minSeconds: MIN_DURATION_SECONDS, maxSeconds: MAX_DURATION_SECONDS };
    await alice.act('polls', 'start', { ...basic, durationSeconds: MIN_DURATION_SECONDS - 1 }, 'a1');
    await alice.act('polls', 'start', { ...basic, durationSeconds: MAX_DURATION_SECONDS + 1 }, 'a2');
    await alice.act('polls', 'start', { ...basic, durationSeconds: 30.5 }, 'a3');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'polls', id: 'a1', ...limits },
      { ns: 'polls', id: 'a2', ...limits },
      { ns: 'polls', id: 'a3', ...limits },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('malformedStartIsRefusedBeforeTheModule', async () => {
    const { alice, bob } = await meeting();
    await alice.act('polls', 'start', { ...basic, results: 'sometimes' }, 'a1');
    expect(alice.inbox.errors()).toMatchObject([{ ns: 'signaling', id: 'a1', error: 'invalidCommand' }]);
    expect(bob.inbox.frames).toEqual([]);
  });
});

describe('voting', () => {
  it('everyoneVotesOnceAndOnlyTheVoterHearsTheirBallot', async () => {
    const { alice, bob, carol, guest, clear } = await meeting();
    const pollId = await start(alice);
    clear();
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    expect(bob.inbox.frames).toEqual([{ ns: 'polls', event: 'voted', pollId, choices: [1] }]);
    expect([...alice.inbox.frames, ...carol.inbox.frames, ...guest.inbox.frames]).toEqual([]);
    await guest.act('polls', 'vote', { pollId, choices: [0] });
    expect(guest.inbox.events('polls', 'voted')).toEqual([{ ns: 'polls', event: 'voted', pollId, choices: [0] }]);
  });

  it('voteCannotBeChangedUnlessThePollAllowsIt', async () => {
    const { room, alice, bob, carol } = await meeting();
    const pollId = await start(alice);
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    await room.advance(TALLY_INTERVAL_MS);
    bob.inbox.clear();
    carol.inbox.clear();
    await bob.act('polls', 'vote', { pollId, choices: [2] }, 'b2');
    await room.advance(TALLY_INTERVAL_MS);
    expect(bob.inbox.frames).toEqual([{ ns: 'polls', id: 'b2', error: 'alreadyVoted', pollId }]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('voteCanBeChangedWhileAChangeablePollRuns', async () => {
    const { room, alice, bob } = await meeting();
    const pollId = await start(alice, { changeable: true });
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    await bob.act('polls', 'vote', { pollId, choices: [2] });
    await room.advance(TALLY_INTERVAL_MS);
    expect(bob.inbox.events('polls', 'voted').at(-1)).toMatchObject({ choices: [2] });
    expect(alice.inbox.events('polls', 'tally')).toEqual([
      { ns: 'polls', event: 'tally', pollId, counts: [0, 0, 1], voters: 1 },
    ]);
  });

  it('badBallotsAreRefusedWithTypedErrors', async () => {
    const { room, alice, bob, carol } = await meeting();
    const single = await start(alice);
    carol.inbox.clear();
    await bob.act('polls', 'vote', { pollId: single, choices: [] }, 'b1');
    await bob.act('polls', 'vote', { pollId: single, choices: [0, 1] }, 'b2');
    await bob.act('polls', 'vote', { pollId: single, choices: [3] }, 'b3');
    await bob.act('polls', 'vote', { pollId: single, choices: [-1] }, 'b4');
    await bob.act('polls', 'vote', { pollId: single, choices: [0.5] }, 'b5');
    await bob.act('polls', 'vote', { pollId: 'poll-99', choices: [0] }, 'b6');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'polls', id: 'b1', error: 'emptyBallot', pollId: single },
      { ns: 'polls', id: 'b2', error: 'tooManyChoices', pollId: single, maxChoices: 1 },
      { ns: 'polls', id: 'b3', error: 'unknownChoice', pollId: single, choice: 3, choiceCount: 3 },
      { ns: 'polls', id: 'b4', error: 'unknownChoice', pollId: single, choice: -1, choiceCount: 3 },
      { ns: 'polls', id: 'b5', error: 'unknownChoice', pollId: single, choice: 0.5, choiceCount: 3 },
      { ns: 'polls', id: 'b6', error: 'noSuchPoll', pollId: 'poll-99' },
    ]);
    await room.advance(TALLY_INTERVAL_MS);
    expect(carol.inbox.frames).toEqual([]);
    expect(alice.inbox.events('polls', 'tally')).toEqual([]);
  });

  it('multipleChoiceTakesSeveralChoicesButNoneTwice', async () => {
    const { room, alice, bob } = await meeting();
    const pollId = await start(alice, { multiple: true });
    await bob.act('polls', 'vote', { pollId, choices: [0, 0] }, 'b1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'polls', id: 'b1', error: 'repeatedChoice', pollId, choice: 0 }]);
    await bob.act('polls', 'vote', { pollId, choices: [0, 2] });
    await room.advance(TALLY_INTERVAL_MS);
    expect(alice.inbox.last('polls', 'tally')).toMatchObject({ counts: [1, 0, 1], voters: 1 });
  });

  it('rejoiningDoesNotGiveASecondVote', async () => {
    const room = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob', { identity: 'user:bob' });
    const pollId = await start(alice);
    await bob.act('polls', 'vote', { pollId, choices: [0] });
    await bob.act('core', 'leave');
    const again = await room.join('bob', { identity: 'user:bob' });
    expect(again.inbox.last('core', 'joined')?.modules).toMatchObject({
      polls: { running: { myChoices: [0], voters: 1 } },
    });
    await again.act('polls', 'vote', { pollId, choices: [1] }, 'b2');
    expect(again.inbox.errors()).toEqual([{ ns: 'polls', id: 'b2', error: 'alreadyVoted', pollId }]);
  });
});

describe('running counts', () => {
  it('liveResultsAreCoalescedAndGoToEveryone', async () => {
    const { room, alice, bob, carol, guest, everyone, clear } = await meeting();
    const pollId = await start(alice);
    clear();
    await bob.act('polls', 'vote', { pollId, choices: [0] });
    await carol.act('polls', 'vote', { pollId, choices: [0] });
    await guest.act('polls', 'vote', { pollId, choices: [2] });
    expect(alice.inbox.frames).toEqual([]);
    await room.advance(TALLY_INTERVAL_MS - 1);
    expect(alice.inbox.frames).toEqual([]);
    await room.advance(1);
    for (const p of everyone)
      expect(p.inbox.events('polls', 'tally')).toEqual([
        { ns: 'polls', event: 'tally', pollId, counts: [2, 0, 1], voters: 3 },
      ]);
  });

  it('talliesNeverSayWhoVotedWhat', async () => {
    const { room, alice, bob, carol } = await meeting();
    const pollId = await start(alice, { results: 'hidden' });
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    await room.advance(TALLY_INTERVAL_MS);
    await alice.act('polls', 'end', { pollId });
    const seenByOthers = JSON.stringify([...alice.inbox.frames, ...carol.inbox.frames]);
    expect(seenByOthers).not.toContain(bob.participantId);
  });

  it('hiddenResultsShowOnlyTheNumberOfVotersToParticipants', async () => {
    const { room, alice, bob, carol, clear } = await meeting();
    const pollId = await start(alice, { results: 'hidden' });
    clear();
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    await room.advance(TALLY_INTERVAL_MS);
    expect(pollFrames(carol)).toEqual([{ ns: 'polls', event: 'progress', pollId, voters: 1 }]);
    expect(carol.inbox.events('polls', 'tally')).toEqual([]);
    expect(pollFrames(alice)).toEqual([
      { ns: 'polls', event: 'progress', pollId, voters: 1 },
      { ns: 'polls', event: 'tally', pollId, counts: [0, 1, 0], voters: 1 },
    ]);
  });

  it('hiddenCountsReachAllModeratorsInOneWrite', async () => {
    const { room, alice, bob, carol, guest } = await meeting();
    const owner = await room.join('owner');
    const pollId = await start(alice, { results: 'hidden' });
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    room.writes.length = 0;
    await room.advance(TALLY_INTERVAL_MS);
    // `progress` to all five, then the counts once to owner and Alice.
    expect(room.writes.map((w) => w.recipients)).toEqual([5, 2]);
    for (const p of [owner, alice]) expect(p.inbox.last('polls', 'tally')).toMatchObject({ counts: [0, 1, 0] });
    for (const p of [bob, carol, guest]) expect(p.inbox.events('polls', 'tally')).toEqual([]);
  });

  it('aNewModeratorSeesTheHiddenCountsAtOnce', async () => {
    const { room, alice, bob, carol } = await meeting();
    const pollId = await start(alice, { results: 'hidden' });
    await bob.act('polls', 'vote', { pollId, choices: [2] });
    await room.advance(TALLY_INTERVAL_MS);
    carol.inbox.clear();
    await alice.act('core', 'promote', { participantId: carol.participantId });
    expect(carol.inbox.events('polls', 'tally')).toEqual([
      { ns: 'polls', event: 'tally', pollId, counts: [0, 0, 1], voters: 1 },
    ]);
  });
});

describe('ending a poll', () => {
  it('resultGoesToEveryoneAtTheEnd', async () => {
    const { room, alice, bob, carol, everyone, clear } = await meeting();
    const pollId = await start(alice, { results: 'hidden' });
    await bob.act('polls', 'vote', { pollId, choices: [1] });
    await carol.act('polls', 'vote', { pollId, choices: [1] });
    clear();
    await alice.act('polls', 'end', { pollId });
    for (const p of everyone)
      expect(p.inbox.events('polls', 'ended')).toEqual([
        {
          ns: 'polls',
          event: 'ended',
          result: expect.objectContaining({
            counts: [0, 2, 0],
            voters: 2,
            reason: 'closed',
            endedBy: alice.participantId,
            endedAt: room.clock.now(),
          }),
        },
      ]);
    await room.advance(TALLY_INTERVAL_MS);
    expect(bob.inbox.events('polls', 'tally')).toEqual([]);
  });

  it('anyModeratorOrTheInitiatorEndsItButNoParticipant', async () => {
    const { alice, bob, carol } = await meeting();
    const pollId = await start(alice);
    carol.inbox.clear();
    await bob.act('polls', 'end', { pollId }, 'b1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'polls', id: 'b1', error: 'forbidden', required: 'moderator' }]);
    expect(carol.inbox.frames).toEqual([]);
    await alice.act('core', 'promote', { participantId: carol.participantId });
    await carol.act('polls', 'end', { pollId });
    expect(bob.inbox.last('polls', 'ended')).toMatchObject({ result: { endedBy: carol.participantId } });
  });

  it('initiatorMayEndTheirPollAfterBeingDemoted', async () => {
    const room = setup();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const pollId = await start(alice);
    await owner.act('core', 'demote', { participantId: alice.participantId });
    await alice.act('polls', 'end', { pollId });
    expect(owner.inbox.last('polls', 'ended')).toMatchObject({ result: { reason: 'closed' } });
  });

  it('endingAnUnknownPollIsRefused', async () => {
    const { alice, bob } = await meeting();
    await alice.act('polls', 'end', { pollId: 'poll-7' }, 'a1');
    expect(alice.inbox.frames).toEqual([{ ns: 'polls', id: 'a1', error: 'noSuchPoll', pollId: 'poll-7' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('pollEndsByItselfAtItsDuration', async () => {
    const { room, alice, bob } = await meeting();
    const pollId = await start(alice, { durationSeconds: 60 });
    expect(bob.inbox.last('polls', 'started')).toMatchObject({ poll: { endsAt: room.clock.now() + 60_000 } });
    await bob.act('polls', 'vote', { pollId, choices: [0] });
    await room.advance(59_999);
    expect(bob.inbox.events('polls', 'ended')).toEqual([]);
    await room.advance(1);
    expect(bob.inbox.last('polls', 'ended')).toMatchObject({
      result: { counts: [1, 0, 0], voters: 1, reason: 'expired', endedBy: null },
    });
    await bob.act('polls', 'vote', { pollId, choices: [1] }, 'late');
    expect(bob.inbox.errors()).toEqual([{ ns: 'polls', id: 'late', error: 'noSuchPoll', pollId }]);
  });

  it('aPollEndedByHandDoesNotExpireLater', async () => {
    const { room, alice, bob } = await meeting();
    const pollId = await start(alice, { durationSeconds: 60 });
    await alice.act('polls', 'end', { pollId });
    const next = await start(alice);
    await room.advance(60_000);
    expect(bob.inbox.events('polls', 'ended')).toHaveLength(1);
    expect(next).not.toBe(pollId);
  });
});

describe('joining late', () => {
  it('lateJoinerGetsTheRunningPollAndTheirOwnVoteWhenResumed', async () => {
    const room = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const pollId = await start(alice, { results: 'hidden' });
    await bob.act('polls', 'vote', { pollId, choices: [2] });
    const dave = await room.join('carol', { displayName: 'Dave' });
    expect(dave.inbox.last('core', 'joined')?.modules).toMatchObject({
      polls: { running: { poll: { id: pollId }, voters: 1, counts: null, myChoices: null }, last: null },
    });
    await bob.drop();
    const inbox = await bob.reconnect();
    expect(inbox.last('core', 'joined')?.modules).toMatchObject({
      polls: { running: { voters: 1, counts: null, myChoices: [2] } },
    });
    const late = await room.join('alice', { displayName: 'Mod 2' });
    expect(late.inbox.last('core', 'joined')?.modules).toMatchObject({
      polls: { running: { counts: [0, 0, 1], myChoices: null } },
    });
  });

  it('lateJoinerSeesTheLastResult', async () => {
    const { room, alice } = await meeting();
    const pollId = await start(alice);
    await alice.act('polls', 'end', { pollId });
    const late = await room.join('carol', { displayName: 'Dave' });
    expect(late.inbox.last('core', 'joined')?.modules).toMatchObject({
      polls: { running: null, last: { poll: { id: pollId }, counts: [0, 0, 0], voters: 0 } },
    });
  });
});

describe('large rooms', () => {
  it('twoHundredFiftyVotersGetOneTallyEachPerInterval', async () => {
    const room = setup();
    const alice = await room.join('alice');
    const people: TestPersona[] = [];
    for (let i = 0; i < 249; i++) people.push(await room.join('bob', { displayName: `Bot ${i}` }));
    const pollId = await start(alice);
    for (const p of people) p.inbox.clear();
    const started = performance.now();
    for (const [i, p] of people.entries()) p.send('polls', 'vote', { pollId, choices: [i % 3] });
    await room.settle();
    await room.advance(TALLY_INTERVAL_MS);
    expect(performance.now() - started).toBeLessThan(2_000);
    for (const p of [alice, ...people].filter((_, i) => i % 50 === 0))
      expect(p.inbox.events('polls', 'tally')).toEqual([
        { ns: 'polls', event: 'tally', pollId, counts: [83, 83, 83], voters: 249 },
      ]);
    expect(people.every((p) => p.inbox.events('polls', 'voted').length === 1)).toBe(true);
  });
});
