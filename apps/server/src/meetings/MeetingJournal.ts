import type { MeetingPresenceRepository, MeetingRepository } from '@plenum/db';
import { newMeetingId, personKeyOf } from '@plenum/db';
import type { RoomId } from '@plenum/protocol';
import type { Logger, Participant } from '@plenum/room-kit';
import type { MeetingHistory, MeetingRecorder } from './MeetingHistory.js';

export interface MeetingJournalOptions {
  readonly meetings: MeetingRepository;
  readonly presence: MeetingPresenceRepository;
  /**
   * Days the attendance rows of a meeting are kept after it started (personal data: who attended, when, under which
   * name). The attendance report must be made within this time; the meeting and its assets stay. Config
   * `meetings.presenceRetentionDays` (default 90).
   */
  readonly presenceRetentionDays: number;
  readonly log: Logger;
}

const DAY_MS = 86_400_000;

/**
 * {@link MeetingHistory} over PostgreSQL. One chain of writes per meeting, so a leave is never written before its join
 * and the end comes last; nothing is awaited by the room. A room without a tenant (made without a sign-in) has no
 * history: its meeting row is not written, and nor is anything after it. Logs carry ids only, never names.
 */
export class MeetingJournal implements MeetingHistory {
  readonly #o: MeetingJournalOptions;

  constructor(options: MeetingJournalOptions) {
    this.#o = options;
  }

  begin(roomId: RoomId, at: number): MeetingRecorder {
    const { meetings, presence, log } = this.#o;
    const meetingId = newMeetingId();
    const context = { room: roomId, meeting: meetingId };
    let recording = true;
    let chain: Promise<void> = meetings
      .open({
        id: meetingId,
        roomId,
        startedAt: new Date(at),
        presenceExpiresAt: new Date(at + this.#o.presenceRetentionDays * DAY_MS),
      })
      .then(
        (opened) => {
          recording = opened !== undefined;
        },
        (err: unknown) => {
          recording = false;
          log.error({ ...context, ...describe(err) }, 'meeting not recorded');
        },
      );
    const then = (what: string, write: () => Promise<void>) => {
      chain = chain.then(async () => {
        if (!recording) return;
        try {
          await write();
        } catch (err) {
          log.error({ ...context, ...describe(err) }, `meeting history: ${what} not recorded`);
        }
      });
    };
    return {
      meetingId,
      joined: (p: Participant, joinedAt: number) =>
        then('join', () =>
          presence.joined({
            meetingId,
            participantId: p.id,
            personKey: personKeyOf(meetingId, p.identity),
            kind: p.kind,
            role: p.role,
            userId: p.userId,
            displayName: p.displayName,
            joinedAt: new Date(joinedAt),
          }),
        ),
      left: (p: Participant, leftAt: number) => then('leave', () => presence.left(meetingId, p.id, new Date(leftAt))),
      roleChanged: (p: Participant) => then('role', () => presence.raiseRole(meetingId, p.id, p.role)),
      // Every step of the chain catches its own failure, so the chain never rejects.
      written: () => chain,
      end: (endedAt: number) => {
        then('end', () => meetings.close(meetingId, new Date(endedAt)));
        return chain;
      },
    };
  }
}

/** What of an error may be logged: a database error's detail can quote the row (a display name), so only this. */
function describe(err: unknown): { error: string; code?: string } {
  if (!(err instanceof Error)) return { error: 'unknown' };
  const code = (err as { code?: unknown }).code;
  return { error: err.message, ...(typeof code === 'string' ? { code } : {}) };
}
