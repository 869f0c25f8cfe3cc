import { describe, expect, it } from 'vitest';
import type { PresenceSession } from './Meeting.js';
import { summarizeAttendance } from './summarizeAttendance.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute)).toISOString();

function session(personKey: string, from: number, to: number | null, extra: Partial<PresenceSession> = {}) {
  return {
    participantId: `${personKey}-${from}`,
    personKey,
    kind: 'browser',
    role: 'participant',
    userId: null,
    displayName: personKey,
    joinedAt: at(from),
    leftAt: to === null ? null : at(to),
    ...extra,
  } satisfies PresenceSession;
}

describe('summarizeAttendance', () => {
  it('countsOverlappingSessionsOfOnePersonOnce', () => {
    const [olga] = summarizeAttendance([session('olga', 0, 30), session('olga', 10, 40)], new Date(at(60)));
    expect(olga).toMatchObject({ firstJoin: at(0), lastLeave: at(40), presenceMs: 40 * 60_000, sessions: 2 });
  });

  it('leavesGapsBetweenSessionsOut', () => {
    const [bob] = summarizeAttendance([session('bob', 20, 30), session('bob', 0, 10)], new Date(at(60)));
    expect(bob).toMatchObject({ firstJoin: at(0), lastLeave: at(30), presenceMs: 20 * 60_000 });
  });

  it('listsThePeriodsPresentWithOverlappingAndTouchingSessionsMergedAndGapsBetween', () => {
    const [clara] = summarizeAttendance(
      [
        session('clara', 52, 58),
        session('clara', 0, 10),
        session('clara', 5, 20),
        session('clara', 20, 30),
        session('clara', 40, 51),
      ],
      new Date(at(60)),
    );
    expect(clara?.periods).toEqual([
      { from: at(0), to: at(30) },
      { from: at(40), to: at(51) },
      { from: at(52), to: at(58) },
    ]);
    expect(clara?.presenceMs).toBe((30 + 11 + 6) * 60_000);
    expect(clara).toMatchObject({ firstJoin: at(0), lastLeave: at(58), sessions: 5 });
  });

  it('countsAnOpenSessionUntilTheGivenEnd', () => {
    const [guest] = summarizeAttendance([session('guest', 5, null)], new Date(at(50)));
    expect(guest).toMatchObject({ lastLeave: at(50), presenceMs: 45 * 60_000, periods: [{ from: at(5), to: at(50) }] });
  });

  it('keepsPeopleApartAndOrdersThemByFirstJoin', () => {
    const entries = summarizeAttendance(
      [session('late', 30, 40), session('early', 0, 5, { kind: 'phone' })],
      new Date(at(60)),
    );
    expect(entries.map((e) => [e.personKey, e.kind, e.presenceMs])).toEqual([
      ['early', 'phone', 5 * 60_000],
      ['late', 'browser', 10 * 60_000],
    ]);
  });

  it('reportsTheHighestRoleTheLatestNameAndTheAccount', () => {
    const [mia] = summarizeAttendance(
      [
        session('mia', 0, 10, { displayName: 'Mia', role: 'moderator' }),
        session('mia', 20, 30, { displayName: 'Mia M.', role: 'participant', userId: 'u1' }),
      ],
      new Date(at(60)),
    );
    expect(mia).toMatchObject({ displayName: 'Mia M.', role: 'moderator', userId: 'u1', sessions: 2 });
  });
});
