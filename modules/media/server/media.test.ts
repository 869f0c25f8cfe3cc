import { FakeMediaPlane } from '@plenum/media/fake';
import { coreModule } from '@plenum/module-core/server';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { mediaModule } from './MediaModule.js';
import { mediaOf } from './mediaOf.test-support.js';
import { micAndCamera, micAndCameraTracks, micCameraScreen, offerSdp, withScreenTracks } from './testOffers.js';

const setup = () => {
  const plane = new FakeMediaPlane();
  const room = new TestRoom({ modules: [coreModule, mediaModule], media: plane });
  const sfuRoom = () => {
    const [only] = [...plane.rooms.values()];
    if (!only) throw new Error('no media room');
    return only;
  };
  return { plane, room, sfuRoom };
};

const publish = (p: TestPersona, sdp = micAndCamera, tracks: readonly object[] = micAndCameraTracks) =>
  p.act('media', 'publish', { sdp, tracks }, 'pub');

/** Alice and Bob in a room, both publishing, each having answered the offer of the other's media. */
async function bothPublishing() {
  const set = setup();
  const alice = await set.room.join('alice');
  const bob = await set.room.join('bob');
  await publish(alice);
  await publish(bob);
  await answerLatest(alice);
  await answerLatest(bob);
  return { ...set, alice, bob };
}

/** Answers the latest subscriber offer the persona got, as a browser would. */
const answerLatest = async (p: TestPersona) => {
  const offer = p.inbox.last('media', 'subscriberOffer');
  if (!offer) throw new Error(`${p.name} has no subscriber offer`);
  await p.act('media', 'subscriberAnswer', { sdp: (offer.sdp as string).replace(/sendonly/g, 'recvonly') });
};

