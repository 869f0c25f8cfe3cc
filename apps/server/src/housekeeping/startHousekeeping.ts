import type { GuestLinkRepository, MeetingRepository, RoomRecordRepository, SessionRepository } from '@plenum/db';
import type { Logger } from 'pino';

const EVERY_MS = 60 * 60_000;

/**
 * Removes what has expired (sign-in sessions, guest sessions, kept records such as chat, meetings' attendance rows
 * past their retention) once an hour and once at start. Expired rows are refused anyway; this keeps the tables small
 * and personal data no longer than promised. Returns the stop function.
 */
export function startHousekeeping(
  stores: {
    sessions: SessionRepository;
    guestLinks: GuestLinkRepository;
    records: RoomRecordRepository;
    meetings: Pick<MeetingRepository, 'deleteExpiredPresence'>;
  },
  log: Logger,
  now: () => Date = () => new Date(),
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = (async () => {
      try {
        const at = now();
        const sessions = await stores.sessions.deleteExpired(at);
        const guests = await stores.guestLinks.deleteExpiredSessions(at);
        const records = await stores.records.deleteExpired(at);
        const presence = await stores.meetings.deleteExpiredPresence(at);
        if (sessions + guests + records + presence > 0)
          log.info({ sessions, guestSessions: guests, records, presence }, 'expired sessions and records removed');
      } catch (err) {
        log.warn({ err }, 'housekeeping failed; retrying in an hour');
      }
    })();
  };
  sweep();
  const timer = setInterval(sweep, EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
