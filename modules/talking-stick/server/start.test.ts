import { describe, expect, it } from 'vitest';
import { MAX_SECONDS_PER_SPEAKER, MAX_SPEAKERS, MIN_SECONDS_PER_SPEAKER } from '../protocol.js';
import { clearAll, listOf, NS, pickFirst, stickFrames, stickRoom } from './talkingStickTestRoom.test-support.js';

describe('starting a speaker list', () => {
  it('moderatorStartsAFixedListAndEveryoneSeesWhoSpeaksAndWhoIsNext', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const guest = await room.join('guest');
    const order = [carol.participantId, bob.participantId, guest.participantId];
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: order, secondsPerSpeaker: 60 });
    const expected = {
      mode: 'fixed',
      speaker: carol.participantId,
      waiting: [bob.participantId, guest.participantId],
      next: bob.participantId,
      spoken: [],
      secondsPerSpeaker: 60,
      turnStartedAt: room.clock.now(),
      turnEndsAt: room.clock.now() + 60_000,
    };
    for (const p of [alice, bob, carol, guest]) {
      expect(p.inbox.events(NS, 'started')).toEqual([
        { ns: NS, event: 'started', list: expected, by: alice.participantId, now: room.clock.now() },
      ]);
    }
  });

  it('theSpeakerIsToldItIsTheirTurnAndOnlyTheNextThatTheyAreNext', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: [bob.participantId, carol.participantId] });
    expect(bob.inbox.events(NS, 'yourTurn')).toEqual([
      { ns: NS, event: 'yourTurn', secondsPerSpeaker: null, turnEndsAt: null },
    ]);
    expect(carol.inbox.events(NS, 'youAreNext')).toEqual([{ ns: NS, event: 'youAreNext' }]);
    expect(alice.inbox.events(NS, 'yourTurn')).toEqual([]);
    expect(alice.inbox.events(NS, 'youAreNext')).toEqual([]);
    expect(bob.inbox.events(NS, 'youAreNext')).toEqual([]);
    expect(carol.inbox.events(NS, 'yourTurn')).toEqual([]);
  });

  it('participantCannotStartAList', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    clearAll(alice, bob, guest);
    await bob.act(NS, 'start', { mode: 'fixed' }, 'c1');
    await guest.act(NS, 'start', { mode: 'random' }, 'c2');
    expect(stickFrames(bob)).toEqual([{ ns: NS, id: 'c1', error: 'forbidden', required: 'moderator' }]);
    expect(stickFrames(guest)).toEqual([{ ns: NS, id: 'c2', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    const late = await room.join('carol');
    expect(late.inbox.last('core', 'joined')?.modules).toMatchObject({ [NS]: { list: null } });
  });

  it('withoutAListEveryonePresentSpeaksInJoinOrderButNeverTheRecorder', async () => {
    const room = stickRoom();
    const owner = await room.join('owner');
    await room.join('recorder');
    const bob = await room.join('bob');
    const phone = await room.join('phone');
    await owner.act(NS, 'start', { mode: 'fixed' });
    expect(listOf(bob.inbox)).toMatchObject({
      speaker: owner.participantId,
      waiting: [bob.participantId, phone.participantId],
    });
  });

  it('aRandomListIsShuffledWithTheRandomSource', async () => {
    const room = stickRoom(pickFirst);
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const ids = [alice.participantId, bob.participantId, carol.participantId];
    await alice.act(NS, 'start', { mode: 'random', participantIds: ids });
    // Fisher–Yates always taking index 0 turns [a, b, c] into [b, c, a].
    expect(listOf(carol.inbox)).toMatchObject({
      mode: 'random',
      speaker: bob.participantId,
      waiting: [carol.participantId, alice.participantId],
      next: carol.participantId,
    });
  });

  it('aSecondListCannotStartWhileOneRuns', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act(NS, 'start', { mode: 'fixed' });
    clearAll(alice, bob);
    await alice.act(NS, 'start', { mode: 'random' }, 'c2');
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 'c2', error: 'alreadyRunning' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('timePerSpeakerOutsideTheLimitsIsRefusedWithTheLimits', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(bob);
    const limits = { minSeconds: MIN_SECONDS_PER_SPEAKER, maxSeconds: MAX_SECONDS_PER_SPEAKER };
    await alice.act(NS, 'start', { mode: 'fixed', secondsPerSpeaker: MIN_SECONDS_PER_SPEAKER - 1 }, 'short');
    await alice.act(NS, 'start', { mode: 'fixed', secondsPerSpeaker: MAX_SECONDS_PER_SPEAKER + 1 }, 'long');
    expect(stickFrames(alice)).toEqual([
      { ns: NS, id: 'short', error: 'invalidDuration', ...limits },
      { ns: NS, id: 'long', error: 'invalidDuration', ...limits },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    await alice.act(NS, 'start', { mode: 'fixed', secondsPerSpeaker: MAX_SECONDS_PER_SPEAKER });
    expect(listOf(bob.inbox)?.secondsPerSpeaker).toBe(MAX_SECONDS_PER_SPEAKER);
  });

  it('unknownPeopleDuplicatesAndTheRecorderAreRefused', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const recorder = await room.join('recorder');
    clearAll(bob, recorder);
    const stranger = 'stranger-participant-0001';
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: [bob.participantId, stranger] }, 'u');
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: [bob.participantId, bob.participantId] }, 'd');
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: [recorder.participantId] }, 'r');
    await alice.act(NS, 'start', { mode: 'nominate', participantIds: [] }, 'e');
    expect(stickFrames(alice)).toEqual([
      { ns: NS, id: 'u', error: 'unknownParticipant', participantId: stranger },
      { ns: NS, id: 'd', error: 'duplicateParticipant', participantId: bob.participantId },
      { ns: NS, id: 'r', error: 'cannotSpeak', participantId: recorder.participantId },
      { ns: NS, id: 'e', error: 'nobodyToList' },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    expect(recorder.inbox.frames).toEqual([]);
  });

  it('aListLongerThanTheLimitIsRefusedWithTheLimit', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const ids = Array.from({ length: MAX_SPEAKERS + 1 }, (_, i) => `someone-participant-${String(i).padStart(5, '0')}`);
    await alice.act(NS, 'start', { mode: 'fixed', participantIds: ids }, 'big');
    expect(stickFrames(alice)).toEqual([{ ns: NS, id: 'big', error: 'tooManySpeakers', maxSpeakers: MAX_SPEAKERS }]);
  });

  it('aLateJoinerGetsTheRunningListAndTheServerClock', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act(NS, 'start', { mode: 'nominate', secondsPerSpeaker: 120 });
    await room.advance(30_000);
    const carol = await room.join('carol');
    expect(carol.inbox.last('core', 'joined')?.modules).toMatchObject({
      [NS]: {
        now: room.clock.now(),
        list: {
          mode: 'nominate',
          speaker: alice.participantId,
          waiting: [bob.participantId],
          next: null,
          turnEndsAt: room.clock.now() + 90_000,
        },
      },
    });
    expect(stickFrames(carol)).toEqual([]);
  });
});
