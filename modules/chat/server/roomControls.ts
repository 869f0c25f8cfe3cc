import { defineProtocol, type Protocol } from '@plenum/protocol';
import { defineModule, type ModuleContext } from '@plenum/room-kit';
import { z } from 'zod';

/**
 * Test helper: a stand-in for the modules that use the runtime's controls (moderation switches
 * chat off, breakout moves people between groups). Its context reaches the runtime directly;
 * the chat module never imports those modules, so its tests do not either.
 */
export function roomControls() {
  let ctx: ModuleContext<Protocol, never> | undefined;
  const protocol = defineProtocol({ ns: 'controls', commands: {}, events: {}, errors: {}, joinState: z.undefined() });
  const module = defineModule({
    protocol,
    init: (c) => {
      ctx = c as unknown as ModuleContext<Protocol, never>;
      return {};
    },
  });
  const control = (): ModuleContext<Protocol, never> => {
    if (!ctx) throw new Error('controls not initialised');
    return ctx;
  };
  return { module, control };
}
