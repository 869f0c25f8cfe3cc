import { describe, expect, it } from 'vitest';
import { infoOf, moderatedRoom, nobody } from './testRoom.test-support.js';

describe('names and room rules', () => {
  it('moderatorRenamesGuestsAndPhoneCallers', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const guest = await room.join('guest');
    const dialIn = await room.join('dialIn');
    await alice.act('moderation', 'rename', { participantId: guest.participantId, displayName: '  Frau Meier ' });
    await alice.act('moderation', 'rename', { participantId: dialIn.participantId, displayName: 'Herr Schulz' });
    expect(alice.inbox.errors()).toEqual([]);
    expect(infoOf(guest, guest)?.displayName).toBe('Frau Meier');
    expect(infoOf(guest, dialIn)?.displayName).toBe('Herr Schulz');
  });

  it('registeredUsersCannotBeRenamed', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob', { userId: 'user-bob' });
    bob.inbox.clear();
    await alice.act('moderation', 'rename', { participantId: bob.participantId, displayName: 'Bobby' }, 'r');
    expect(alice.inbox.errors()).toEqual([
      { ns: 'moderation', id: 'r', error: 'notRenamable', participantId: bob.participantId },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('renamingNeedsAValidName', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const guest = await room.join('guest');
    await alice.act('moderation', 'rename', { participantId: guest.participantId, displayName: 'x'.repeat(65) }, 'r');
    await alice.act('moderation', 'rename', { participantId: nobody, displayName: 'Eve' }, 'u');
    expect(alice.inbox.errors()).toMatchObject([
      { ns: 'signaling', id: 'r', error: 'invalidCommand' },
      { ns: 'moderation', id: 'u', error: 'unknownParticipant', participantId: nobody },
    ]);
  });

  it('participantCannotRenameOthers', async () => {
    const room = moderatedRoom();
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    guest.inbox.clear();
    await bob.act('moderation', 'rename', { participantId: guest.participantId, displayName: 'Eve' }, 'r');
    expect(bob.inbox.errors()).toEqual([{ ns: 'moderation', id: 'r', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.frames).toEqual([]);
  });

  it('moderatorLocksSelfRenaming', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('moderation', 'setSelfRename', { allowed: false });
    expect(bob.inbox.last('core', 'policyChanged')).toEqual({
      ns: 'core',
      event: 'policyChanged',
      policy: { selfRename: false, switchedOff: [] },
    });
    await bob.act('core', 'rename', { displayName: 'Robert' }, 'r');
    expect(bob.inbox.errors()).toEqual([{ ns: 'core', id: 'r', error: 'renameLocked' }]);
    await alice.act('moderation', 'setSelfRename', { allowed: true });
    await bob.act('core', 'rename', { displayName: 'Robert' }, 'r2');
    expect(infoOf(alice, bob)?.displayName).toBe('Robert');
  });

  it('moderatorSwitchesChatHandsAndReactionsOffAndOn', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('moderation', 'setFeature', { feature: 'reactions', on: false });
    await alice.act('moderation', 'setFeature', { feature: 'chat', on: false });
    expect(bob.inbox.last('core', 'policyChanged')).toMatchObject({ policy: { switchedOff: ['chat', 'reactions'] } });
    await alice.act('moderation', 'setFeature', { feature: 'chat', on: true });
    expect(bob.inbox.last('core', 'policyChanged')).toMatchObject({ policy: { switchedOff: ['reactions'] } });
    const late = await room.join('carol');
    expect(late.inbox.last('core', 'joined')?.policy).toEqual({ selfRename: true, switchedOff: ['reactions'] });
  });

  it('switchingAFeatureTwiceTellsNobodyTwice', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('moderation', 'setFeature', { feature: 'raise-hands', on: false });
    await alice.act('moderation', 'setFeature', { feature: 'raise-hands', on: false });
    expect(bob.inbox.events('core', 'policyChanged')).toHaveLength(1);
  });

  it('rulesReachEveryoneOnlyThroughTheCorePolicy', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('moderation', 'setSelfRename', { allowed: false });
    await alice.act('moderation', 'setFeature', { feature: 'chat', on: false });
    expect(bob.inbox.events('core', 'policyChanged')).toHaveLength(2);
    expect(bob.inbox.events('moderation')).toEqual([]);
    const late = await room.join('carol');
    const modules = late.inbox.last('core', 'joined')?.modules as Record<string, unknown> | undefined;
    expect(modules?.moderation).toEqual({ restrictions: { on: false, allowed: [] } });
  });

  it('onlyTheFixedFeaturesCanBeSwitched', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    bob.inbox.clear();
    await alice.act('moderation', 'setFeature', { feature: 'core', on: false }, 'f');
    await alice.act('moderation', 'setFeature', { feature: 'moderation', on: false }, 'g');
    expect(alice.inbox.errors()).toMatchObject([
      { ns: 'signaling', id: 'f', error: 'invalidCommand' },
      { ns: 'signaling', id: 'g', error: 'invalidCommand' },
    ]);
    expect(bob.inbox.frames).toEqual([]);
  });

  it('participantCannotSwitchFeaturesOrLockRenaming', async () => {
    const room = moderatedRoom();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    alice.inbox.clear();
    await bob.act('moderation', 'setFeature', { feature: 'chat', on: false }, 'f');
    await bob.act('moderation', 'setSelfRename', { allowed: false }, 's');
    expect(bob.inbox.errors().map((e) => e.error)).toEqual(['forbidden', 'forbidden']);
    expect(alice.inbox.frames).toEqual([]);
  });
});
