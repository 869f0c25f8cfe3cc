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

/** The app's words for rooms no module names: the main room, and a group no mounted module knows. */
export interface RoomWords {
  readonly mainRoom: string;
  readonly otherRoom: string;
}

/** What room `group` is called: the main room (null), or a breakout room as the mounted module that made it names it. */
export function nameGroup(mounted: readonly MountedModule[], words: RoomWords, group: string | null): string {
  if (group === null) return words.mainRoom;
  for (const m of mounted) {
    const name = m.ui.groupName?.(m.props, group);
    if (name) return name;
  }
  return words.otherRoom;
}

/**
 * The registered UI modules that are on (have a state), in registry order, each with its slot
 * props: its own state, its sender, this client, the roster, its words in `locale`, the room policy, `update`
 * for client-only changes of its state, and `groupName` (see `nameGroup`).
 */
export function mountModules(
  modules: readonly AnyUiModule[],
  states: ModuleStates,
  self: Self | null,
  participants: readonly ParticipantInfo[],
  locale: Locale,
  session: Pick<ConferenceSession, 'sender' | 'updateModule' | 'getSnapshot'>,
  rooms: RoomWords,
): readonly MountedModule[] {
  if (!self) return [];
  let mounted: readonly MountedModule[] = [];
  const groupName = (group: string | null) => nameGroup(mounted, rooms, group);
  mounted = modules.flatMap((ui) => {
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
      groupName,
    };
    return [{ ns, ui, props }];
  });
  return mounted;
}
