import { FakeMediaPlane } from '@plenum/media/fake';
import { coreModule } from '@plenum/module-core/server';
import { mediaModule } from '@plenum/module-media/server';
import type { RoomSettings } from '@plenum/room-kit';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { lobbyModule } from './LobbyModule.js';

const setup = (waitingRoom: RoomSettings['waitingRoom'] = 'guests', maxParticipants = 250) => {
  const plane = new FakeMediaPlane();
  const room = new TestRoom({
    modules: [coreModule, lobbyModule, mediaModule],
    media: plane,
    settings: { waitingRoom, maxParticipants },
  });
  const publishers = () => [...plane.rooms.values()].reduce((n, r) => n + r.publishers.size, 0);
  const subscribers = () => [...plane.rooms.values()].reduce((n, r) => n + r.subscribers.size, 0);
  return { room, publishers, subscribers };
};

/** A browser-like offer that sends a microphone (mid 0). */
const micOffer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=sendonly',
  'a=rtpmap:111 opus/48000/2',
  'a=ice-ufrag:abcd',
  'a=ice-pwd:abcdefghijklmnopqrstuvwx',
  'a=setup:actpass',
  '',
].join('\r\n');
const publishMic = (p: TestPersona) =>
  p.act('media', 'publish', { sdp: micOffer, tracks: [{ mid: '0', source: 'microphone' }] });

const waitingIds = (p: TestPersona) =>
  p.inbox.events('lobby', 'waitingStarted').map((e) => (e.person as { participantId: string }).participantId);

