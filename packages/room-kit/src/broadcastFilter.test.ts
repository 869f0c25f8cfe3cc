import { coreModule } from '@plenum/module-core/server';
import { describe, expect, it } from 'vitest';
import { moderatorRoles } from './Participant.js';
import { runtimeProbe } from './testing/RuntimeProbe.js';
import { type TestPersona, TestRoom } from './testing/TestRoom.js';

const setup = () => {
  const probe = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, probe.module] });
  return { room, control: probe.control };
};

/** The probe events each persona got, by name. */
const heard = (...people: TestPersona[]) => people.map((p) => p.inbox.events('probe').map((e) => e.event));

const clear = (room: TestRoom, ...people: TestPersona[]) => {
  for (const p of people) p.inbox.clear();
  room.writes.length = 0;
};

describe('broadcast filters', () => {
  it('aGroupBroadcastReachesOnlyThatGroup', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    control().moveToGroup(bob.participantId, 'b1');
    control().moveToGroup(carol.participantId, 'b1');
    clear(room, alice, bob, carol);
    control().broadcast({ event: 'hello' } as never, { group: 'b1' });
    control().broadcast({ event: 'main' } as never, { group: null });
    expect(heard(alice, bob, carol)).toEqual([['main'], ['hello'], ['hello']]);
  });

  it('aModeratorBroadcastIsOneFrameToEveryConnectionOfOwnerAndModeratorsOnly', async () => {
    const { room, control } = setup();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    const secondDevice = await alice.addDevice();
    clear(room, owner, alice, bob, guest);
    control().broadcast({ event: 'tally' } as never, { roles: moderatorRoles });
    expect(room.writes).toEqual([{ recipients: 3, bytes: expect.any(Number) }]);
    expect(heard(owner, alice, bob, guest)).toEqual([['tally'], ['tally'], [], []]);
    expect(room.inbox(secondDevice).events('probe', 'tally')).toHaveLength(1);
  });

  it('rolesCombineWithGroupAndExcept', async () => {
    const { room, control } = setup();
    const owner = await room.join('owner');
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const guest = await room.join('guest');
    control().moveToGroups([
      { participant: alice.participantId, group: 'b1' },
      { participant: bob.participantId, group: 'b1' },
    ]);
    clear(room, owner, alice, bob, guest);
    control().broadcast({ event: 'inB1' } as never, { roles: moderatorRoles, group: 'b1' });
    control().broadcast({ event: 'notAlice' } as never, { roles: moderatorRoles, except: alice.participantId });
    control().broadcast({ event: 'guests' } as never, { roles: ['guest'] });
    expect(heard(owner, alice, bob, guest)).toEqual([['notAlice'], ['inB1'], [], ['guests']]);
  });

  it('theRoleFilterFollowsPromotionsAndDemotions', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    await alice.act('core', 'promote', { participantId: bob.participantId });
    control().broadcast({ event: 'promoted' } as never, { roles: moderatorRoles });
    await alice.act('core', 'demote', { participantId: bob.participantId });
    control().broadcast({ event: 'demoted' } as never, { roles: moderatorRoles });
    expect(heard(alice, bob)).toEqual([['promoted', 'demoted'], ['promoted']]);
  });

  it('aFilterThatMatchesNobodyWritesNothing', async () => {
    const { room, control } = setup();
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    clear(room, alice, bob);
    control().broadcast({ event: 'nobody' } as never, { roles: [] });
    control().broadcast({ event: 'nobody' } as never, { roles: ['guest'] });
    control().broadcast({ event: 'nobody' } as never, { group: 'empty' });
    expect(room.writes).toEqual([]);
    expect(heard(alice, bob)).toEqual([[], []]);
  });
});
