import { defineProtocol, type ParticipantId, type Protocol } from '@plenum/protocol';
import { z } from 'zod';
import { defineModule, type ModuleInstance } from '../Module.js';
import type { GroupMove, ModuleContext } from '../ModuleContext.js';
import type { ParticipantChange } from '../Participant.js';

const probeProtocol = (ns: string) =>
  defineProtocol({
    ns,
    /** `poke` does nothing: a command to try the runtime's refusals (e.g. a switched-off module) with. */
    commands: { poke: z.object({}) },
    events: {},
    errors: {},
    joinState: z.undefined(),
  });

export interface RuntimeProbeOptions {
  /** The probe's namespace; `probe` unless a test needs two probes. */
  readonly ns?: string;
  /** Take participant changes through `onParticipantsUpdated` (one call per runtime operation). */
  readonly batched?: boolean;
}

/** What the runtime told the probe, in order. */
export interface ProbeSeen {
  /** Each participant change: who, and the previous values of what changed. */
  readonly updated: [ParticipantId, ParticipantChange][];
  /** With `batched`: how many changes each `onParticipantsUpdated` carried. */
  readonly batches: number[];
  /** Each forced mute: who, and by whom (null: the system). */
  readonly forceMuted: [ParticipantId, ParticipantId | null][];
}

/**
 * A stand-in, in scenario tests, for the modules that use the runtime's controls (moderation switches modules off and
 * mutes, breakout moves people between groups): a module whose context the test drives directly, since the module
 * under test may not import those. It records the participant hooks it gets.
 */
export function runtimeProbe(options: RuntimeProbeOptions = {}) {
  const seen: ProbeSeen = { updated: [], batches: [], forceMuted: [] };
  let ctx: ModuleContext<Protocol, never> | undefined;
  const module = defineModule({
    protocol: probeProtocol(options.ns ?? 'probe'),
    init: (c) => {
      ctx = c as unknown as ModuleContext<Protocol, never>;
      const instance: ModuleInstance<ReturnType<typeof probeProtocol>, never> = {
        onCommand: () => {},
        onForceMute: (p, by) => {
          seen.forceMuted.push([p.id, by?.id ?? null]);
          return true;
        },
      };
      if (options.batched)
        instance.onParticipantsUpdated = (updates) => {
          seen.batches.push(updates.length);
          for (const { participant, change } of updates) seen.updated.push([participant.id, change]);
        };
      else
        instance.onParticipantUpdated = (p, change) => {
          seen.updated.push([p.id, change]);
        };
      return instance;
    },
  });
  /** The probe's context: the runtime as a module sees it. */
  const control = (): ModuleContext<Protocol, never> => {
    if (!ctx) throw new Error('probe not initialised');
    return ctx;
  };
  return {
    module,
    control,
    seen,
    /** Switches these modules off (and every other on) through the room policy, as moderation does. */
    switchedOff: (namespaces: readonly string[]) => control().setRoomPolicy({ switchedOff: namespaces }),
    /** Moves someone to a breakout group (null: the main room), as breakout does. */
    moveToGroup: (participant: ParticipantId, group: string | null) => control().moveToGroup(participant, group),
    /** Moves several people at once, as breakout rooms opening or closing do. */
    moveToGroups: (moves: readonly GroupMove[]) => control().moveToGroups(moves),
  };
}
