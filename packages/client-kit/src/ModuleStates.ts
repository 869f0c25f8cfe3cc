import { parseFrame } from '@plenum/module-core/client';
import type { Protocol } from '@plenum/protocol';
import type { AnnouncementMap, AnnouncementOf, ModuleAnnouncement } from './Announcement.js';
import type { AnyClientModule } from './ClientModule.js';
import type { ModuleContext } from './ModuleContext.js';
import type { ModuleInput, RuntimeChange } from './ModuleInput.js';

/**
 * The state of every module that is on, by namespace; a module that is off has no entry. Each
 * value is exactly what that module's `init`/`reduce` returned, so it is only ever handed back
 * to the same module.
 */
export type ModuleStates = Readonly<Record<string, unknown>>;

/** New states after an input, and what the modules want announced, in registry order. */
export interface Routed {
  readonly states: ModuleStates;
  readonly announcements: readonly ModuleAnnouncement[];
}

/** The spine's namespaces: the session handles them itself, no module may take them. */
const reserved = new Set(['core', 'media', 'signaling']);

/** Throws when two modules share a namespace or one takes a reserved one: a wiring bug, caught at start. */
export function checkRegistry(modules: readonly AnyClientModule[]): void {
  const seen = new Set<string>();
  for (const { protocol } of modules) {
    if (reserved.has(protocol.ns)) throw new Error(`module namespace '${protocol.ns}' is reserved`);
    if (seen.has(protocol.ns)) throw new Error(`module namespace '${protocol.ns}' is registered twice`);
    seen.add(protocol.ns);
  }
}

/**
 * Every module's state from a `core.joined`'s `modules`. A module's part is parsed with its
 * `joinState` schema first; one that does not parse leaves the module off (an older client
 * against a newer server must not crash), one that is absent is `init(undefined)`. `previous` are the states before
 * this `joined` when the same participant joined again (see `ClientModule.init`); `{}` on a fresh join.
 */
export function initModules(
  modules: readonly AnyClientModule[],
  joinStates: Readonly<Record<string, unknown>>,
  context: ModuleContext,
  previous: ModuleStates = {},
): ModuleStates {
  const states: Record<string, unknown> = {};
  for (const module of modules) {
    const { ns, joinState } = module.protocol;
    const raw = Object.hasOwn(joinStates, ns) ? joinStates[ns] : undefined;
    const before = Object.hasOwn(previous, ns) ? previous[ns] : undefined;
    let state: unknown = null;
    if (raw === undefined) state = module.init(undefined, context, before);
    else {
      const parsed = joinState.safeParse(raw);
      if (parsed.success) state = module.init(parsed.data, context, before);
    }
    if (state !== null) states[ns] = state;
  }
  return states;
}

/**
 * Routes one server frame to the registered module of its namespace: an event or an error of
 * that module is parsed with its schemas and reduced. Returns null when no registered module
 * owns the namespace (the frame is someone else's); a frame of a module that is off, or one
 * that fails validation, changes nothing.
 */
export function routeFrame(
  modules: readonly AnyClientModule[],
  states: ModuleStates,
  frame: unknown,
  context: ModuleContext,
): Routed | null {
  const ns = namespaceOf(frame);
  const module = ns === null ? undefined : modules.find((m) => m.protocol.ns === ns);
  if (!module || ns === null) return null;
  const unchanged = { states, announcements: [] };
  if (!Object.hasOwn(states, ns)) return unchanged;
  const inbound = parseFrame(module.protocol, frame);
  if (!inbound) return unchanged;
  const input: ModuleInput<Protocol> =
    inbound.kind === 'event'
      ? { type: 'event', event: inbound.event }
      : inbound.id === undefined
        ? { type: 'error', error: inbound.error }
        : { type: 'error', error: inbound.error, id: inbound.id };
  return apply([module], states, input, context);
}

/** Tells every module that is on about a runtime change (role, roster). */
export function applyChange(
  modules: readonly AnyClientModule[],
  states: ModuleStates,
  change: RuntimeChange,
  context: ModuleContext,
): Routed {
  return apply(modules, states, change, context);
}

function apply(
  modules: readonly AnyClientModule[],
  states: ModuleStates,
  input: ModuleInput<Protocol>,
  context: ModuleContext,
): Routed {
  let next: Record<string, unknown> | null = null;
  const announcements: ModuleAnnouncement[] = [];
  for (const module of modules) {
    const { ns } = module.protocol;
    if (!Object.hasOwn(states, ns)) continue;
    const state = states[ns];
    const announcement: AnnouncementOf<AnnouncementMap> | null = module.announce?.(input, state, context) ?? null;
    if (announcement) announcements.push({ ns, announcement });
    const reduced = module.reduce(state, input, context);
    if (reduced !== state) {
      next ??= { ...states };
      next[ns] = reduced;
    }
  }
  return { states: next ?? states, announcements };
}

function namespaceOf(frame: unknown): string | null {
  if (typeof frame !== 'object' || frame === null) return null;
  const ns = (frame as { ns?: unknown }).ns;
  return typeof ns === 'string' ? ns : null;
}
