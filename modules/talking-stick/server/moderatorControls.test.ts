import { describe, expect, it } from 'vitest';
import { clearAll, listOf, NS, stickFrames, stickRoom } from './talkingStickTestRoom.test-support.js';

async function running(secondsPerSpeaker: number | null = null) {
  const room = stickRoom();
  const alice = await room.join('alice');
  const bob = await room.join('bob');
  const carol = await room.join('carol');
  const guest = await room.join('guest');
  await alice.act(NS, 'start', {
    mode: 'fixed',
    participantIds: [bob.participantId, carol.participantId],
    secondsPerSpeaker,
  });
  clearAll(alice, bob, carol, guest);
  return { room, alice, bob, carol, guest };
}

describe('moderators steer the list', () => {
  it('moderatorSkipsTheCurrentSpeaker', async () => {
    const { alice, bob, carol, guest } = await running();
    await alice.act(NS, 'skip', { participantId: bob.participantId });
    for (const p of [alice, bob, carol, guest])
      expect(p.inbox.events(NS, 'turnChanged')).toMatchObject([
        {
          previous: bob.participantId,
          reason: 'skipped',
          list: { speaker: carol.participantId, spoken: [bob.participantId] },
        },
      ]);
    expect(carol.inbox.events(NS, 'yourTurn')).toHaveLength(1);
  });

  it('aSkipMeantForSomeoneWhoAlreadyPassedIsRefused', async () => {
    const { alice, bob, carol } = await running();
    await bob.act(NS, 'pass');
    clearAll(alice, bob, carol);
    await alice.act(NS, 'skip', { participantId: bob.participantId }, 's');
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 's', error: 'notSpeaking', participantId: bob.participantId }]);
    expect(carol.inbox.frames).toEqual([]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('participantCannotSkipAddRemoveOrStop', async () => {
    const { alice, bob, carol, guest } = await running();
    await carol.act(NS, 'skip', { participantId: bob.participantId }, 'a');
    await carol.act(NS, 'add', { participantId: guest.participantId }, 'b');
    await bob.act(NS, 'remove', { participantId: carol.participantId }, 'c');
    await guest.act(NS, 'stop', {}, 'd');
    const forbidden = (id: string) => ({ ns: NS, id, error: 'forbidden', required: 'moderator' });
    expect(stickFrames(carol)).toEqual([forbidden('a'), forbidden('b')]);
    expect(stickFrames(bob)).toEqual([forbidden('c')]);
    expect(stickFrames(guest)).toEqual([forbidden('d')]);
    expect(alice.inbox.frames).toEqual([]);
    await alice.act(NS, 'stop');
    expect(alice.inbox.events(NS, 'ended')).toHaveLength(1);
  });

  it('moderatorAddsSomeoneAtTheEndWhileTheListRuns', async () => {
    const { alice, bob, carol, guest } = await running();
    await alice.act(NS, 'add', { participantId: guest.participantId });
    for (const p of [alice, bob, carol, guest])
      expect(p.inbox.events(NS, 'orderChanged')).toMatchObject([
        {
          change: 'added',
          participantId: guest.participantId,
          list: { waiting: [carol.participantId, guest.participantId] },
        },
      ]);
    expect(guest.inbox.events(NS, 'youAreNext')).toEqual([]);
    expect(carol.inbox.events(NS, 'youAreNext')).toEqual([]);
  });

  it('moderatorAddsSomeoneAsTheNextSpeakerWhoIsToldTheyAreNext', async () => {
    const { alice, bob, carol, guest } = await running();
    await alice.act(NS, 'add', { participantId: guest.participantId, position: 'next' });
    expect(listOf(bob.inbox)).toMatchObject({
      speaker: bob.participantId,
      waiting: [guest.participantId, carol.participantId],
      next: guest.participantId,
    });
    expect(guest.inbox.events(NS, 'youAreNext')).toHaveLength(1);
    await bob.act(NS, 'pass');
    expect(listOf(alice.inbox)?.speaker).toBe(guest.participantId);
    expect(carol.inbox.events(NS, 'youAreNext')).toHaveLength(1);
  });

  it('someoneWhoSpokeCanBeAddedAgain', async () => {
    const { alice, bob } = await running();
    await bob.act(NS, 'pass');
    await alice.act(NS, 'add', { participantId: bob.participantId });
    expect(listOf(alice.inbox)).toMatchObject({ waiting: [bob.participantId], spoken: [] });
  });

  it('addingSomeoneListedUnknownOrTheRecorderIsRefused', async () => {
    const { room, alice, bob, carol } = await running();
    const recorder = await room.join('recorder');
    clearAll(bob, carol);
    await alice.act(NS, 'add', { participantId: bob.participantId }, 'a');
    await alice.act(NS, 'add', { participantId: carol.participantId }, 'b');
    await alice.act(NS, 'add', { participantId: 'stranger-participant-0001' }, 'c');
    await alice.act(NS, 'add', { participantId: recorder.participantId }, 'd');
    expect(stickFrames(alice)).toEqual([
      { ns: NS, id: 'a', error: 'alreadyListed', participantId: bob.participantId },
      { ns: NS, id: 'b', error: 'alreadyListed', participantId: carol.participantId },
      { ns: NS, id: 'c', error: 'unknownParticipant', participantId: 'stranger-participant-0001' },
      { ns: NS, id: 'd', error: 'cannotSpeak', participantId: recorder.participantId },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('moderatorRemovesSomeoneWhoWaits', async () => {
    const { alice, bob, carol } = await running();
    await alice.act(NS, 'remove', { participantId: carol.participantId });
    expect(carol.inbox.events(NS, 'orderChanged')).toMatchObject([
      {
        change: 'removed',
        participantId: carol.participantId,
        list: { speaker: bob.participantId, waiting: [], next: null },
      },
    ]);
    await alice.act(NS, 'remove', { participantId: carol.participantId }, 'again');
    expect(stickFrames(alice).at(-1)).toEqual({
      ns: NS,
      id: 'again',
      error: 'notListed',
      participantId: carol.participantId,
    });
    await bob.act(NS, 'pass');
    expect(bob.inbox.events(NS, 'ended')).toMatchObject([{ reason: 'passed', previous: bob.participantId }]);
  });

  it('removingTheSpeakerPassesTheStickAndTheyDoNotCountAsSpoken', async () => {
    const { room, alice, bob, carol } = await running(60);
    await room.advance(10_000);
    await alice.act(NS, 'remove', { participantId: bob.participantId });
    expect(bob.inbox.events(NS, 'turnChanged')).toMatchObject([
      {
        previous: bob.participantId,
        reason: 'removed',
        list: { speaker: carol.participantId, spoken: [], turnEndsAt: room.clock.now() + 60_000 },
      },
    ]);
    expect(carol.inbox.events(NS, 'yourTurn')).toHaveLength(1);
  });

  it('moderatorStopsTheListAndItsTimerWithIt', async () => {
    const { room, alice, bob, carol, guest } = await running(60);
    await alice.act(NS, 'stop');
    for (const p of [alice, bob, carol, guest])
      expect(stickFrames(p)).toEqual([{ ns: NS, event: 'ended', reason: 'stopped', previous: bob.participantId }]);
    await room.advance(120_000);
    expect(bob.inbox.events(NS)).toHaveLength(1);
    await alice.act(NS, 'start', { mode: 'random', participantIds: [guest.participantId] });
    expect(listOf(guest.inbox)?.speaker).toBe(guest.participantId);
  });

  it('commandsWithoutARunningListAreRefused', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act(NS, 'skip', { participantId: bob.participantId }, 'a');
    await alice.act(NS, 'add', { participantId: bob.participantId }, 'b');
    await alice.act(NS, 'remove', { participantId: bob.participantId }, 'c');
    await alice.act(NS, 'stop', {}, 'd');
    await bob.act(NS, 'pass', {}, 'e');
    await bob.act(NS, 'nominate', { participantId: alice.participantId }, 'f');
    expect(stickFrames(alice)).toEqual(['a', 'b', 'c', 'd'].map((id) => ({ ns: NS, id, error: 'notRunning' })));
    expect(stickFrames(bob)).toEqual(['e', 'f'].map((id) => ({ ns: NS, id, error: 'notRunning' })));
  });

  it('aDemotedModeratorCanNoLongerSteer', async () => {
    const { alice, bob, carol } = await running();
    await alice.act('core', 'demote', { participantId: alice.participantId });
    clearAll(alice, bob, carol);
    await alice.act(NS, 'stop', {}, 's');
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 's', error: 'forbidden', required: 'moderator' }]);
    expect(bob.inbox.frames).toEqual([]);
  });
});
