import { describe, expect, it } from 'vitest';
import { infoOf, mediaOf, moderatedRoom, nobody, publishMicAndScreen } from './testRoom.test-support.js';

const screenOf = (seenBy: Parameters<typeof infoOf>[0], who: Parameters<typeof infoOf>[1]) =>
  (infoOf(seenBy, who)?.permissions as { screen: boolean } | undefined)?.screen;

describe('screen-share permission', () => {
  it('onlyModeratorsShareUntilAModeratorAllowsSomeone', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    expect([screenOf(bob, alice), screenOf(bob, bob)]).toEqual([true, false]);
    await publishMicAndScreen(bob, 's1');
    expect(bob.inbox.errors()).toEqual([{ ns: 'media', id: 's1', error: 'screenShareNotAllowed' }]);
    await alice.act('moderation', 'setScreenShare', { participantId: bob.participantId, allowed: true });
    expect(screenOf(bob, bob)).toBe(true);
    await publishMicAndScreen(bob, 's2');
    expect(bob.inbox.errors()).toHaveLength(1);
    expect(mediaOf(alice, bob)?.screen?.published).toBe(true);
  });

  it('revokingStopsARunningShare', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('moderation', 'setScreenShare', { participantId: bob.participantId, allowed: true });
    await publishMicAndScreen(bob);
    await alice.act('moderation', 'setScreenShare', { participantId: bob.participantId, allowed: false });
    expect(bob.inbox.last('media', 'screenShareRevoked')).toEqual({ ns: 'media', event: 'screenShareRevoked' });
    expect(mediaOf(alice, bob)?.screen?.published).toBe(false);
    expect(screenOf(alice, bob)).toBe(false);
  });

  it('moderatorsMayForbidAModeratorAndGoBackToTheRole', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    await owner.act('moderation', 'setScreenShare', { participantId: alice.participantId, allowed: false });
    expect(screenOf(owner, alice)).toBe(false);
    await owner.act('moderation', 'setScreenShare', { participantId: alice.participantId, allowed: 'byRole' });
    expect(screenOf(owner, alice)).toBe(true);
  });

  it('participantCannotAllowScreenSharing', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await bob.act('moderation', 'setScreenShare', { participantId: bob.participantId, allowed: true }, 's');
    expect(bob.inbox.errors()).toEqual([{ ns: 'moderation', id: 's', error: 'forbidden', required: 'moderator' }]);
    expect(alice.inbox.frames).toEqual([]);
    expect(screenOf(bob, bob)).toBe(false);
  });

  it('allowingAnUnknownParticipantIsRefused', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    await alice.act('moderation', 'setScreenShare', { participantId: nobody, allowed: true }, 's');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 's', error: 'unknownParticipant', participantId: nobody },
    ]);
  });
});
