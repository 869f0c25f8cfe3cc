import type { TestPersona } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { moderatedRoom } from './testRoom.test-support.js';

const personal = { id: 'link-for-erika', personal: true } as const;
const shared = { id: 'link-for-the-public', personal: false } as const;

describe('a ban that closes the guest link', () => {
  it('closesTheLinkTheBannedGuestCameThroughAndTellsTheModeratorsItsLabel', async () => {
    const room = moderatedRoom();
    room.guestLinks.links.set(shared.id, 'Öffentlichkeit');
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob', { identity: 'user:bob' });
    const guest = await room.join('guest', { identity: 'guest:h1', guestLink: shared });
    await owner.act('moderation', 'ban', { participantId: guest.participantId, closeLink: true }, 'b');
    expect(owner.inbox.errors()).toEqual([]);
    expect(guest.inbox.closedWith).toBe('banned');
    expect(room.guestLinks.closed).toEqual([shared.id]);
    for (const moderator of [owner, alice])
      expect(moderator.inbox.last('moderation', 'guestLinkClosed')).toEqual({
        ns: 'moderation',
        event: 'guestLinkClosed',
        label: 'Öffentlichkeit',
      });
    expect(bob.inbox.events('moderation', 'guestLinkClosed')).toEqual([]);
  });

  it('leavesTheLinkOpenWithoutCloseLinkAndNeverClosesAnythingForPeopleWithoutALink', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const guest = await room.join('guest', { identity: 'guest:h1', guestLink: personal });
    const bob = await room.join('bob', { identity: 'user:bob' });
    const caller = await room.join('phone', { identity: 'phone:+49301234' });
    await owner.act('moderation', 'ban', { participantId: guest.participantId });
    await owner.act('moderation', 'ban', { participantId: bob.participantId, closeLink: true });
    await owner.act('moderation', 'ban', { participantId: caller.participantId, closeLink: true });
    for (const p of [guest, bob, caller]) expect(p.inbox.closedWith).toBe('banned');
    expect(room.guestLinks.closed).toEqual([]);
    expect(owner.inbox.errors()).toEqual([]);
    expect(owner.inbox.events('moderation', 'guestLinkClosed')).toEqual([]);
  });

  it('bansEvenWhenTheLinkCannotBeClosedAndTellsOnlyTheModeratorWhoAsked', async () => {
    const room = moderatedRoom();
    room.guestLinks.failing = true;
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const guest = await room.join('guest', { identity: 'guest:h1', guestLink: personal });
    await owner.act('moderation', 'ban', { participantId: guest.participantId, closeLink: true }, 'b');
    expect(guest.inbox.closedWith).toBe('banned');
    expect(room.room.isBanned('guest:h1')).toBe(true);
    expect(owner.inbox.errors()).toEqual([{ ns: 'moderation', id: 'b', error: 'linkNotClosed' }]);
    expect(alice.inbox.errors()).toEqual([]);
    expect(alice.inbox.events('moderation', 'guestLinkClosed')).toEqual([]);
  });

  it('saysSoWhenTheRoomHasNoSuchLinkAnyMore', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const guest = await room.join('guest', { identity: 'guest:h1', guestLink: personal });
    await owner.act('moderation', 'ban', { participantId: guest.participantId, closeLink: true }, 'b');
    expect(room.guestLinks.closed).toEqual([personal.id]);
    expect(owner.inbox.errors()).toEqual([{ ns: 'moderation', id: 'b', error: 'linkNotClosed' }]);
  });

  it('refusesAParticipantToCloseALinkAndChangesNothing', async () => {
    const room = moderatedRoom();
    const bob = await room.join('bob', { identity: 'user:bob' });
    const guest = await room.join('guest', { identity: 'guest:h1', guestLink: personal });
    await bob.act('moderation', 'ban', { participantId: guest.participantId, closeLink: true }, 'b');
    expect(bob.inbox.errors()).toEqual([{ ns: 'moderation', id: 'b', error: 'forbidden', required: 'moderator' }]);
    expect(guest.inbox.closedWith).toBeUndefined();
    expect(room.guestLinks.closed).toEqual([]);
  });
});

/** The moderation part of the `joined` frame `p` got. */
const joinState = (p: TestPersona) =>
  (p.inbox.last('core', 'joined')?.modules as Record<string, unknown> | undefined)?.moderation;

describe('which guests came through a link', () => {
  it('isToldToModeratorsOnlyAndNeverNamesTheLink', async () => {
    const room = moderatedRoom();
    const owner = await room.join('owner');
    const bob = await room.join('bob', { identity: 'user:bob' });
    const erika = await room.join('guest', { identity: 'guest:h1', guestLink: personal });
    const public_ = await room.join('guest', { identity: 'guest:h2', guestLink: shared });
    await room.join('phone', { identity: 'phone:+49301234' });
    const guests = [
      { participantId: erika.participantId, personal: true },
      { participantId: public_.participantId, personal: false },
    ];
    expect(owner.inbox.last('moderation', 'linkGuests')).toEqual({ ns: 'moderation', event: 'linkGuests', guests });
    const alice = await room.join('alice');
    expect(joinState(alice)).toEqual({
      restrictions: { on: false, allowed: [] },
      linkGuests: guests,
    });
    for (const p of [bob, erika, public_]) {
      expect(p.inbox.events('moderation', 'linkGuests')).toEqual([]);
      expect(joinState(p)).toEqual({
        restrictions: { on: false, allowed: [] },
      });
    }
    await owner.act('core', 'promote', { participantId: bob.participantId });
    expect(bob.inbox.last('moderation', 'linkGuests')).toEqual({ ns: 'moderation', event: 'linkGuests', guests });
    const everything = JSON.stringify([owner, alice, bob, erika, public_].map((p) => p.inbox.frames));
    for (const id of [personal.id, shared.id]) expect(everything).not.toContain(id);
  });
});
