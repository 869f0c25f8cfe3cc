import { describe, expect, it } from 'vitest';
import { moderatedRoom, nobody } from './testRoom.test-support.js';

describe('kick, ban and ending the meeting', () => {
  it('moderatorKicksAParticipantWhoMayJoinAgain', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob', { identity: 'user:bob' });
    await alice.act('moderation', 'kick', { participantId: bob.participantId });
    expect(bob.inbox.last('core', 'removed')).toEqual({
      ns: 'core',
      event: 'removed',
      reason: 'kicked',
      by: alice.participantId,
    });
    expect(bob.inbox.closedWith).toBe('kicked');
    expect(alice.inbox.last('core', 'participantLeft')).toMatchObject({ participantId: bob.participantId });
    await room.join('bob', { identity: 'user:bob' });
  });

  it('bannedParticipantCannotRejoin', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const laptop = await room.join('bob', { identity: 'user:bob' });
    const phone = await room.join('bob', { identity: 'user:bob' });
    await alice.act('moderation', 'ban', { participantId: laptop.participantId });
    for (const device of [laptop, phone])
      expect(device.inbox.last('core', 'removed')).toMatchObject({ reason: 'banned', by: alice.participantId });
    expect(room.room.isBanned('user:bob')).toBe(true);
    for (const _ of [1, 2]) {
      const again = room.connect();
      room.room.join(again.connectionId, {
        displayName: 'Bob',
        role: 'participant',
        kind: 'browser',
        identity: 'user:bob',
      });
      await room.settle();
      expect(again.inbox.errors()).toEqual([{ ns: 'core', error: 'banned' }]);
    }
    await room.join('bob', { identity: 'user:other' });
    expect(room.room.isBanned('user:other')).toBe(false);
  });

  it('banRemovesEveryDeviceOfThatPerson', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const carol = await room.join('carol', { identity: 'user:carol' });
    const laptop = await room.join('bob', { identity: 'user:bob' });
    const tablet = await room.join('bob', { identity: 'user:bob' });
    // A third device waits (e.g. sent back, or let in through the waiting room).
    const waitingPhone = await room.wait('bob', { identity: 'user:bob', mustWait: true });
    const someoneElse = await room.wait('guest', { identity: 'guest:xyz', mustWait: true });
    for (const p of [alice, carol]) p.inbox.clear();
    await alice.act('moderation', 'ban', { participantId: tablet.participantId }, 'b');
    expect(alice.inbox.errors()).toEqual([]);
    for (const device of [laptop, tablet, waitingPhone]) {
      expect(device.inbox.last('core', 'removed')).toEqual({
        ns: 'core',
        event: 'removed',
        reason: 'banned',
        by: alice.participantId,
      });
      expect(device.inbox.closedWith).toBe('banned');
    }
    expect(
      carol.inbox
        .events('core', 'participantLeft')
        .map((e) => e.participantId)
        .sort(),
    ).toEqual([laptop.participantId, tablet.participantId].sort());
    expect(carol.inbox.events('core', 'removed')).toEqual([]);
    expect(someoneElse.inbox.events('core', 'removed')).toEqual([]);
    expect([room.room.participantCount, room.room.waitingCount]).toEqual([2, 1]);
  });

  it('aModeratorCannotBanSomeoneWhoModeratesOnAnotherDevice', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const laptop = await room.join('bob', { identity: 'user:bob' });
    const phone = await room.join('bob', { identity: 'user:bob', role: 'moderator' });
    await alice.act('moderation', 'ban', { participantId: laptop.participantId }, 'b');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'b', error: 'cannotRemoveModerator', participantId: laptop.participantId },
    ]);
    expect([laptop.inbox.events('core', 'removed'), phone.inbox.events('core', 'removed')]).toEqual([[], []]);
    expect(room.room.isBanned('user:bob')).toBe(false);
    // A kick is for the one device only, and this one does not moderate.
    await alice.act('moderation', 'kick', { participantId: laptop.participantId }, 'k');
    expect(laptop.inbox.last('core', 'removed')).toMatchObject({ reason: 'kicked' });
    expect(phone.inbox.events('core', 'removed')).toEqual([]);
  });

  it('theOwnerBansEveryDeviceOfAModerator', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const laptop = await room.join('bob', { identity: 'user:bob' });
    const phone = await room.join('bob', { identity: 'user:bob', role: 'moderator' });
    await owner.act('moderation', 'ban', { participantId: laptop.participantId });
    for (const device of [laptop, phone])
      expect(device.inbox.last('core', 'removed')).toMatchObject({ reason: 'banned' });
    expect(room.room.participantCount).toBe(1);
  });

  it('ownerCannotBeKickedOrBanned', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    owner.inbox.clear();
    await alice.act('moderation', 'kick', { participantId: owner.participantId }, 'k');
    await alice.act('moderation', 'ban', { participantId: owner.participantId }, 'b');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'k', error: 'cannotRemoveOwner', participantId: owner.participantId },
      { ns: 'moderation', id: 'b', error: 'cannotRemoveOwner', participantId: owner.participantId },
    ]);
    expect(owner.inbox.frames).toEqual([]);
    expect(room.room.participantCount).toBe(2);
  });

  it('moderatorCannotKickAnotherModerator', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const mod = await room.join('carol', { role: 'moderator' });
    mod.inbox.clear();
    await alice.act('moderation', 'kick', { participantId: mod.participantId }, 'k');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'k', error: 'cannotRemoveModerator', participantId: mod.participantId },
    ]);
    expect(mod.inbox.frames).toEqual([]);
  });

  it('ownerKicksAModerator', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    await owner.act('moderation', 'ban', { participantId: alice.participantId });
    expect(alice.inbox.last('core', 'removed')).toMatchObject({ reason: 'banned', by: owner.participantId });
    expect(room.room.participantCount).toBe(1);
  });

  it('participantCannotKickOrBan', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    for (const p of [alice, carol]) p.inbox.clear();
    await bob.act('moderation', 'kick', { participantId: carol.participantId }, 'k');
    await bob.act('moderation', 'ban', { participantId: carol.participantId }, 'b');
    expect(bob.inbox.errors().map((e) => [e.id, e.error])).toEqual([
      ['k', 'forbidden'],
      ['b', 'forbidden'],
    ]);
    expect(alice.inbox.frames).toEqual([]);
    expect(carol.inbox.frames).toEqual([]);
  });

  it('kickingSomeoneWhoIsGoneIsRefused', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    await alice.act('moderation', 'kick', { participantId: nobody }, 'k');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'k', error: 'unknownParticipant', participantId: nobody },
    ]);
  });

  it('debriefForGuestsKeepsEveryoneElse', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    const phone = await room.join('phone');
    await alice.act('moderation', 'debrief', { scope: 'guests' });
    for (const p of [guest, phone])
      expect(p.inbox.last('core', 'removed')).toEqual({
        ns: 'core',
        event: 'removed',
        reason: 'debrief',
        by: alice.participantId,
      });
    expect(bob.inbox.events('core', 'removed')).toEqual([]);
    expect(room.room.participantCount).toBe(2);
  });

  it('debriefForGuestsAndUsersKeepsModeratorsAndTheRecorder', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const dialIn = await room.join('dialIn');
    const recorder = await room.join('recorder');
    await alice.act('moderation', 'debrief', { scope: 'guestsAndUsers' });
    for (const p of [bob, dialIn]) expect(p.inbox.last('core', 'removed')).toMatchObject({ reason: 'debrief' });
    for (const p of [owner, alice, recorder]) expect(p.inbox.events('core', 'removed')).toEqual([]);
  });

  it('debriefForAllButModeratorsKeepsTheModeratorsTogether', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    await room.join('bob');
    await room.join('guest');
    const recorder = await room.join('recorder');
    await owner.act('moderation', 'debrief', { scope: 'allButModerators' });
    expect(recorder.inbox.last('core', 'removed')).toMatchObject({ reason: 'debrief' });
    expect(room.room.participantCount).toBe(2);
    expect(alice.inbox.events('core', 'removed')).toEqual([]);
    expect(room.emptied).toBe(0);
  });

  it('participantCannotDebrief', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    for (const p of [alice, guest]) p.inbox.clear();
    await bob.act('moderation', 'debrief', { scope: 'guests' }, 'd');
    expect(bob.inbox.errors()).toEqual([{ ns: 'moderation', id: 'd', error: 'forbidden', required: 'moderator' }]);
    expect([alice.inbox.frames, guest.inbox.frames]).toEqual([[], []]);
  });

  it('moderatorEndsTheMeetingForEveryone', async () => {
    const room = moderatedRoom({ waitingRoom: 'guests' });
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    await alice.act('moderation', 'endMeeting');
    for (const p of [owner, alice, bob])
      expect(p.inbox.last('core', 'removed')).toEqual({
        ns: 'core',
        event: 'removed',
        reason: 'meetingEnded',
        by: alice.participantId,
      });
    expect(guest.inbox.last('core', 'removed')).toMatchObject({ reason: 'meetingEnded' });
    expect([room.room.participantCount, room.room.waitingCount]).toEqual([0, 0]);
    expect(room.emptied).toBeGreaterThan(0);
  });

  it('endingTheMeetingDoesNotTellTheWaitingThatTheModeratorsAreGone', async () => {
    const room = moderatedRoom({ waitingRoom: 'guests' });
    const alice = await room.join('alice');
    const guest = await room.wait('guest');
    await alice.act('moderation', 'endMeeting');
    expect(guest.inbox.last('core', 'removed')).toMatchObject({ reason: 'meetingEnded' });
    expect(guest.inbox.events('core', 'moderatorPresence')).toEqual([]);
  });

  it('participantCannotEndTheMeeting', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await bob.act('moderation', 'endMeeting', {}, 'e');
    expect(bob.inbox.errors()).toEqual([{ ns: 'moderation', id: 'e', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(room.room.participantCount).toBe(2);
  });

  it('aWaitingGuestReachesNoModerationCommand', async () => {
    const room = moderatedRoom({ waitingRoom: 'guests' });
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.wait('guest');
    alice.inbox.clear();
    await guest.act('moderation', 'kick', { participantId: bob.participantId }, 'w');
    expect(guest.inbox.errors()).toEqual([{ ns: 'core', id: 'w', error: 'stillWaiting' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(room.room.participantCount).toBe(2);
  });
});
