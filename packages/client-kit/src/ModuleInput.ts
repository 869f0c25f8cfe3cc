import type { CoreProtocol, ParticipantInfo } from '@plenum/module-core/protocol';
import type { ErrorOf, EventOf, Protocol } from '@plenum/protocol';
import type { Self } from './Self.js';

/**
 * Everything a client module reduces besides its join state:
 * - `event`: a fact of its namespace, parsed with its schema;
 * - `error`: the server's answer to one of this client's commands of its namespace (to the issuer
 *   only), with the command's `id` when the server echoed one;
 * - `selfChanged`: this client's role or ownership changed (`previous` is the old view; the new
 *   one is `context.self`), e.g. a demoted moderator must forget moderator-only data;
 * - `participantJoined` / `participantLeft`: the core roster changed. `participant` of a leave is
 *   the entry as it was, since the roster in the context no longer has it.
 */
export type ModuleInput<P extends Protocol> =
  | { readonly type: 'event'; readonly event: EventOf<P> }
  | { readonly type: 'error'; readonly error: ErrorOf<P>; readonly id?: string }
  | RuntimeChange;

/** The runtime changes every module is told about, whatever its namespace. */
export type RuntimeChange =
  | { readonly type: 'selfChanged'; readonly previous: Self }
  | { readonly type: 'participantJoined'; readonly participant: ParticipantInfo }
  | {
      readonly type: 'participantLeft';
      readonly participant: ParticipantInfo;
      readonly reason: Extract<EventOf<CoreProtocol>, { event: 'participantLeft' }>['reason'];
    };
