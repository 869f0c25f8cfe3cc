import type { ParticipantInfo } from '../protocol.js';

/** The people of one room: the main room (`group` null) or a breakout room (a group of the runtime). */
export interface RoomOfPeople {
  readonly group: string | null;
  /** Whether the viewer is in this room. */
  readonly own: boolean;
  /** In roster (join) order, the viewer first in their own room. */
  readonly participants: readonly ParticipantInfo[];
}

/** The room the viewer is in: their group, or the main room when the roster does not list them (yet). */
export function ownGroup(participants: readonly ParticipantInfo[], selfId: string | null): string | null {
  return participants.find((p) => p.id === selfId)?.group ?? null;
}

/**
 * The people the viewer sees and hears: those in the viewer's own room (the main room or their breakout
 * room), the viewer included, in roster order. Media, chat and raised hands stay within a room, so the stage,
 * the counts and "you are alone" go by this list, not by the whole meeting.
 */
export function inOwnGroup(
  participants: readonly ParticipantInfo[],
  selfId: string | null,
): readonly ParticipantInfo[] {
  const group = ownGroup(participants, selfId);
  return participants.every((p) => p.group === group) ? participants : participants.filter((p) => p.group === group);
}

/**
 * Everyone by room: the viewer's room first (the viewer first in it), then the main room, then the breakout rooms
 * in the order of their ids (`r2` before `r10`). Rooms nobody is in are not listed.
 */
export function byRoom(participants: readonly ParticipantInfo[], selfId: string | null): readonly RoomOfPeople[] {
  const own = ownGroup(participants, selfId);
  const groups = new Map<string | null, ParticipantInfo[]>([[own, []]]);
  for (const p of participants) {
    const list = groups.get(p.group);
    if (list) list.push(p);
    else groups.set(p.group, [p]);
  }
  const others = [...groups.keys()].filter((g) => g !== own);
  others.sort(compareGroups);
  return [own, ...others].flatMap((group) => {
    const people = groups.get(group) ?? [];
    if (people.length === 0) return [];
    return [{ group, own: group === own, participants: group === own ? selfFirst(people, selfId) : people }];
  });
}

/** The order rooms are listed in: the main room first, then breakout rooms by id, numbers by value (`r2` < `r10`). */
export function compareGroups(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The viewer first, everyone else in the order given. */
export function selfFirst(participants: readonly ParticipantInfo[], selfId: string | null): ParticipantInfo[] {
  return [...participants].sort((a, b) => Number(b.id === selfId) - Number(a.id === selfId));
}
