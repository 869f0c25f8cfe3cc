import type { CommandOf, ErrorOf, ParticipantId } from '@plenum/protocol';
import { isModerator, type Participant } from '@plenum/room-kit';
import { type BreakoutAssignment, type BreakoutProtocol, type BreakoutRoomInfo, breakoutLimits } from '../protocol.js';
import { normalizeRoomName } from './breakoutText.js';
import { dealEvenly } from './dealEvenly.js';

type Start = Extract<CommandOf<BreakoutProtocol>, { action: 'start' }>;

/** What opening the rooms will do, decided before anything changes. */
export interface StartPlan {
  readonly rooms: readonly BreakoutRoomInfo[];
  /** Who goes where; everyone else stays in the main room. */
  readonly moves: readonly BreakoutAssignment[];
  readonly durationMs: number | null;
}

/** The participants a plan may look at. */
export interface Roster {
  participant(id: ParticipantId): Participant | undefined;
  participants(): Iterable<Participant>;
}

/** The id of room `number` (1-based); stable and short, so the runtime's group names stay readable in logs. */
export const roomIdOf = (number: number): string => `r${number}`;

/**
 * Checks a `start` command against the limits and the roster and works out the rooms and the
 * moves, or answers the first broken rule as the module error to send. Random assignment deals
 * everyone but owner, moderators and the recorder evenly; manual assignment moves exactly the
 * listed people (a later entry for the same person wins).
 */
export function planStart(command: Start, roster: Roster, random: () => number): StartPlan | ErrorOf<BreakoutProtocol> {
  const { maxRooms, roomNameMaxLength, minDurationSeconds, maxDurationSeconds } = breakoutLimits;
  if (command.rooms.length < 1 || command.rooms.length > maxRooms)
    return { error: 'invalidRoomCount', minRooms: 1, maxRooms };
  const rooms: BreakoutRoomInfo[] = [];
  for (const [i, raw] of command.rooms.entries()) {
    const name = normalizeRoomName(raw);
    if (name.length > roomNameMaxLength) return { error: 'roomNameTooLong', maxLength: roomNameMaxLength };
    rooms.push({ id: roomIdOf(i + 1), number: i + 1, name: name === '' ? null : name });
  }
  const seconds = command.durationSeconds;
  if (seconds !== undefined && (seconds < minDurationSeconds || seconds > maxDurationSeconds))
    return { error: 'invalidDuration', minSeconds: minDurationSeconds, maxSeconds: maxDurationSeconds };
  const durationMs = seconds === undefined ? null : seconds * 1000;

  if (command.assignment.mode === 'random') {
    const people = [...roster.participants()].filter((p) => !isModerator(p.role) && p.kind !== 'recorder');
    const moves = dealEvenly(people, rooms, random).map(({ person, room }) => ({
      participantId: person.id,
      roomId: room.id,
    }));
    return { rooms, moves, durationMs };
  }
  const chosen = new Map<ParticipantId, string>();
  for (const { participantId, room } of command.assignment.assignments) {
    const who = roster.participant(participantId);
    if (!who) return { error: 'unknownParticipant', participantId };
    if (who.kind === 'recorder') return { error: 'cannotAssign', participantId };
    if (room < 1 || room > rooms.length) return { error: 'roomOutOfRange', room, maxRoom: rooms.length };
    chosen.delete(participantId);
    chosen.set(participantId, roomIdOf(room));
  }
  const moves = [...chosen].map(([participantId, roomId]) => ({ participantId, roomId }));
  return { rooms, moves, durationMs };
}
