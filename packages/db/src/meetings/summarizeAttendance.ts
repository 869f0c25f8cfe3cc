import type { RoleColumn } from '../Database.js';
import type { AttendanceEntry, PresenceSession } from './Meeting.js';

const roleRank: Readonly<Record<RoleColumn, number>> = { owner: 3, moderator: 2, participant: 1, guest: 0 };

/**
 * Per person (sessions grouped by `personKey`): first join, last leave, the periods present (sessions merged where
 * they overlap or touch) and the time present, their sum, so overlapping sessions count once (someone on a laptop and
 * a phone at once is not there twice). A session still open counts until `openUntil` (the meeting's end, or now while
 * it runs). Ordered by first join, then name.
 */
export function summarizeAttendance(sessions: readonly PresenceSession[], openUntil: Date): AttendanceEntry[] {
  const byPerson = new Map<string, PresenceSession[]>();
  for (const s of sessions) {
    const list = byPerson.get(s.personKey);
    if (list) list.push(s);
    else byPerson.set(s.personKey, [s]);
  }
  const entries: AttendanceEntry[] = [];
  for (const [personKey, list] of byPerson) {
    const spans = list
      .map((s) => {
        const from = Date.parse(s.joinedAt);
        const to = s.leftAt === null ? Math.max(from, openUntil.getTime()) : Date.parse(s.leftAt);
        return { from, to: Math.max(from, to), session: s };
      })
      .sort((a, b) => a.from - b.from || a.to - b.to);
    const first = spans[0];
    if (!first) continue;
    const periods: { from: string; to: string }[] = [];
    let presenceMs = 0;
    let runFrom = first.from;
    let runTo = first.to;
    let lastLeave = first.to;
    let role = first.session.role;
    let latest = first;
    for (const span of spans.slice(1)) {
      if (span.from > runTo) {
        presenceMs += runTo - runFrom;
        periods.push(period(runFrom, runTo));
        runFrom = span.from;
      }
      runTo = Math.max(runTo, span.to);
      lastLeave = Math.max(lastLeave, span.to);
      if (roleRank[span.session.role] > roleRank[role]) role = span.session.role;
      latest = span;
    }
    presenceMs += runTo - runFrom;
    periods.push(period(runFrom, runTo));
    entries.push({
      personKey,
      displayName: latest.session.displayName,
      kind: first.session.kind,
      role,
      userId: list.find((s) => s.userId !== null)?.userId ?? null,
      firstJoin: new Date(first.from).toISOString(),
      lastLeave: new Date(lastLeave).toISOString(),
      periods,
      presenceMs,
      sessions: list.length,
    });
  }
  return entries.sort((a, b) => a.firstJoin.localeCompare(b.firstJoin) || a.displayName.localeCompare(b.displayName));
}

function period(from: number, to: number): { from: string; to: string } {
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}
