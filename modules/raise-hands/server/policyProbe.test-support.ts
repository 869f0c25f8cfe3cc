import { defineProtocol } from '@plenum/protocol';
import { defineModule, type RoomPolicy } from '@plenum/room-kit';
import { z } from 'zod';

/**
 * A stand-in for the moderation module in scenario tests: it switches modules off and on through
 * the runtime's room policy, as moderators will (this module may not import the real one).
 */
export function policyProbe() {
  let set: ((change: Partial<RoomPolicy>) => void) | undefined;
  const module = defineModule({
    protocol: defineProtocol({ ns: 'probe', commands: {}, events: {}, errors: {}, joinState: z.undefined() }),
    init: (ctx) => {
      set = (change) => ctx.setRoomPolicy(change);
      return {};
    },
  });
  const switchedOff = (namespaces: readonly string[]) => {
    if (!set) throw new Error('probe not initialised');
    set({ switchedOff: namespaces });
  };
  return { module, switchedOff };
}
