import { FakeMediaPlane } from '@plenum/media/fake';
import { coreModule } from '@plenum/module-core/server';
import { runtimeProbe, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { mediaModule } from './MediaModule.js';
import { mediaOf } from './mediaOf.test-support.js';
import { micAndCamera, micAndCameraTracks } from './testOffers.js';

const gatewayRtp = { host: '127.0.0.1', port: 40_000 };

const setup = () => {
  const plane = new FakeMediaPlane();
  const { module, control } = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, mediaModule, module], media: plane });
  const mixers = () => [...([...plane.rooms.values()][0]?.mixers.values() ?? [])];
  const mixer = () => {
    const [only, ...more] = mixers();
    if (!only || more.length > 0) throw new Error(`expected one mixer, got ${mixers().length}`);
    return only;
  };
  return { room, control, plane, mixers, mixer };
};

const callIn = async (phone: TestPersona, rtp = gatewayRtp) => {
  await phone.act('media', 'joinPhoneAudio', { codec: 'pcma', rtp }, 'audio');
};

const streamsOf = (p: TestPersona) =>
  (p.inbox.last('media', 'subscriberOffer')?.streams as
    | { participantId: string | null; source: string }[]
    | undefined) ?? [];

const answer = async (p: TestPersona) => {
  const offer = p.inbox.last('media', 'subscriberOffer');
  if (offer) await p.act('media', 'subscriberAnswer', { sdp: (offer.sdp as string).replace(/sendonly/g, 'recvonly') });
};

