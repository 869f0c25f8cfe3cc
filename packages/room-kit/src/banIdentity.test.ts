import { coreModule } from '@plenum/module-core/server';
import { describe, expect, it } from 'vitest';
import { runtimeProbe } from './testing/RuntimeProbe.js';
import { TestRoom } from './testing/TestRoom.js';

const setup = () => {
  const probe = runtimeProbe();
  return { room: new TestRoom({ modules: [coreModule, probe.module] }), control: probe.control };
};

describe('a ban is for the person', () => {
  it('takesOutEveryParticipantOfTheIdentityAndRefusesItFromThenOn', async () => {
    const { room, control } = setup();
    const laptop = await room.join('bob', { identity: 'user:bob' });
    const phone = await room.join('bob', { identity: 'user:bob' });
    const carol = await room.join('carol', { identity: 'user:carol' });
    expect(control().remove(phone.participantId, 'banned', null)).toBe('removed');
    await room.settle();
    for (const device of [laptop, phone]) expect(device.inbox.closedWith).toBe('banned');
    expect(carol.inbox.closedWith).toBeUndefined();
    expect([room.room.participantCount, room.room.isBanned('user:bob'), room.room.isBanned('user:carol')]).toEqual([
      1,
      true,
      false,
    ]);
  });

  it('neverBansTheOwnersIdentityWhateverDeviceIsNamed', async () => {
    const { room, control } = setup();
    const owner = await room.join('owner', { identity: 'user:olga' });
    const second = await room.join('bob', { identity: 'user:olga' });
    expect(control().remove(second.participantId, 'banned', null)).toBe('isOwner');
    await room.settle();
    expect([owner.inbox.closedWith, second.inbox.closedWith]).toEqual([undefined, undefined]);
    expect(room.room.isBanned('user:olga')).toBe(false);
    // A kick is for the one device, which is not the owner's role here.
    expect(control().remove(second.participantId, 'kicked', null)).toBe('removed');
  });
});
