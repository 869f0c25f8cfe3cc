import type { ModuleStates, Self } from '@plenum/client-kit';
import type { AnyModuleMessages, AnyUiModule, Locale, SlotProps } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { Protocol } from '@plenum/protocol';
import type { ConferenceSession } from './ConferenceSession.js';

/** A registered module that is on in this room, with what its slots get. */
export interface MountedModule {
  readonly ns: string;
  readonly ui: AnyUiModule;
  readonly props: SlotProps<Protocol, unknown, AnyModuleMessages>;
}

/**
 * The registered UI modules that are on (have a state), in registry order, each with its slot
 * props: its own state, its sender, this client, the roster, its words in `locale`, the room policy, and `update`
 * for client-only changes of its state.
 */
export function mountModules(
  modules: readonly AnyUiModule[],
  states: ModuleStates,
  self: Self | null,
  participants: readonly ParticipantInfo[],
  locale: Locale,
  session: Pick<ConferenceSession, 'sender' | 'updateModule' | 'getSnapshot'>,
): readonly MountedModule[] {
  if (!self) return [];
  return modules.flatMap((ui) => {
    const { ns } = ui.client.protocol;
    if (!Object.hasOwn(states, ns)) return [];
    const props = {
      state: states[ns],
      send: session.sender(ui.client.protocol),
      self,
      participants,
      locale,
      messages: ui.messages[locale],
      policy: session.getSnapshot().room.policy,
      update: (change: (state: unknown) => unknown) => session.updateModule(ns, change),
    };
    return [{ ns, ui, props }];
  });
}
