import { coreModule } from '@plenum/module-core/server';
import { runtimeProbe, TestRoom } from '@plenum/room-kit/testing';
import { raiseHandsModule } from './RaiseHandsModule.js';

export const ns = 'raise-hands';

/** A room with core, raise-hands and the probe that switches modules off and moves people between groups. */
export function handsRoom() {
  const probe = runtimeProbe();
  const room = new TestRoom({ modules: [coreModule, raiseHandsModule, probe.module] });
  return { room, switchedOff: probe.switchedOff, moveToGroup: probe.moveToGroup, moveToGroups: probe.moveToGroups };
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
