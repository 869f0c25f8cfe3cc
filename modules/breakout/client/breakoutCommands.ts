import type { CommandOf, ErrorOf, ParticipantId } from '@plenum/protocol';
import { type BreakoutProtocol, type BreakoutRoomId, breakoutLimits } from '../protocol.js';

type Command<A extends CommandOf<BreakoutProtocol>['action']> = Extract<CommandOf<BreakoutProtocol>, { action: A }>;

/** What a moderator fills in to open breakout rooms. */
export interface StartForm {
  /** One entry per room: its name, or '' to call it by its number. */
  readonly names: readonly string[];
  readonly mode: 'random' | 'manual';
  /** Manual mode: participant id → room number (1-based); 0 or missing: stays in the main room. */
  readonly manual: Readonly<Record<string, number>>;
  /** Whole minutes; null: no time limit. */
  readonly durationMinutes: number | null;
  readonly freeChoice: boolean;
}

/**
 * The `start` command for a form. Manual entries for rooms that no longer exist (the number of
 * rooms went down) or for the main room are left out.
 */
export function startCommand(form: StartForm): Command<'start'> {
  const assignment: Command<'start'>['assignment'] =
    form.mode === 'random'
      ? { mode: 'random' }
      : {
          mode: 'manual',
          assignments: Object.entries(form.manual)
            .filter(([, room]) => room >= 1 && room <= form.names.length)
            .map(([participantId, room]) => ({ participantId: participantId as ParticipantId, room })),
        };
  return {
    action: 'start',
    rooms: [...form.names],
    assignment,
    ...(form.durationMinutes === null ? {} : { durationSeconds: form.durationMinutes * 60 }),
    ...(form.freeChoice ? { freeChoice: true } : {}),
  };
}

/**
 * The error the server would answer for this form, checked before sending so a form can say so at
 * once (the server checks again; names are normalised there, so a name near the limit may still pass).
 */
export function checkStart(form: StartForm): ErrorOf<BreakoutProtocol> | null {
  const { maxRooms, roomNameMaxLength, minDurationSeconds, maxDurationSeconds } = breakoutLimits;
  if (form.names.length < 1 || form.names.length > maxRooms)
    return { error: 'invalidRoomCount', minRooms: 1, maxRooms };
  if (form.names.some((n) => n.trim().length > roomNameMaxLength))
    return { error: 'roomNameTooLong', maxLength: roomNameMaxLength };
  const seconds = form.durationMinutes === null ? null : form.durationMinutes * 60;
  if (seconds !== null && (!Number.isInteger(seconds) || seconds < minDurationSeconds || seconds > maxDurationSeconds))
    return { error: 'invalidDuration', minSeconds: minDurationSeconds, maxSeconds: maxDurationSeconds };
  return null;
}

/** The names of `count` rooms, keeping the names already typed. */
export function resizeNames(names: readonly string[], count: number): string[] {
  const n = Math.max(0, Math.min(breakoutLimits.maxRooms, Math.floor(count)));
  return Array.from({ length: n }, (_, i) => names[i] ?? '');
}

/** Typed builders of the other commands. */
export const breakoutCommands = {
  assign: (participantId: ParticipantId, roomId: BreakoutRoomId | null): Command<'assign'> => ({
    action: 'assign',
    participantId,
    roomId,
  }),
  goTo: (roomId: BreakoutRoomId | null): Command<'goTo'> => ({ action: 'goTo', roomId }),
  setFreeChoice: (freeChoice: boolean): Command<'setFreeChoice'> => ({ action: 'setFreeChoice', freeChoice }),
  message: (text: string): Command<'message'> => ({ action: 'message', text }),
  /** Without `warningSeconds` the server counts down the default 60 s. */
  close: (warningSeconds?: number): Command<'close'> =>
    warningSeconds === undefined ? { action: 'close' } : { action: 'close', warningSeconds },
} as const;
