import { coreModule } from '@plenum/module-core/server';
import { lobbyModule } from '@plenum/module-lobby/server';
import { mediaModule } from '@plenum/module-media/server';
import type { AnyModuleDefinition } from '@plenum/room-kit';

/**
 * The explicit module registry: every signalling module of a room, in hook order. Nothing
 * registers itself by being imported; a module is on when it is listed here and its `init`
 * says so for the room. `core` comes first so the roster is announced before module state.
 */
export const registry: readonly AnyModuleDefinition[] = [coreModule, lobbyModule, mediaModule];
