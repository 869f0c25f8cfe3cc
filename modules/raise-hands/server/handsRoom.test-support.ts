import { coreModule } from '@plenum/module-core/server';
import { type PersonaName, runtimeProbe, type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { raiseHandsModule } from './RaiseHandsModule.js';

export const ns = 'raise-hands';

/** A room with core, raise-hands and the probe that switches modules off and moves people between groups. */
export function handsRoom() {
  const probe = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, raiseHandsModule, probe.module] });
  return { room, switchedOff: probe.switchedOff, moveToGroup: probe.moveToGroup, moveToGroups: probe.moveToGroups };
}

/** `handsRoom` with these personas joined, in this order, each under its own name. */
export async function handsRoomWith<N extends PersonaName>(
  ...names: N[]
): Promise<ReturnType<typeof handsRoom> & Record<N, TestPersona>> {
  const setup = handsRoom();
  const joined = {} as Record<N, TestPersona>;
  for (const name of names) joined[name] = await setup.room.join(name);
  return { ...setup, ...joined };
}

/** The raise-hands join state in a `core.joined`. */
export const handsIn = (joined: Record<string, unknown> | undefined) =>
  (
    joined?.modules as
      | Record<
          string,
          {
            enabled: boolean;
            hands: { participantId: string; raisedAt: number }[];
            elsewhere: { group: string | null; count: number }[];
          }
        >
      | undefined
  )?.[ns];
