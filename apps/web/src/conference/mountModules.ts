import type { ModuleStates, Self } from '@plenum/client-kit';
import type {
  AnyModuleMessages,
  AnyUiModule,
  Locale,
  MicrophoneState,
  ParticipantMenuEntry,
  SlotProps,
} from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { inMenuOrder } from '@plenum/module-core/ui';
import { mediaStateOf } from '@plenum/module-media/client';
import type { Protocol } from '@plenum/protocol';
import type { ConferenceSession, SessionSnapshot } from './ConferenceSession.js';

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

/** How `participantId`'s microphone is: this client's own as it is here, the others' as the media module said. */
export function microphoneOf(
  snapshot: Pick<SessionSnapshot, 'room' | 'local' | 'media'>,
  participantId: string,
): MicrophoneState {
  const { published, muted } =
    participantId === snapshot.room.self?.participantId
      ? { published: snapshot.local.microphone !== null, muted: snapshot.local.microphoneMuted }
      : mediaStateOf(snapshot.media, participantId).microphone;
  return !published ? 'off' : muted ? 'muted' : 'on';
}

/** What the viewer may do to a participant as the core offers it (making them moderator or not). */
export type CoreActions = (target: ParticipantInfo) => readonly ParticipantMenuEntry[];

/**
 * Everything the viewer may do to `target`, as the participant list and the Moderation panel offer it: the core's
 * actions and every mounted module's `participantMenu` entries, in menu order (see `inMenuOrder`).
 */
export function actionsFor(
  mounted: readonly MountedModule[],
  coreActions: CoreActions,
  target: ParticipantInfo,
): ParticipantMenuEntry[] {
  return inMenuOrder([
    ...coreActions(target),
    ...mounted.flatMap((m) => m.ui.participantMenu?.(m.props, target) ?? []),
  ]);
}

/**
 * The registered UI modules that are on (have a state), in registry order, each with its slot
 * props: its own state, its sender, this client, the roster, its words in `locale`, the room policy, `update`
 * for client-only changes of its state, `groupName` (see `nameGroup`), `microphone` (see `microphoneOf`) and
 * `participantActions` (see `actionsFor`, with the core's `coreActions`).
 */
export function mountModules(
  modules: readonly AnyUiModule[],
  states: ModuleStates,
  self: Self | null,
  participants: readonly ParticipantInfo[],
  locale: Locale,
  session: Pick<ConferenceSession, 'sender' | 'updateModule' | 'getSnapshot'>,
  rooms: RoomWords,
  coreActions: CoreActions = () => [],
): readonly MountedModule[] {
  if (!self) return [];
  let mounted: readonly MountedModule[] = [];
  const groupName = (group: string | null) => nameGroup(mounted, rooms, group);
  const participantActions = (target: ParticipantInfo) => actionsFor(mounted, coreActions, target);
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
      microphone: (participantId: string) => microphoneOf(session.getSnapshot(), participantId),
      participantActions,
    };
    return [{ ns, ui, props }];
  });
  return mounted;
}
