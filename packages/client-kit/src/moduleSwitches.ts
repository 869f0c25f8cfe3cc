import type { RoomPolicy } from '@plenum/module-core/protocol';
import type { ModuleAnnouncement } from './Announcement.js';
import type { AnyClientModule, SwitchChange } from './ClientModule.js';
import type { ModuleContext } from './ModuleContext.js';
import type { ModuleStates } from './ModuleStates.js';

/**
 * What the modules that are on want said about a change of the room policy: each module whose namespace was switched
 * off or on (`switchedOff`) is asked through its `announceSwitch`, in registry order.
 */
export function switchAnnouncements(
  modules: readonly AnyClientModule[],
  states: ModuleStates,
  before: RoomPolicy,
  after: RoomPolicy,
  context: ModuleContext,
): readonly ModuleAnnouncement[] {
  return modules.flatMap((module) => {
    const { ns } = module.protocol;
    const was = before.switchedOff.includes(ns);
    const is = after.switchedOff.includes(ns);
    return was === is ? [] : said(module, states, is ? 'switchedOff' : 'switchedOn', context);
  });
}

/**
 * What module `ns` wants said when the server refused one of this client's commands because moderators switched the
 * module off (`signaling.moduleSwitchedOff`); nothing when no module that is on has the namespace.
 */
export function refusedAnnouncement(
  modules: readonly AnyClientModule[],
  states: ModuleStates,
  ns: string,
  context: ModuleContext,
): readonly ModuleAnnouncement[] {
  const module = modules.find((m) => m.protocol.ns === ns);
  return module ? said(module, states, 'refused', context) : [];
}

function said(
  module: AnyClientModule,
  states: ModuleStates,
  change: SwitchChange,
  context: ModuleContext,
): readonly ModuleAnnouncement[] {
  const { ns } = module.protocol;
  if (!Object.hasOwn(states, ns)) return [];
  const announcement = module.announceSwitch?.(change, states[ns], context) ?? null;
  return announcement ? [{ ns, announcement }] : [];
}
