import type { ParticipantId } from '@plenum/protocol';
import { defineProtocol } from '@plenum/protocol';
import { defineModule, type ModuleContext } from '@plenum/room-kit';
import { z } from 'zod';

const protocol = defineProtocol({ ns: 'probe', commands: {}, events: {}, errors: {}, joinState: z.undefined() });

/**
 * A stand-in for the moderation and breakout modules in scenario tests: it switches modules off
 * and on through the room policy and moves people into breakout groups, through the runtime as
 * those modules will (this module may not import them).
 */
export function policyProbe() {
  let ctx: ModuleContext<typeof protocol, never> | undefined;
  const module = defineModule({
    protocol,
    init: (c) => {
      ctx = c;
      return {};
    },
  });
  const control = () => {
    if (!ctx) throw new Error('probe not initialised');
    return ctx;
  };
  return {
    module,
    switchedOff: (namespaces: readonly string[]) => control().setRoomPolicy({ switchedOff: namespaces }),
    moveToGroup: (participant: ParticipantId, group: string | null) => control().moveToGroup(participant, group),
  };
}
