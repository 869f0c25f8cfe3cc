import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, MeetingPresenceTable, RoleColumn } from '../Database.js';
import type { AttendanceEntry, NewPresence, PresenceSession } from './Meeting.js';
import { summarizeAttendance } from './summarizeAttendance.js';

const MAX_NAME = 200;

const roleRank: Readonly<Record<RoleColumn, number>> = { owner: 3, moderator: 2, participant: 1, guest: 0 };
/** The same ranking over the stored column. */
const storedRank = sql<number>`case role when 'owner' then 3 when 'moderator' then 2 when 'participant' then 1 else 0 end`;

/**
 * The `meeting_presence` table: attendance history, one row per participant session. Written by the room host from
 * the runtime's joins and leaves; read by the attendance report and by asset downloads (who attended). Personal data:
 * rows are deleted with their meeting, and when the meeting's `presence_expires_at` has passed.
 */
export class MeetingPresenceRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** A participant entered (again, after being sent back to the waiting room: a new session). */
  async joined(session: NewPresence): Promise<void> {
    await this.#db
      .insertInto('meeting_presence')
      .values({
        meeting_id: session.meetingId,
        participant_id: session.participantId,
        person_key: session.personKey,
        kind: session.kind,
        role: session.role,
        user_id: session.userId,
        display_name: [...session.displayName].slice(0, MAX_NAME).join(''),
        joined_at: session.joinedAt,
      })
      .execute();
  }

  /** The participant's open session ended; a second report keeps the first time. */
  async left(meetingId: string, participantId: string, leftAt: Date): Promise<void> {
    await this.#db
      .updateTable('meeting_presence')
      .set({ left_at: leftAt })
      .where('meeting_id', '=', meetingId)
      .where('participant_id', '=', participantId)
      .where('left_at', 'is', null)
      .execute();
  }

  /**
   * A moderator promoted the participant: their open session records the higher role (a demotion keeps it, so the
   * record says who moderated at some point).
   */
  async raiseRole(meetingId: string, participantId: string, role: RoleColumn): Promise<void> {
    await this.#db
      .updateTable('meeting_presence')
      .set({ role })
      .where('meeting_id', '=', meetingId)
      .where('participant_id', '=', participantId)
      .where('left_at', 'is', null)
      .where(storedRank, '<', roleRank[role])
      .execute();
  }

  /** Every session of the meeting, in join order. */
  async sessions(meetingId: string): Promise<PresenceSession[]> {
    const rows = await this.#db
      .selectFrom('meeting_presence')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .orderBy('joined_at')
      .orderBy('id')
      .execute();
    return rows.map(toSession);
  }

  /**
   * Per person: first join, last leave, time present (overlaps counted once), kind and role. Sessions without a leave
   * count until the meeting's end, or until `now` while it runs. E-mail addresses only with `includeEmail` (the
   * moderator asked), and only those of the accounts' current profile. Empty for an unknown meeting.
   */
  async attendance(meetingId: string, options: { includeEmail: boolean; now: Date }): Promise<AttendanceEntry[]> {
    const meeting = await this.#db
      .selectFrom('meetings')
      .select('ended_at')
      .where('id', '=', meetingId)
      .executeTakeFirst();
    if (!meeting) return [];
    const entries = summarizeAttendance(await this.sessions(meetingId), meeting.ended_at ?? options.now);
    if (!options.includeEmail) return entries;
    const userIds = entries.flatMap((e) => (e.userId === null ? [] : [e.userId]));
    const emails = new Map<string, string | null>();
    if (userIds.length > 0) {
      const users = await this.#db.selectFrom('users').select(['id', 'email']).where('id', 'in', userIds).execute();
      for (const u of users) emails.set(u.id, u.email);
    }
    return entries.map((e) => ({ ...e, email: e.userId === null ? null : (emails.get(e.userId) ?? null) }));
  }

  /** The roles this user held in the meeting's sessions (empty: did not attend, or the rows have expired). */
  async rolesOf(meetingId: string, userId: string): Promise<RoleColumn[]> {
    const rows = await this.#db
      .selectFrom('meeting_presence')
      .select('role')
      .distinct()
      .where('meeting_id', '=', meetingId)
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.role);
  }

  /**
   * Whether the person with this key (see `personKeyOf`) has a session in the meeting: how a guest's attendance is
   * known without an account. False once the rows have expired.
   */
  async hasPerson(meetingId: string, personKey: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom('meeting_presence')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('person_key', '=', personKey)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}

function toSession(row: Selectable<MeetingPresenceTable>): PresenceSession {
  return {
    participantId: row.participant_id,
    personKey: row.person_key,
    kind: row.kind,
    role: row.role,
    userId: row.user_id,
    displayName: row.display_name,
    joinedAt: row.joined_at.toISOString(),
    leftAt: row.left_at === null ? null : row.left_at.toISOString(),
  };
}
