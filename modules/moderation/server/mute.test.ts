import { describe, expect, it } from 'vitest';
import { mediaOf, moderatedRoom, nobody, nonMediaFrames, publishMic } from './testRoom.test-support.js';

describe('muting', () => {
  it('moderatorMutesOneAndTheTargetLearnsWhoDidIt', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await publishMic(bob);
    carol.inbox.clear();
    await alice.act('moderation', 'mute', { participantIds: [bob.participantId] }, 'm1');
    expect(alice.inbox.errors()).toEqual([]);
    expect(mediaOf(carol, bob)?.microphone).toEqual({ published: true, muted: true });
    expect(bob.inbox.events('moderation')).toEqual([
      { ns: 'moderation', event: 'muted', by: alice.participantId, byName: 'Alice' },
    ]);
    expect(carol.inbox.events('moderation')).toEqual([]);
  });

  it('moderatorMutesSeveralAtOnce', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const guest = await room.join('guest');
    for (const p of [bob, carol, guest]) await publishMic(p);
    await alice.act('moderation', 'mute', {
      participantIds: [bob.participantId, carol.participantId, bob.participantId],
    });
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(true);
    expect(mediaOf(alice, carol)?.microphone.muted).toBe(true);
    expect(mediaOf(alice, guest)?.microphone.muted).toBe(false);
    expect(bob.inbox.events('moderation', 'muted')).toHaveLength(1);
    expect(guest.inbox.events('moderation', 'muted')).toEqual([]);
  });

  it('muteAllSparesOwnerAndModerators', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    for (const p of [owner, alice, bob, guest]) await publishMic(p);
    await alice.act('moderation', 'muteAll');
    expect(mediaOf(owner, bob)?.microphone.muted).toBe(true);
    expect(mediaOf(owner, guest)?.microphone.muted).toBe(true);
    expect(mediaOf(bob, owner)?.microphone.muted).toBe(false);
    expect(mediaOf(bob, alice)?.microphone.muted).toBe(false);
    expect(guest.inbox.last('moderation', 'muted')).toMatchObject({ by: alice.participantId, byName: 'Alice' });
    expect(owner.inbox.events('moderation', 'muted')).toEqual([]);
  });

  it('muteAllTellsOnlyThoseWhoseMicrophoneWasLive', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const guest = await room.join('guest');
    for (const p of [bob, carol]) await publishMic(p);
    await carol.act('media', 'setMuted', { source: 'microphone', muted: true });
    await alice.act('moderation', 'muteAll');
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(true);
    expect(bob.inbox.events('moderation', 'muted')).toHaveLength(1);
    expect(carol.inbox.events('moderation', 'muted')).toEqual([]);
    expect(guest.inbox.events('moderation', 'muted')).toEqual([]);
  });

  it('mutedParticipantMayUnmuteThemselves', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publishMic(bob);
    await alice.act('moderation', 'mute', { participantIds: [bob.participantId] });
    await bob.act('media', 'setMuted', { source: 'microphone', muted: false }, 'u');
    expect(bob.inbox.errors()).toEqual([]);
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(false);
  });

  it('participantCannotMuteOthers', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    await publishMic(carol);
    for (const p of [alice, carol]) p.inbox.clear();
    await bob.act('moderation', 'mute', { participantIds: [carol.participantId] }, 'm1');
    await bob.act('moderation', 'muteAll', {}, 'm2');
    expect(bob.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'm1', error: 'forbidden', required: 'moderator' },
      { ns: 'moderation', id: 'm2', error: 'forbidden', required: 'moderator' },
    ]);
    expect(alice.inbox.frames).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('guestCannotMuteAll', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const guest = await room.join('guest');
    alice.inbox.clear();
    await guest.act('moderation', 'muteAll', {}, 'g');
    expect(guest.inbox.errors()).toEqual([{ ns: 'moderation', id: 'g', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
  });

  it('muteNamingAnUnknownParticipantChangesNothing', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await publishMic(bob);
    bob.inbox.clear();
    await alice.act('moderation', 'mute', { participantIds: [bob.participantId, nobody] }, 'm');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'm', error: 'unknownParticipant', participantId: nobody },
    ]);
    expect(bob.inbox.frames).toEqual([]);
    expect(mediaOf(alice, bob)?.microphone.muted).toBe(false);
  });

  it('muteOfMoreThanARoomHoldsIsRefusedWithTheLimit', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const ids = Array.from({ length: 251 }, (_, i) => `someone-someone-${String(i).padStart(6, '0')}`);
    await alice.act('moderation', 'mute', { participantIds: ids }, 'm');
    expect(alice.inbox.errors()).toEqual([{ ns: 'moderation', id: 'm', error: 'tooManyTargets', maxTargets: 250 }]);
    expect(nonMediaFrames(bob).filter((f) => f.ns === 'moderation')).toEqual([]);
  });

  it('anEmptyMuteListIsInvalid', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    await alice.act('moderation', 'mute', { participantIds: [] }, 'm');
    expect(alice.inbox.errors()).toMatchObject([{ ns: 'signaling', id: 'm', error: 'invalidCommand' }]);
  });
});
