import { coreModule } from '@plenum/module-core/server';
import { TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { talkingStickModule } from './createTalkingStickModule.js';
import { clearAll, NS, stickRoom } from './talkingStickTestRoom.test-support.js';

describe('bad input', () => {
  it('aMalformedCommandIsRefusedBeforeItReachesTheModule', async () => {
    const room = stickRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clearAll(alice, bob);
    await alice.act(NS, 'start', { mode: 'alphabetical' }, 'm');
    await alice.act(NS, 'start', { mode: 'fixed', secondsPerSpeaker: 1.5 }, 'f');
    await alice.act(NS, 'add', { participantId: 'x' }, 'i');
    await alice.act(NS, 'shout', {}, 'u');
    expect(alice.inbox.errors().map((e) => [e.id, e.ns, e.error])).toEqual([
      ['m', 'signaling', 'invalidCommand'],
      ['f', 'signaling', 'invalidCommand'],
      ['i', 'signaling', 'invalidCommand'],
      ['u', 'signaling', 'unknownAction'],
    ]);
    expect(alice.inbox.events(NS)).toEqual([]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('someoneInTheWaitingRoomCannotUseTheSpeakerList', async () => {
    const room = new TestRoom({ modules: [coreModule, talkingStickModule], settings: { waitingRoom: 'guests' } });
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    await alice.act(NS, 'start', { mode: 'fixed' });
    expect(guest.inbox.events(NS)).toEqual([]);
    clearAll(alice);
    await guest.act(NS, 'pass', {}, 'w1');
    await guest.act(NS, 'start', { mode: 'fixed' }, 'w2');
    expect(guest.inbox.errors()).toEqual([
      { ns: 'core', id: 'w1', error: 'stillWaiting' },
      { ns: 'core', id: 'w2', error: 'stillWaiting' },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    await alice.act(NS, 'add', { participantId: guest.participantId }, 'a');
    expect(alice.inbox.errors()).toEqual([
      { ns: NS, id: 'a', error: 'unknownParticipant', participantId: guest.participantId },
    ]);
  });
});