describe('phones in the media module (ADR 0011)', () => {
  it('aCallersAudioJoinsTheGroupMixAndTheGatewayLearnsWhereToSend', async () => {
    const { room, mixer } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    const ready = phone.inbox.last('media', 'phoneAudioReady');
    const [leg] = mixer().phones;
    expect(leg?.remote).toEqual(gatewayRtp);
    expect(leg?.codec).toBe('pcma');
    expect(ready).toEqual({ ns: 'media', event: 'phoneAudioReady', rtp: leg?.local });
    expect(mediaOf(alice, phone)?.microphone).toEqual({ published: true, muted: false });
    expect(phone.inbox.events('media', 'subscriberOffer')).toEqual([]);
  });

  it('browsersOfTheGroupReceiveThePhonesMixAsOneStreamOfNobodyInParticular', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    expect(streamsOf(alice)).toEqual([
      { mid: expect.any(String), participantId: null, source: 'microphone', kind: 'audio' },
    ]);
  });

  it('phonesHearOpenBrowserMicrophonesButNotMutedOnes', async () => {
    const { room, mixer } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await bob.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    const phone = await room.join('phone');
    await callIn(phone);
    const [leg] = mixer().phones;
    if (!leg) throw new Error('no leg');
    expect(mixer().heardBy(leg)).toHaveLength(1);
    await bob.act('media', 'setMuted', { source: 'microphone', muted: true });
    expect(mixer().inputs).toEqual([]);
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false });
    expect(mixer().inputs).toHaveLength(1);
    await alice.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    expect(mixer().inputs).toHaveLength(2);
  });

  it('aCallerMutesThemselvesOrIsMutedByAModeratorAtTheMixer', async () => {
    const { room, control, mixer } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    await phone.act('media', 'setMuted', { source: 'microphone', muted: true });
    expect(mixer().phones[0]?.muted).toBe(true);
    expect(mediaOf(alice, phone)?.microphone).toEqual({ published: true, muted: true });
    await phone.act('media', 'setMuted', { source: 'microphone', muted: false });
    expect(mixer().feedCarries()).toHaveLength(1);
    control().forceMute(phone.participantId, alice.participantId);
    await room.settle();
    expect(mixer().phones[0]?.muted).toBe(true);
    expect(mediaOf(alice, phone)?.microphone.muted).toBe(true);
  });

  it('aRestrictedCallerJoinsMutedAndCannotUnmute', async () => {
    const { room, control, mixer } = setup();
    await room.join('alice');
    const phone = await room.join('phone');
    control().setPermissions(phone.participantId, { microphone: false });
    await room.settle();
    await callIn(phone);
    expect(mixer().phones[0]?.muted).toBe(true);
    await phone.act('media', 'setMuted', { source: 'microphone', muted: false }, 'u');
    expect(phone.inbox.errors()).toEqual([{ ns: 'media', id: 'u', error: 'microphoneRestricted' }]);
    expect(mixer().phones[0]?.muted).toBe(true);
  });

  it('theLastCallerLeavingTakesTheMixerAndTheBrowsersStreamAway', async () => {
    const { room, mixers } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    await answer(alice);
    const [mixer] = mixers();
    await phone.act('core', 'leave');
    expect(mixer?.destroyed).toBe(true);
    expect(mixers()).toEqual([]);
    expect(streamsOf(alice)).toEqual([]);
  });

  it('aCallerMovedToABreakoutRoomGetsANewLegThereAndOnlyThatGroupHearsThem', async () => {
    const { room, control, mixers } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const phone = await room.join('phone');
    await callIn(phone);
    await answer(alice);
    await answer(bob);
    control().moveToGroups([
      { participant: phone.participantId, group: 'r1' },
      { participant: bob.participantId, group: 'r1' },
    ]);
    await room.settle();
    await answer(alice);
    await answer(bob);
    expect(phone.inbox.events('media', 'phoneAudioReady')).toHaveLength(2);
    expect(mixers()).toHaveLength(1);
    expect(streamsOf(bob).filter((s) => s.participantId === null)).toHaveLength(1);
    expect(streamsOf(alice).filter((s) => s.participantId === null)).toHaveLength(0);
  });

  it('afterTheSfuRestartedCallersGetANewLegInANewMixerAndAreHeardAgain', async () => {
    const { room, plane, mixer } = setup();
    const alice = await room.join('alice');
    await alice.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    const phone = await room.join('phone');
    await callIn(phone);
    await answer(alice);
    const before = mixer();
    const firstRtp = phone.inbox.last('media', 'phoneAudioReady')?.rtp;
    const createRoom = vi.spyOn(plane, 'createRoom');

    plane.restart();
    await room.settle();
    // Alice's browser publishes again once its peer connection failed.
    await alice.act('media', 'publish', { sdp: micAndCamera, tracks: micAndCameraTracks });
    await answer(alice);
    const after = mixer();
    expect(after).not.toBe(before);
    expect(before.destroyed).toBe(true);
    const [leg] = after.phones;
    expect(leg?.remote).toEqual(gatewayRtp);
    const ready = phone.inbox.events('media', 'phoneAudioReady');
    expect(ready).toHaveLength(2);
    expect(ready.at(-1)?.rtp).toEqual(leg?.local);
    expect(ready.at(-1)?.rtp).not.toEqual(firstRtp);
    if (!leg) throw new Error('no leg');
    expect(after.heardBy(leg)).toHaveLength(1);
    expect(streamsOf(alice).filter((s) => s.participantId === null)).toHaveLength(1);
    expect(mediaOf(alice, phone)?.microphone.published).toBe(true);
    // Alice's publisher and subscriber both reported `lost`: still one new media room, and the mixer lives in it.
    expect(createRoom).toHaveBeenCalledTimes(1);
    expect(plane.rooms.size).toBe(1);
  });

  it('afterTheSfuRestartedARoomOfCallersOnlyIsRebuiltThoughNoBrowserReportedTheLoss', async () => {
    const { room, plane, mixer } = setup();
    const first = await room.join('phone');
    const second = await room.join('phone');
    await callIn(first);
    await callIn(second, { host: '127.0.0.1', port: 40_002 });
    const before = mixer();
    const createRoom = vi.spyOn(plane, 'createRoom');

    plane.restart();
    await room.settle();
    const after = mixer();
    expect(after).not.toBe(before);
    expect(after.phones.map((leg) => leg.remote.port).sort()).toEqual([40_000, 40_002]);
    for (const phone of [first, second]) expect(phone.inbox.events('media', 'phoneAudioReady')).toHaveLength(2);
    // The room's own word and nobody else's: one new media room.
    expect(createRoom).toHaveBeenCalledTimes(1);
    expect(plane.rooms.size).toBe(1);
  });

  it('refusesPhoneAudioFromABrowserAndAddressesThatAreNotIpLiterals', async () => {
    const { room, mixers } = setup();
    const bob = await room.join('bob');
    await callIn(bob);
    expect(bob.inbox.errors()).toEqual([{ ns: 'media', id: 'audio', error: 'notAPhone' }]);
    const phone = await room.join('phone');
    await phone.act('media', 'joinPhoneAudio', { codec: 'pcma', rtp: { host: 'evil.example', port: 5004 } }, 'bad');
    await phone.act('media', 'joinPhoneAudio', { codec: 'g729', rtp: gatewayRtp }, 'bad2');
    await phone.act('media', 'joinPhoneAudio', { codec: 'pcmu', rtp: { host: '127.0.0.1', port: 80 } }, 'bad3');
    expect(phone.inbox.errors().map((e) => [e.id, e.error])).toEqual([
      ['bad', 'invalidCommand'],
      ['bad2', 'invalidCommand'],
      ['bad3', 'invalidCommand'],
    ]);
    expect(mixers()).toEqual([]);
  });

  it('whenTheMixerCannotBeMadeTheCallerIsToldAndNothingIsLeftBehind', async () => {
    const { room, plane, mixers } = setup();
    await room.join('alice');
    const phone = await room.join('phone');
    plane.failNext('unavailable', 'createAudioMixer');
    await callIn(phone);
    expect(phone.inbox.errors()).toContainEqual(expect.objectContaining({ ns: 'media', error: 'mediaUnavailable' }));
    expect(phone.inbox.events('media', 'phoneAudioReady')).toEqual([]);
    expect(mixers()).toEqual([]);
    await callIn(phone);
    expect(phone.inbox.events('media', 'phoneAudioReady')).toHaveLength(1);
  });
});
