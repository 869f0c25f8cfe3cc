import { FakeMediaPlane } from '@plenum/media/fake';
import { coreModule } from '@plenum/module-core/server';
import { runtimeProbe, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { mediaModule } from './MediaModule.js';
import { mediaOf } from './mediaOf.test-support.js';
import { micAndCamera, micAndCameraTracks, micCameraScreen, withScreenTracks } from './testOffers.js';

const setup = () => {
  const plane = new FakeMediaPlane();
  const { module, control } = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, mediaModule, module], media: plane });
  const publisherOf = (p: TestPersona) => {
    const sfu = [...plane.rooms.values()][0];
    return [...(sfu?.publishers.values() ?? [])].find((pub) => pub.label.includes(p.participantId));
  };
  return { room, control, plane, publisherOf };
};

const streamsOf = (p: TestPersona) =>
  (p.inbox.last('media', 'subscriberOffer')?.streams as { participantId: string; source: string }[] | undefined) ?? [];

const answer = async (p: TestPersona) => {
  const offer = p.inbox.last('media', 'subscriberOffer');
  if (offer) await p.act('media', 'subscriberAnswer', { sdp: (offer.sdp as string).replace(/sendonly/g, 'recvonly') });
};

describe('media under moderation', () => {
  it('aForcedMuteSilencesTheMicrophoneAndTheTargetMayUnmute', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    control().forceMute(bob.participantId, alice.participantId);
    await room.settle();
    expect(mediaOf(alice, bob)?.microphone).toEqual({ published: true, muted: true });
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false }, 'u');
    expect(bob.inbox.errors()).toEqual([]);
    expect(mediaOf(alice, bob)?.microphone).toEqual({ published: true, muted: false });
  });

  it('restrictedParticipantCannotUnmute', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    control().setPermissions(bob.participantId, { microphone: false });
    await room.settle();
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(true);
    alice.inbox.clear();
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false }, 'u');
    expect(bob.inbox.errors()).toEqual([{ ns: 'media', id: 'u', error: 'microphoneRestricted' }]);
    expect(alice.inbox.events('media', 'mediaStateChanged')).toEqual([]);
    control().setPermissions(bob.participantId, { microphone: true });
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false }, 'v');
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(false);
  });

  it('participantCannotShareTheirScreenWithoutPermission', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('media', 'publish', { sdp: micCameraScreen, tracks: withScreenTracks }, 's1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'media', id: 's1', error: 'screenShareNotAllowed' }]);
    expect(mediaOf(alice, bob)).toBeUndefined();
    control().setPermissions(bob.participantId, { screen: true });
    await bob.act('media', 'publish', { sdp: micCameraScreen, tracks: withScreenTracks }, 's2');
    expect(bob.inbox.errors()).toHaveLength(1);
    expect(mediaOf(alice, bob)?.screen.published).toBe(true);
  });

  it('revokingScreenSharingStopsForwardingAndTellsTheSharer', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    control().setPermissions(bob.participantId, { screen: true });
    await bob.act('media', 'publish', { sdp: micCameraScreen, tracks: withScreenTracks });
    await answer(alice);
    expect(streamsOf(alice).map((s) => s.source)).toContain('screen');
    control().setPermissions(bob.participantId, { screen: false });
    await room.settle();
    expect(bob.inbox.last('media', 'screenShareRevoked')).toEqual({ ns: 'media', event: 'screenShareRevoked' });
    expect(mediaOf(alice, bob)?.screen.published).toBe(false);
    expect(streamsOf(alice).map((s) => s.source)).not.toContain('screen');
  });

  it('peopleSeeAndHearOnlyTheirOwnGroup', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (const p of [alice, bob, carol])
      await p.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    for (const p of [alice, bob, carol]) await answer(p);
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(carol.participantId, 'b1');
    await room.settle();
    for (const p of [alice, bob, carol]) await answer(p);
    await room.settle();
    const sources = (p: TestPersona) => new Set(streamsOf(p).map((s) => s.participantId));
    expect(sources(bob)).toEqual(new Set([carol.participantId]));
    expect(sources(carol)).toEqual(new Set([bob.participantId]));
    expect(sources(alice)).toEqual(new Set());
    control().moveToGroup(bob.participantId, null);
    control().moveToGroup(carol.participantId, null);
    await room.settle();
    for (const p of [alice, bob, carol]) await answer(p);
    await room.settle();
    expect(sources(alice)).toEqual(new Set([bob.participantId, carol.participantId]));
  });
});