describe('waiting room', () => {
  it('offByDefaultSoEveryoneJoinsDirectly', async () => {
    const room = new TestRoom({ modules: [coreModule, lobbyModule] });
    const alice = await room.join('alice');
    await room.join('guest');
    expect(alice.inbox.last('core', 'joined')?.modules).toEqual({
      lobby: { policy: 'off', guestLinksWait: false, waiting: [] },
    });
    expect(room.room.waitingCount).toBe(0);
  });

  it('waitingGuestSeesNoRosterAndNoMedia', async () => {
    const { room, publishers, subscribers } = setup();
    const alice = await room.join('alice');
    await publishMic(alice);
    const bob = await room.join('bob');
    bob.inbox.clear();
    const before = subscribers();
    const guest = await room.wait('guest');
    expect(guest.inbox.frames).toEqual([
      {
        ns: 'core',
        event: 'waiting',
        participantId: guest.participantId,
        connectionId: guest.connectionId,
        sentBack: false,
        moderatorPresent: true,
      },
    ]);
    expect(room.room.participantCount).toBe(2);
    expect([publishers(), subscribers()]).toEqual([1, before]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('waitingGuestCanOnlyLeave', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    alice.inbox.clear();
    await guest.act('media', 'publish', { sdp: micOffer, tracks: [{ mid: '0', source: 'microphone' }] }, 'w1');
    await guest.act('lobby', 'admit', { participantId: guest.participantId }, 'w2');
    await guest.act('core', 'promote', { participantId: guest.participantId }, 'w3');
    await guest.act('nope', 'anything', {}, 'w4');
    expect(guest.inbox.errors()).toEqual(
      ['w1', 'w2', 'w3', 'w4'].map((id) => ({ ns: 'core', id, error: 'stillWaiting' })),
    );
    expect(alice.inbox.frames).toEqual([]);
    await guest.act('core', 'leave');
    expect(guest.inbox.closedWith).toBe('left');
    expect(alice.inbox.events('lobby', 'waitingEnded')).toEqual([
      { ns: 'lobby', event: 'waitingEnded', participantId: guest.participantId, reason: 'left' },
    ]);
    expect(room.room.waitingCount).toBe(0);
  });

  it('joiningAgainWhileWaitingIsRefused', async () => {
    const { room } = setup();
    const guest = await room.wait('guest');
    room.room.join(guest.connectionId, { displayName: 'Again', role: 'guest', kind: 'browser' });
    await room.settle();
    expect(guest.inbox.errors()).toEqual([{ ns: 'core', error: 'stillWaiting' }]);
    expect(room.room.waitingCount).toBe(1);
  });

  it('moderatorsSeeWhoIsWaiting', async () => {
    const { room } = setup();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    for (const m of [owner, alice])
      expect(m.inbox.events('lobby', 'waitingStarted')).toEqual([
        {
          ns: 'lobby',
          event: 'waitingStarted',
          person: {
            participantId: guest.participantId,
            displayName: 'Gast',
            role: 'guest',
            kind: 'browser',
            since: room.clock.now(),
            sentBack: false,
          },
        },
      ]);
    expect(bob.inbox.events('lobby')).toEqual([]);
    expect(bob.inbox.last('core', 'joined')?.modules).toMatchObject({ lobby: { policy: 'guests' } });
    expect(bob.inbox.last('core', 'joined')?.modules).toHaveProperty('lobby', {
      policy: 'guests',
      guestLinksWait: false,
    });
  });

  it('onlyGuestsWaitWhenThePolicyIsGuests', async () => {
    const { room } = setup('guests');
    await room.join('alice');
    await room.join('bob');
    await room.wait('guest');
    await room.wait('phone');
    expect([room.room.participantCount, room.room.waitingCount]).toEqual([2, 2]);
  });

  it('everyoneButOwnerAndModeratorsWaitsWhenThePolicyIsEveryone', async () => {
    const { room } = setup('everyone');
    await room.join('owner');
    await room.join('alice');
    await room.join('recorder');
    await room.wait('bob');
    await room.wait('guest');
    expect([room.room.participantCount, room.room.waitingCount]).toEqual([3, 2]);
  });

  it('noModeratorPresent', async () => {
    const { room } = setup('everyone');
    const bob = await room.wait('bob');
    const guest = await room.wait('guest');
    expect(room.room.participantCount).toBe(0);
    const alice = await room.join('alice');
    expect(alice.inbox.last('core', 'joined')?.modules).toEqual({
      lobby: {
        policy: 'everyone',
        guestLinksWait: false,
        waiting: [
          expect.objectContaining({ participantId: bob.participantId, role: 'participant' }),
          expect.objectContaining({ participantId: guest.participantId, role: 'guest' }),
        ],
      },
      media: expect.any(Object),
    });
  });

  it('admitOneJoinsThemLikeADirectJoin', async () => {
    const { room, subscribers } = setup();
    const alice = await room.join('alice');
    await publishMic(alice);
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    const other = await room.wait('guest', { displayName: 'Zweiter Gast' });
    alice.inbox.clear();
    bob.inbox.clear();
    await alice.act('lobby', 'admit', { participantId: guest.participantId }, 'a1');
    expect(alice.inbox.errors()).toEqual([]);
    const joined = guest.inbox.last('core', 'joined') ?? {};
    expect(joined).toMatchObject({ participantId: guest.participantId, resumed: false, resume: expect.any(Object) });
    expect(joined.participants).toHaveLength(3);
    expect(Object.keys(joined.modules as object).sort()).toEqual(['lobby', 'media']);
    expect(guest.inbox.last('media', 'subscriberOffer')).toBeDefined();
    expect(subscribers()).toBe(2);
    for (const p of [alice, bob])
      expect(p.inbox.last('core', 'participantJoined')).toMatchObject({
        participant: { id: guest.participantId, role: 'guest' },
      });
    expect(alice.inbox.events('lobby', 'waitingEnded')).toEqual([
      { ns: 'lobby', event: 'waitingEnded', participantId: guest.participantId, reason: 'admitted' },
    ]);
    expect(other.inbox.events('core', 'joined')).toEqual([]);
    expect(room.room.waitingCount).toBe(1);
  });

  it('anAdmittedGuestCanResumeLikeAnyParticipant', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    await alice.act('lobby', 'admit', { participantId: guest.participantId });
    await guest.drop();
    const inbox = await guest.reconnect();
    expect(inbox.last('core', 'joined')).toMatchObject({ participantId: guest.participantId, resumed: true });
  });

  it('admittingSomeoneWhoNoLongerWaitsIsAnError', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    await guest.drop();
    await alice.act('lobby', 'admit', { participantId: guest.participantId }, 'a2');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'lobby', id: 'a2', error: 'notWaiting', participantId: guest.participantId },
    ]);
  });

  it('admitAll', async () => {
    const { room } = setup('everyone');
    const alice = await room.join('alice');
    const bob = await room.wait('bob');
    const guest = await room.wait('guest');
    const phone = await room.wait('phone');
    await alice.act('lobby', 'admitAll', {}, 'a3');
    expect(alice.inbox.errors()).toEqual([]);
    for (const p of [bob, guest, phone]) expect(p.inbox.last('core', 'joined')?.participantId).toBe(p.participantId);
    expect([room.room.participantCount, room.room.waitingCount]).toEqual([4, 0]);
    expect(alice.inbox.events('core', 'participantJoined')).toHaveLength(3);
  });

  it('admitAllStopsAtTheSeatLimitAndSaysSo', async () => {
    const { room } = setup('everyone', 2);
    const alice = await room.join('alice');
    const bob = await room.wait('bob');
    const carol = await room.wait('carol');
    await alice.act('lobby', 'admitAll', {}, 'a4');
    expect(alice.inbox.errors()).toEqual([{ ns: 'lobby', id: 'a4', error: 'roomFull', maxParticipants: 2 }]);
    expect(bob.inbox.last('core', 'joined')).toBeDefined();
    expect(carol.inbox.last('core', 'joined')).toBeUndefined();
    expect(room.room.waitingCount).toBe(1);
  });

  it('guestCannotAdmit', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const guest = await room.join('guest', { role: 'participant' });
    const waiting = await room.wait('guest');
    alice.inbox.clear();
    await guest.act('lobby', 'admit', { participantId: waiting.participantId }, 'a5');
    await guest.act('lobby', 'setWaitingRoom', { policy: 'off' }, 'a6');
    expect(guest.inbox.errors()).toEqual([
      { ns: 'lobby', id: 'a5', error: 'forbidden', required: 'moderator' },
      { ns: 'lobby', id: 'a6', error: 'forbidden', required: 'moderator' },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    expect(waiting.inbox.events('core', 'joined')).toEqual([]);
  });

  it('someoneTurnedAwayCannotKnockAgainForAWhile', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const guest = await room.wait('guest', { identity: 'guest:pest' });
    await alice.act('lobby', 'reject', { participantId: guest.participantId });
    alice.inbox.clear();
    const again = room.connect();
    room.room.join(again.connectionId, { displayName: 'Gast', role: 'guest', kind: 'browser', identity: 'guest:pest' });
    await room.settle();
    expect(again.inbox.last('core', 'notAdmitted')).toMatchObject({ reason: 'rejected' });
    expect(again.inbox.closedWith).toBe('rejected');
    expect(alice.inbox.frames).toEqual([]);
    expect(room.room.waitingCount).toBe(0);
    await room.wait('guest', { identity: 'guest:someone-else' });
    room.clock.advance(5 * 60_000);
    await room.wait('guest', { identity: 'guest:pest' });
  });

  it('rejectClosesWithAReason', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    bob.inbox.clear();
    await alice.act('lobby', 'reject', { participantId: guest.participantId }, 'r1');
    expect(guest.inbox.last('core', 'notAdmitted')).toEqual({ ns: 'core', event: 'notAdmitted', reason: 'rejected' });
    expect(guest.inbox.closedWith).toBe('rejected');
    expect(alice.inbox.last('lobby', 'waitingEnded')).toEqual({
      ns: 'lobby',
      event: 'waitingEnded',
      participantId: guest.participantId,
      reason: 'rejected',
    });
    expect(bob.inbox.frames).toEqual([]);
    expect(room.room.waitingCount).toBe(0);
    await alice.act('lobby', 'reject', { participantId: guest.participantId }, 'r2');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'lobby', id: 'r2', error: 'notWaiting', participantId: guest.participantId },
    ]);
  });

  it('turningTheWaitingRoomOffAdmitsEveryone', async () => {
    const { room } = setup('everyone');
    const alice = await room.join('alice');
    const bob = await room.wait('bob');
    const guest = await room.wait('guest');
    await alice.act('lobby', 'setWaitingRoom', { policy: 'off' });
    for (const p of [bob, guest]) expect(p.inbox.last('core', 'joined')?.participantId).toBe(p.participantId);
    expect(room.room.waitingCount).toBe(0);
    expect(alice.inbox.last('lobby', 'waitingRoomChanged')).toEqual({
      ns: 'lobby',
      event: 'waitingRoomChanged',
      policy: 'off',
    });
    expect(bob.inbox.last('lobby', 'waitingRoomChanged')).toMatchObject({ policy: 'off' });
    const next = await room.join('carol');
    expect(next.inbox.last('core', 'joined')?.modules).toMatchObject({ lobby: { policy: 'off' } });
  });

  it('aGuestLinkThroughTheWaitingRoomMakesGuestsWaitEvenWhenThePolicyIsOff', async () => {
    const { room } = setup('off');
    const alice = await room.join('alice');
    const guest = await room.wait('guest', { mustWait: true });
    expect(waitingIds(alice)).toEqual([guest.participantId]);
    // The host's demand never holds back the owner or a moderator.
    await room.join('owner', { mustWait: true });
    await room.join('alice', { displayName: 'Alice 2', mustWait: true });
    await alice.act('lobby', 'admit', { participantId: guest.participantId });
    expect(guest.inbox.last('core', 'joined')?.participantId).toBe(guest.participantId);
  });

  it('theOwnerTurningTheWaitingRoomOffOutsideTheMeetingAdmitsEveryoneAndTellsTheRoom', async () => {
    const { room } = setup('everyone');
    const alice = await room.join('alice');
    const bob = await room.wait('bob');
    room.room.setWaitingRoom('off');
    await room.settle();
    expect(bob.inbox.last('core', 'joined')?.participantId).toBe(bob.participantId);
    expect(alice.inbox.last('lobby', 'waitingRoomChanged')).toMatchObject({ policy: 'off' });
    alice.inbox.clear();
    room.room.setWaitingRoom('off');
    await room.settle();
    expect(alice.inbox.events('lobby', 'waitingRoomChanged')).toEqual([]);
  });

  it('keepsTheAccountOfSomeoneSentBackAndAdmittedAgain', async () => {
    const { room } = setup('guests');
    const alice = await room.join('alice');
    const bob = await room.join('bob', { userId: 'user-bob' });
    expect(room.room.participant(bob.participantId)?.userId).toBe('user-bob');
    await alice.act('lobby', 'sendToWaitingRoom', { participantId: bob.participantId });
    await alice.act('lobby', 'admit', { participantId: bob.participantId });
    expect(room.room.participant(bob.participantId)?.userId).toBe('user-bob');
  });

  it('narrowingTheWaitingRoomAdmitsNobodyAndAppliesToNewcomers', async () => {
    const { room } = setup('everyone');
    const alice = await room.join('alice');
    await room.wait('bob');
    await alice.act('lobby', 'setWaitingRoom', { policy: 'guests' });
    expect(room.room.waitingCount).toBe(1);
    await room.join('carol');
    await room.wait('guest');
    expect(room.room.waitingCount).toBe(2);
  });

  it('sendBackToWaitingReleasesMedia', async () => {
    const { room, publishers } = setup('off');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publishMic(bob);
    expect(publishers()).toBe(1);
    alice.inbox.clear();
    bob.inbox.clear();
    await alice.act('lobby', 'sendToWaitingRoom', { participantId: bob.participantId }, 's1');
    expect(alice.inbox.errors()).toEqual([]);
    expect(publishers()).toBe(0);
    expect(bob.inbox.frames).toEqual([
      {
        ns: 'core',
        event: 'waiting',
        participantId: bob.participantId,
        connectionId: bob.connectionId,
        sentBack: true,
        moderatorPresent: true,
      },
    ]);
    expect(alice.inbox.last('core', 'participantLeft')).toEqual({
      ns: 'core',
      event: 'participantLeft',
      participantId: bob.participantId,
      reason: 'sentToWaitingRoom',
    });
    expect(alice.inbox.last('lobby', 'waitingStarted')).toMatchObject({
      person: { participantId: bob.participantId, sentBack: true },
    });
    expect(bob.inbox.closedWith).toBeUndefined();
    await bob.act('media', 'unpublish', {}, 's2');
    expect(bob.inbox.errors()).toEqual([{ ns: 'core', id: 's2', error: 'stillWaiting' }]);
  });

  it('aParticipantSentBackIsAdmittedAgainWithTheSameId', async () => {
    const { room } = setup('off');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('lobby', 'sendToWaitingRoom', { participantId: bob.participantId });
    await alice.act('lobby', 'admit', { participantId: bob.participantId });
    expect(bob.inbox.last('core', 'joined')?.participantId).toBe(bob.participantId);
    expect(alice.inbox.last('core', 'participantJoined')).toMatchObject({ participant: { id: bob.participantId } });
  });

  it('moderatorsCannotBeSentBack', async () => {
    const { room } = setup('off');
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    owner.inbox.clear();
    await alice.act('lobby', 'sendToWaitingRoom', { participantId: owner.participantId }, 's3');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'lobby', id: 's3', error: 'cannotSendBackModerator', participantId: owner.participantId },
    ]);
    expect(owner.inbox.frames).toEqual([]);
  });

  it('participantCannotSendOthersBack', async () => {
    const { room } = setup('off');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    alice.inbox.clear();
    carol.inbox.clear();
    await bob.act('lobby', 'sendToWaitingRoom', { participantId: carol.participantId }, 's4');
    expect(bob.inbox.errors()).toEqual([{ ns: 'lobby', id: 's4', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('waitingDropRemovesFromList', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    await guest.drop();
    expect(room.room.waitingCount).toBe(0);
    expect(alice.inbox.last('lobby', 'waitingEnded')).toEqual({
      ns: 'lobby',
      event: 'waitingEnded',
      participantId: guest.participantId,
      reason: 'left',
    });
  });

  it('theRoomIsNotEmptyWhileSomeoneWaits', async () => {
    const { room } = setup('everyone');
    const alice = await room.join('alice');
    const bob = await room.wait('bob');
    await alice.act('core', 'leave');
    expect(room.emptied).toBe(0);
    await bob.drop();
    expect(room.emptied).toBe(1);
  });

  it('aNewModeratorIsHandedTheWaitingListAndADemotedOneHearsNoMore', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    await alice.act('core', 'promote', { participantId: bob.participantId });
    expect(bob.inbox.last('lobby', 'waitingList')).toMatchObject({
      waiting: [{ participantId: guest.participantId }],
    });
    await alice.act('core', 'demote', { participantId: bob.participantId });
    await room.wait('guest', { displayName: 'Zweiter Gast' });
    expect(waitingIds(bob)).toEqual([]);
    expect(waitingIds(alice)).toHaveLength(2);
  });

  it('closingTheRoomClosesWaitingConnections', async () => {
    const { room } = setup();
    await room.join('alice');
    const guest = await room.wait('guest');
    await room.room.close();
    expect(guest.inbox.closedWith).toBe('roomClosed');
  });
});
