import type { JoinStateOf, Protocol } from '@plenum/protocol';
import type { AnnouncementMap, AnnouncementOf } from './Announcement.js';
import type { ModuleContext } from './ModuleContext.js';
import type { ModuleInput } from './ModuleInput.js';

/**
 * The client side of one signalling module: pure functions over the module's state `S`; the host
 * (the conference session) parses frames, keeps the state and sends commands.
 *
 * - `init` runs on every `core.joined` (fresh, resumed, after admission) with the module's part of
 *   `joined.modules`, already parsed with `protocol.joinState`; `undefined` when the server sent
 *   none. Return null when the module is off in this room: then it gets no input and its UI
 *   slots are not shown until the next `joined`. While this client waits, every module is off.
 * - `reduce` must be pure and return the same object when nothing changed.
 * - `announce` (optional) says what the live region should say about an input, given the state
 *   *before* the input was reduced (so a removal can still be named). Also pure.
 *
 * Methods (not function properties) on purpose: that lets the registry hold modules of different
 * state types in one list (`AnyClientModule`); the host only ever hands a module its own state.
 */
export interface ClientModule<P extends Protocol, S, A extends AnnouncementMap = Record<never, object>> {
  readonly protocol: P;
  /**
   * `previous` is this module's state from before the `joined` when it is the same participant again (a resumed
   * session, e.g. after a dropped connection), so that a module can keep what only this client holds (unsent local
   * edits); absent on a fresh join. Most modules ignore it: the join state is the truth.
   */
  init(joinState: JoinStateOf<P> | undefined, context: ModuleContext, previous?: S): S | null;
  reduce(state: S, input: ModuleInput<P>, context: ModuleContext): S;
  announce?(input: ModuleInput<P>, state: S, context: ModuleContext): AnnouncementOf<A> | null;
  /**
   * Optional, pure: what to say when moderators switch this module off for everyone but themselves (the core room
   * policy's `switchedOff`) or on again, and (`refused`) when the server refused one of this client's commands
   * because the module is switched off (`signaling.moduleSwitchedOff`). For modules that have no event of their own
   * for it; `context.self` tells a moderator (who may still use it) from the others.
   */
  announceSwitch?(change: SwitchChange, state: S, context: ModuleContext): AnnouncementOf<A> | null;
}

/** How a module's availability changed for this client, see `ClientModule.announceSwitch`. */
export type SwitchChange = 'switchedOff' | 'switchedOn' | 'refused';

/** A client module of any protocol and state, as the registry lists them. */
export type AnyClientModule = ClientModule<Protocol, unknown, AnnouncementMap>;

/** Identity with inference: `defineClientModule<LobbyProtocol, LobbyState, LobbyAnnouncements>({ … })`. */
export function defineClientModule<P extends Protocol, S, A extends AnnouncementMap = Record<never, object>>(
  module: ClientModule<P, S, A>,
): ClientModule<P, S, A> {
  return module;
}
