import { FakeMediaPlane } from '@plenum/media/fake';
import { coreModule } from '@plenum/module-core/server';
import { type Inbox, runtimeProbe, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { mediaLimits } from '../protocol.js';
import { mediaModule } from './MediaModule.js';

const gatewayRtp = { host: '127.0.0.1', port: 40_000 };

const setup = () => {
  const probe = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, mediaModule, probe.module], media: new FakeMediaPlane() });
  return { room, ...probe };
};

const callIn = async (phone: TestPersona) => {
  await phone.act('media', 'joinPhoneAudio', { codec: 'pcma', rtp: gatewayRtp });
};

const says = async (phone: TestPersona, talking: boolean, id?: string) => {
  await phone.act('media', 'phoneTalking', { talking }, id);
};

/** What `p` was told about who talks, as [participant, talking] in order. */
const heard = (p: TestPersona) =>
  p.inbox.events('media', 'talkingChanged').map((e) => [e.participantId, e.talking] as const);

/** The talking callers in the media join state of the latest `joined` a connection got. */
const joinedTalking = (inbox: Inbox) =>
  (inbox.last('core', 'joined')?.modules as { media?: { talking?: unknown } } | undefined)?.media?.talking;

describe('telephone callers talking (issue 6)', () => {
  it('aTalkingCallerLightsUpForEveryoneInTheGroupOnlyOnChange', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const phone = await room.join('phone');
    await callIn(phone);
    await says(phone, true);
    await says(phone, true);
    await says(phone, false);
    await says(phone, false);
    const expected = [
      [phone.participantId, true],
      [phone.participantId, false],
    ];
    expect(heard(alice)).toEqual(expected);
    expect(heard(bob)).toEqual(expected);
  });

  it('aBrowserCannotSayItTalks', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await says(bob, true, 't');
    expect(bob.inbox.errors()).toEqual([{ ns: 'media', id: 't', error: 'notAPhone' }]);
    expect(heard(alice)).toEqual([]);
  });

  it('aWordBeforeTheCallersAudioJoinedIsIgnored', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await says(phone, true);
    expect(heard(alice)).toEqual([]);
    await callIn(phone);
    expect(heard(alice)).toEqual([]);
    expect(phone.inbox.errors()).toEqual([]);
  });

  it('aMutedCallerNeverTalksAndMutingEndsTalkingAtOnce', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    await says(phone, true);
    await phone.act('media', 'setMuted', { source: 'microphone', muted: true });
    expect(heard(alice)).toEqual([
      [phone.participantId, true],
      [phone.participantId, false],
    ]);
    alice.inbox.clear();
    await says(phone, false);
    await says(phone, true);
    expect(heard(alice)).toEqual([]);
    // The caller's latest word is that they talk: unmuted, they are heard talking.
    await phone.act('media', 'setMuted', { source: 'microphone', muted: false });
    expect(heard(alice)).toEqual([[phone.participantId, true]]);
    control().forceMute(phone.participantId, alice.participantId);
    await room.settle();
    expect(heard(alice)).toEqual([
      [phone.participantId, true],
      [phone.participantId, false],
    ]);
  });

  it('aLateJoinerIsToldWhichCallersOfItsGroupTalk', async () => {
    const { room, moveToGroup } = setup();
    const phone = await room.join('phone');
    const dialIn = await room.join('dialIn');
    await callIn(phone);
    await callIn(dialIn);
    await says(phone, true);
    const bob = await room.join('bob');
    expect(joinedTalking(bob.inbox)).toEqual([phone.participantId]);
    moveToGroup(bob.participantId, 'r1');
    await room.settle();
    expect(joinedTalking(await bob.reconnect())).toEqual([]);
    await says(phone, false);
    const carol = await room.join('carol');
    expect(joinedTalking(carol.inbox)).toEqual([]);
  });

  it('theEndOfTheCallersAudioEndsTalking', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    await says(phone, true);
    await phone.drop();
    expect(heard(alice)).toEqual([
      [phone.participantId, true],
      [phone.participantId, false],
    ]);
    const bob = await room.join('bob');
    expect(joinedTalking(bob.inbox)).toEqual([]);
  });

  it('aCallerWhoLeavesIsForgottenWithTheirDeparture', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    await says(phone, true);
    await phone.act('core', 'leave');
    expect(alice.inbox.last('core', 'participantLeft')?.participantId).toBe(phone.participantId);
    const bob = await room.join('bob');
    expect(joinedTalking(bob.inbox)).toEqual([]);
  });

  it('onlyTheCallersGroupHearsOfTheirTalking', async () => {
    const { room, moveToGroups } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const phone = await room.join('phone');
    moveToGroups([
      { participant: bob.participantId, group: 'r1' },
      { participant: phone.participantId, group: 'r1' },
    ]);
    await room.settle();
    await callIn(phone);
    await says(phone, true);
    expect(heard(bob)).toEqual([[phone.participantId, true]]);
    expect(heard(alice)).toEqual([]);
  });

  it('aMovedCallerStopsTalkingInTheOldGroupAndTalksInTheNewOneWhenTheGatewaySaysSoAgain', async () => {
    const { room, moveToGroups } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const phone = await room.join('phone');
    await callIn(phone);
    await says(phone, true);
    alice.inbox.clear();
    bob.inbox.clear();
    moveToGroups([
      { participant: phone.participantId, group: 'r1' },
      { participant: bob.participantId, group: 'r1' },
    ]);
    await room.settle();
    expect(heard(alice)).toEqual([[phone.participantId, false]]);
    expect(heard(bob)).toEqual([[phone.participantId, false]]);
    expect(phone.inbox.events('media', 'phoneAudioReady')).toHaveLength(2);
    await says(phone, true);
    expect(heard(alice)).toEqual([[phone.participantId, false]]);
    expect(heard(bob)).toEqual([
      [phone.participantId, false],
      [phone.participantId, true],
    ]);
  });

  it('someoneWhoMovesLearnsWhoStoppedAndWhoTalksFromTheirPointOfView', async () => {
    const { room, moveToGroup } = setup();
    const carol = await room.join('carol');
    const phone = await room.join('phone');
    const dialIn = await room.join('dialIn');
    moveToGroup(dialIn.participantId, 'r1');
    await room.settle();
    await callIn(phone);
    await callIn(dialIn);
    await says(phone, true);
    await says(dialIn, true);
    expect(heard(carol)).toEqual([[phone.participantId, true]]);
    carol.inbox.clear();
    moveToGroup(carol.participantId, 'r1');
    await room.settle();
    expect(heard(carol)).toEqual([
      [phone.participantId, false],
      [dialIn.participantId, true],
    ]);
    carol.inbox.clear();
    moveToGroup(carol.participantId, null);
    await room.settle();
    expect(heard(carol)).toEqual([
      [dialIn.participantId, false],
      [phone.participantId, true],
    ]);
  });

  it('aFloodOfChangesIsPacedAndTheLastWordStillArrives', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    // 21 words at one instant, alternating, ending with "talking".
    for (let i = 0; i < 21; i++) await says(phone, i % 2 === 0);
    expect(heard(alice)).toHaveLength(mediaLimits.talkingBurst);
    await room.advance(mediaLimits.talkingRefillMs);
    expect(heard(alice)).toHaveLength(mediaLimits.talkingBurst + 1);
    expect(heard(alice).at(-1)).toEqual([phone.participantId, true]);
    await room.advance(10 * mediaLimits.talkingRefillMs);
    expect(heard(alice)).toHaveLength(mediaLimits.talkingBurst + 1);
    expect(phone.inbox.errors()).toEqual([]);
  });

  it('mutingIsNotHeldBackByThePace', async () => {
    const { room } = setup();
    const alice = await room.join('alice');
    const phone = await room.join('phone');
    await callIn(phone);
    for (let i = 0; i < mediaLimits.talkingBurst + 1; i++) await says(phone, i % 2 === 0);
    await room.advance(mediaLimits.talkingRefillMs);
    // The pace is spent and the caller talks: muting ends it now all the same.
    expect(heard(alice).at(-1)).toEqual([phone.participantId, true]);
    await phone.act('media', 'setMuted', { source: 'microphone', muted: true });
    expect(heard(alice).at(-1)).toEqual([phone.participantId, false]);
  });
});