describe('media', () => {
  it('publishingAnswersThePublisherAndTellsEveryone', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(alice);
    expect(alice.inbox.last('media', 'publishAnswer')?.sdp).toMatch(/^v=0/);
    expect(mediaOf(bob, alice)).toEqual({
      microphone: { published: true, muted: false },
      camera: { published: true, muted: false },
      screen: { published: false, muted: false },
    });
  });

  it('everyoneElseIsSubscribedAutomaticallyButNotThePublisherItself', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(alice);
    const offer = bob.inbox.last('media', 'subscriberOffer');
    expect(offer?.streams).toEqual([
      { mid: expect.any(String), participantId: alice.participantId, source: 'microphone', kind: 'audio' },
      { mid: expect.any(String), participantId: alice.participantId, source: 'camera', kind: 'video' },
    ]);
    expect(alice.inbox.events('media', 'subscriberOffer')).toEqual([]);
  });

  it('aLateJoinerGetsTheMediaStateAndIsSubscribedToWhatIsPublished', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    await publish(alice);
    const carol = await room.join('carol');
    const joined = carol.inbox.last('core', 'joined') as {
      modules: { media: { participants: Record<string, unknown> } };
    };
    expect(joined.modules.media.participants[alice.participantId]).toMatchObject({ camera: { published: true } });
    expect(carol.inbox.last('media', 'subscriberOffer')?.streams).toHaveLength(2);
  });

  it('theNextSubscriberOfferWaitsForTheAnswerToThePreviousOne', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await publish(alice);
    expect(carol.inbox.events('media', 'subscriberOffer')).toHaveLength(1);
    await publish(bob);
    expect(carol.inbox.events('media', 'subscriberOffer')).toHaveLength(1);
    await answerLatest(carol);
    const offers = carol.inbox.events('media', 'subscriberOffer');
    expect(offers).toHaveLength(2);
    const streams = (offers[1]?.streams ?? []) as { participantId: string }[];
    const owners = new Set(streams.map((s) => s.participantId));
    expect(owners).toEqual(new Set([alice.participantId, bob.participantId]));
  });

  it('resubscribeReplacesTheSubscriberAndOffersEverythingAgain', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(alice);
    await answerLatest(bob);
    const [old] = [...sfuRoom().subscribers];
    await bob.act('media', 'resubscribe');
    expect(old?.closed).toBe(true);
    const fresh = [...sfuRoom().subscribers].filter((s) => !s.closed);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe(old);
    const offers = bob.inbox.events('media', 'subscriberOffer');
    expect(offers).toHaveLength(2);
    expect(offers[1]?.streams).toHaveLength(2);
    expect(offers[1]?.generation).toBeGreaterThan(offers[0]?.generation as number);
    await answerLatest(bob);
    expect(bob.inbox.errors()).toEqual([]);
  });

  it('anAnswerWithoutAnOfferIsRejected', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    await alice.act('media', 'subscriberAnswer', { sdp: micAndCamera }, 'a1');
    expect(alice.inbox.errors()).toEqual([{ ns: 'media', id: 'a1', error: 'noSubscription' }]);
  });

  it('aTrackNamingAMidTheOfferDoesNotSendIsRejectedAndNothingIsPublished', async () => {
    const { room, plane } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await publish(alice, micAndCamera, [{ mid: '7', source: 'camera' }]);
    await publish(alice, micAndCamera, [{ mid: '0', source: 'camera' }]);
    expect(alice.inbox.errors()).toEqual([
      { ns: 'media', id: 'pub', error: 'unknownMid', mid: '7' },
      { ns: 'media', id: 'pub', error: 'unknownMid', mid: '0' },
    ]);
    expect(plane.rooms.size).toBe(0);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('aTrackOnAStoppedMLineIsRejected', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const stopped = micCameraScreen.replace(
      'm=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:2',
      'm=video 0 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:2',
    );
    expect(stopped).not.toBe(micCameraScreen);
    await publish(alice, stopped, withScreenTracks);
    expect(alice.inbox.errors()).toEqual([{ ns: 'media', id: 'pub', error: 'unknownMid', mid: '2' }]);
  });

  it('startingAndStoppingAScreenShareRenegotiatesForEveryone', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(alice);
    await answerLatest(bob);
    await publish(alice, micCameraScreen, withScreenTracks);
    expect(mediaOf(bob, alice)?.screen).toEqual({ published: true, muted: false });
    const withScreen = bob.inbox.last('media', 'subscriberOffer')?.streams as { source: string }[];
    expect(withScreen.map((s) => s.source)).toContain('screen');
    await answerLatest(bob);
    await publish(alice);
    expect(mediaOf(bob, alice)?.screen).toEqual({ published: false, muted: false });
    const after = bob.inbox.last('media', 'subscriberOffer')?.streams as { source: string }[];
    expect(after.map((s) => s.source)).not.toContain('screen');
  });

  it('muteIsSeenByAllAndEnforcedAtTheSfu', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(alice);
    await alice.act('media', 'setMuted', { source: 'microphone', muted: true });
    expect(mediaOf(bob, alice)?.microphone).toEqual({ published: true, muted: true });
    expect(mediaOf(alice, alice)?.microphone).toEqual({ published: true, muted: true });
    const [publisher] = [...sfuRoom().publishers.values()];
    expect(publisher?.isForwarding('0')).toBe(false);
    expect(publisher?.isForwarding('1')).toBe(true);
    await alice.act('media', 'setMuted', { source: 'microphone', muted: false });
    expect(mediaOf(bob, alice)?.microphone).toEqual({ published: true, muted: false });
    expect(publisher?.isForwarding('0')).toBe(true);
  });

  it('aRenegotiationKeepsAMutedSourceMutedAtTheSfu', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    await publish(alice);
    await alice.act('media', 'setMuted', { source: 'microphone', muted: true });
    await publish(alice, micCameraScreen, withScreenTracks);
    const [publisher] = [...sfuRoom().publishers.values()];
    expect(publisher?.isForwarding('0')).toBe(false);
  });

  it('mutingASourceThatIsNotPublishedIsRejected', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    await alice.act('media', 'setMuted', { source: 'screen', muted: true }, 'm1');
    expect(alice.inbox.errors()).toEqual([{ ns: 'media', id: 'm1', error: 'notPublished', source: 'screen' }]);
  });

  it('leavingReleasesThePublisherAndUnsubscribesTheOthers', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(bob);
    await answerLatest(alice);
    const [publisher] = [...sfuRoom().publishers.values()];
    await bob.act('core', 'leave');
    expect(publisher?.closed).toBe(true);
    const [subscriber] = [...sfuRoom().subscribers];
    expect(subscriber?.streams.filter((s) => s.feedId === publisher?.feedId)).toEqual([]);
  });

  it('aDroppedConnectionReleasesItsMediaAndAResumeStartsAfresh', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(bob);
    const [first] = [...sfuRoom().publishers.values()];
    await bob.drop();
    expect(first?.closed).toBe(true);
    expect(mediaOf(alice, bob)?.camera).toEqual({ published: false, muted: false });
    await bob.reconnect();
    await publish(bob);
    expect(mediaOf(alice, bob)?.camera).toEqual({ published: true, muted: false });
  });

  it('anUnavailableSfuAnswersMediaUnavailableToTheIssuerOnly', async () => {
    const { room, plane } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    plane.failNext('unavailable');
    await publish(alice);
    expect(alice.inbox.errors()).toEqual([{ ns: 'media', id: 'pub', error: 'mediaUnavailable' }]);
    expect(bob.inbox.frames).toEqual([]);
    await publish(alice);
    expect(alice.inbox.last('media', 'publishAnswer')).toBeDefined();
  });

  it('afterTheSfuRestartedEveryoneIsToldAndPublishesAndSubscribesInAFreshMediaRoom', async () => {
    const { room, plane, sfuRoom, alice, bob } = await bothPublishing();
    const before = sfuRoom();
    alice.inbox.clear();
    bob.inbox.clear();

    plane.restart();
    await room.settle();
    for (const p of [alice, bob]) {
      expect(p.inbox.errors()).toContainEqual({ ns: 'media', error: 'mediaUnavailable' });
    }
    expect(mediaOf(alice, bob)?.camera.published).toBe(false);
    expect(plane.rooms.has(before.id)).toBe(false);

    // The browsers' peer connections fail and they publish again (the client's MediaRecovery): a new room serves them.
    await publish(alice);
    await publish(bob);
    const after = sfuRoom();
    expect(after.id).not.toBe(before.id);
    expect(alice.inbox.last('media', 'publishAnswer')).toBeDefined();
    expect(after.publishers.size).toBe(2);
    await answerLatest(alice);
    await answerLatest(bob);
    expect(bob.inbox.last('media', 'subscriberOffer')?.streams).toEqual([
      expect.objectContaining({ participantId: alice.participantId, source: 'microphone' }),
      expect.objectContaining({ participantId: alice.participantId, source: 'camera' }),
    ]);
    const [bobsSubscriber] = [...after.subscribers].filter((s) => s.label === bob.connectionId);
    expect(bobsSubscriber?.receiving).toHaveLength(2);
    expect(mediaOf(alice, bob)?.camera.published).toBe(true);
  });

  it('theManyLostReportsOfOneRestartMakeOneNewMediaRoom', async () => {
    const { room, plane, alice, bob } = await bothPublishing();
    const createRoom = vi.spyOn(plane, 'createRoom');
    plane.restart();
    await room.settle();
    await publish(alice);
    await publish(bob);
    await answerLatest(alice);
    await answerLatest(bob);
    expect(createRoom).toHaveBeenCalledTimes(1);
    expect(plane.rooms.size).toBe(1);
    expect([...plane.rooms.values()][0]?.publishers.size).toBe(2);
  });

  it('trickleBeforePublishingIsRejected', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    await alice.act('media', 'trickle', { target: 'publisher', candidate: null }, 't1');
    expect(alice.inbox.errors()).toEqual([{ ns: 'media', id: 't1', error: 'noPublisher' }]);
  });

  it('trickledCandidatesReachTheSfuInOrder', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    alice.send('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    alice.send('media', 'trickle', {
      target: 'publisher',
      candidate: { candidate: 'candidate:1 1 udp 1 10.0.0.1 5000 typ host', sdpMid: '0' },
    });
    alice.send('media', 'trickle', { target: 'publisher', candidate: null });
    await room.settle();
    const [publisher] = [...sfuRoom().publishers.values()];
    expect(publisher?.candidates).toEqual([expect.objectContaining({ sdpMid: '0' }), null]);
  });

  it('closingTheRoomDestroysTheMediaRoom', async () => {
    const { room, sfuRoom } = setup();
    const alice = await room.join('alice');
    await publish(alice);
    const sfu = sfuRoom();
    await room.room.close();
    expect(sfu.destroyed).toBe(true);
  });

  it('anAudioOnlyPublisherIsSubscribedAsAudioOnly', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publish(alice, offerSdp([['audio', 'a']]), [{ mid: 'a', source: 'microphone' }]);
    expect(bob.inbox.last('media', 'subscriberOffer')?.streams).toEqual([
      expect.objectContaining({ source: 'microphone', kind: 'audio' }),
    ]);
  });
});
