import { coreModule } from '@plenum/module-core/server';
import type { AnyModuleDefinition, RoomSettings } from '@plenum/room-kit';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import type { BreakoutSessionInfo } from '../protocol.js';
import { createBreakoutModule } from './BreakoutModule.js';

/** A deterministic stand-in for `Math.random` (a small linear congruential generator). */
export function seededRandom(seed = 1): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Test helper: a room with core and breakout (and optionally more modules, e.g. media). */
export function breakoutRoom(
  options: { readonly random?: () => number; readonly extra?: readonly AnyModuleDefinition[] } = {},
  settings: Partial<RoomSettings> = {},
) {
  const breakout = createBreakoutModule({ random: options.random ?? seededRandom() });
  return new TestRoom({ modules: [coreModule, breakout, ...(options.extra ?? [])], settings });
}

/** The group the runtime holds for a persona (null: main room). */
export function groupOf(room: TestRoom, p: TestPersona): string | null | undefined {
  return room.room.participant(p.participantId)?.group;
}

/** The breakout part of the persona's latest `joined`. */
export function joinedSession(p: TestPersona): BreakoutSessionInfo | null | undefined {
  const modules = p.inbox.last('core', 'joined')?.modules as
    | { breakout?: { session: BreakoutSessionInfo | null } }
    | undefined;
  return modules?.breakout?.session;
}

/** Opens `count` numbered rooms with manual assignment: `[persona, roomNumber]` pairs. */
export function openManual(
  moderator: TestPersona,
  count: number,
  assignments: readonly (readonly [TestPersona, number])[],
  extra: Record<string, unknown> = {},
  id?: string,
) {
  return moderator.act(
    'breakout',
    'start',
    {
      rooms: Array.from({ length: count }, () => ''),
      assignment: {
        mode: 'manual',
        assignments: assignments.map(([p, room]) => ({ participantId: p.participantId, room })),
      },
      ...extra,
    },
    id,
  );
}

/** Clears every persona's inbox (so a test can assert that a refused command reached nobody). */
export function clearAll(...people: TestPersona[]): void {
  for (const p of people) p.inbox.clear();
}
