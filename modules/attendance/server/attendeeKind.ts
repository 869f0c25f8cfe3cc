import type { RoomAttendee } from '@plenum/room-kit';

/** How the report sorts a person: signed in, a guest (no account), or a phone caller. */
export type AttendeeKind = 'registered' | 'guest' | 'phone';
export const attendeeKinds: readonly AttendeeKind[] = ['registered', 'guest', 'phone'];

/**
 * The report's kind of an attendee, or null for the recorder (a machine, not a person who attended). A phone caller
 * is `phone` whatever else is known; a conference-room system counts like a browser: registered when signed in.
 */
export function attendeeKind(attendee: Pick<RoomAttendee, 'kind' | 'registered'>): AttendeeKind | null {
  switch (attendee.kind) {
    case 'recorder':
      return null;
    case 'phone':
      return 'phone';
    case 'browser':
    case 'roomSystem':
      return attendee.registered ? 'registered' : 'guest';
  }
}

/** Presence as hours and minutes, `h:mm` (minutes rounded down): 0:00, 1:05, 26:40. */
export function formatPresence(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
