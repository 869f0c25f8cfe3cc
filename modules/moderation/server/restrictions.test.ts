import { describe, expect, it } from 'vitest';
import { infoOf, mediaOf, moderatedRoom, nobody, publishMic } from './testRoom.test-support.js';

const micOf = (seenBy: Parameters<typeof infoOf>[0], who: Parameters<typeof infoOf>[1]) =>
  (infoOf(seenBy, who)?.permissions as { microphone: boolean } | undefined)?.microphone;

describe('microphone restrictions', () => {
  it('restrictedParticipantCannotUnmute', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (const p of [bob, carol]) await publishMic(p);
    await alice.act('moderation', 'restrictMicrophones', { allowed: [carol.participantId] });
    expect(micOf(bob, bob)).toBe(false);
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(true);
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false }, 'u');
    expect(bob.inbox.errors()).toEqual([{ ns: 'media', id: 'u', error: 'microphoneRestricted' }]);
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(true);
  });

  it('theAllowListAndModeratorsMaySpeak', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const carol = await room.join('carol');
    await publishMic(carol);
    await alice.act('moderation', 'restrictMicrophones', { allowed: [carol.participantId] });
    for (const p of [owner, alice, carol]) expect(micOf(carol, p)).toBe(true);
    expect(mediaOf(alice, carol)?.microphone.muted).toBe(false);
  });

  it('everyoneLearnsWhetherRestrictionsAreOnAndWhoIsAllowed', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    expect(bob.inbox.last('core', 'joined')?.modules).toMatchObject({
      moderation: { restrictions: { on: false, allowed: [] } },
    });
    await alice.act('moderation', 'restrictMicrophones', { allowed: [bob.participantId] });
    for (const p of [alice, bob])
      expect(p.inbox.last('moderation', 'microphoneRestrictionsChanged')).toEqual({
        ns: 'moderation',
        event: 'microphoneRestrictionsChanged',
        restrictions: { on: true, allowed: [bob.participantId] },
      });
  });

  it('laterJoinersAreRestrictedToo', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    await alice.act('moderation', 'restrictMicrophones', { allowed: [] });
    const guest = await room.join('guest');
    const joined = guest.inbox.last('core', 'joined');
    expect(joined?.modules).toMatchObject({ moderation: { restrictions: { on: true, allowed: [] } } });
    expect(micOf(guest, guest)).toBe(false);
    expect(micOf(alice, guest)).toBe(false);
    const late = await room.join('owner');
    expect(micOf(late, late)).toBe(true);
  });

  it('theAllowListChangesWhileOn', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('moderation', 'restrictMicrophones', { allowed: [] });
    await alice.act('moderation', 'allowMicrophone', { participantId: bob.participantId, allowed: true });
    expect(micOf(alice, bob)).toBe(true);
    expect(bob.inbox.last('moderation', 'microphoneRestrictionsChanged')).toMatchObject({
      restrictions: { on: true, allowed: [bob.participantId] },
    });
    await alice.act('moderation', 'allowMicrophone', { participantId: bob.participantId, allowed: false });
    expect(micOf(alice, bob)).toBe(false);
  });

  it('liftingRestrictionsLetsEveryoneUnmuteAgain', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publishMic(bob);
    await alice.act('moderation', 'restrictMicrophones', { allowed: [] });
    await alice.act('moderation', 'liftMicrophoneRestrictions');
    expect(micOf(alice, bob)).toBe(true);
    expect(bob.inbox.last('moderation', 'microphoneRestrictionsChanged')).toMatchObject({
      restrictions: { on: false, allowed: [] },
    });
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false }, 'u');
    expect(bob.inbox.errors()).toEqual([]);
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(false);
  });

  it('aNewModeratorMaySpeakAndADemotedOneIsRestricted', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await owner.act('moderation', 'restrictMicrophones', { allowed: [] });
    await owner.act('core', 'promote', { participantId: bob.participantId });
    expect(micOf(owner, bob)).toBe(true);
    await owner.act('core', 'demote', { participantId: alice.participantId });
    expect(micOf(owner, alice)).toBe(false);
  });

  it('allowingWhileRestrictionsAreOffIsRefused', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('moderation', 'allowMicrophone', { participantId: bob.participantId, allowed: true }, 'a');
    expect(alice.inbox.errors()).toEqual([{ ns: 'moderation', id: 'a', error: 'restrictionsOff' }]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('restrictingWithAnUnknownParticipantChangesNothing', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('moderation', 'restrictMicrophones', { allowed: [nobody] }, 'r');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'r', error: 'unknownParticipant', participantId: nobody },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    expect(micOf(alice, bob)).toBe(true);
  });

  it('participantCannotRestrictMicrophones', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await bob.act('moderation', 'restrictMicrophones', { allowed: [bob.participantId] }, 'r');
    await bob.act('moderation', 'liftMicrophoneRestrictions', {}, 'l');
    expect(bob.inbox.errors().map((e) => e.error)).toEqual(['forbidden', 'forbidden']);
    expect(alice.inbox.frames).toEqual([]);
  });
});
