import { coreModule } from '@plenum/module-core/server';
import { describe, expect, it } from 'vitest';
import { runtimeProbe } from './testing/RuntimeProbe.js';
import { TestRoom } from './testing/TestRoom.js';

const link = { id: 'link-1', personal: true } as const;

const setup = () => {
  const probe = runtimeProbe();
  return { room: new TestRoom({ modules: [coreModule, probe.module] }), control: probe.control };
};

describe('a guest turned away from the waiting room', () => {
  it('givesTheUseBackToTheirLinkThroughTheHost', async () => {
    const { room, control } = setup();
    await room.join('owner', { identity: 'user:olga' });
    const guest = await room.wait('guest', { identity: 'guest:h1', mustWait: true, guestLink: link });
    expect(control().refuse(guest.participantId)).toBe(true);
    await room.settle();
    expect(guest.inbox.closedWith).toBe('rejected');
    expect(room.guestLinks.givenBack).toEqual(['guest:h1']);
  });

  it('givesNothingBackForPeopleWithoutALinkOrForAGuestStillInTheMeetingOnAnotherDevice', async () => {
    const { room, control } = setup();
    await room.join('owner', { identity: 'user:olga' });
    const member = await room.wait('bob', { identity: 'user:bob', mustWait: true });
    const caller = await room.wait('phone', { identity: 'phone:+49301234', mustWait: true });
    await room.join('guest', { identity: 'guest:h2', guestLink: link });
    const secondDevice = await room.wait('guest', { identity: 'guest:h2', mustWait: true, guestLink: link });
    for (const p of [member, caller, secondDevice]) expect(control().refuse(p.participantId)).toBe(true);
    await room.settle();
    expect(room.guestLinks.givenBack).toEqual([]);
  });

  it('staysTurnedAwayWhenTheHostCannotGiveTheUseBack', async () => {
    const { room, control } = setup();
    room.guestLinks.failing = true;
    await room.join('owner', { identity: 'user:olga' });
    const guest = await room.wait('guest', { identity: 'guest:h1', mustWait: true, guestLink: link });
    expect(control().refuse(guest.participantId)).toBe(true);
    await room.settle();
    expect(guest.inbox.closedWith).toBe('rejected');
    expect(room.room.waitingCount).toBe(0);
  });
});
