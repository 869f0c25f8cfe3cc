import { type AssetView, AttendedMeetingList, MeetingList, type MeetingView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

/** One meeting with its files: of a room, as its owner sees it, or one the user attended, with the files they may download. */
export type Meeting = MeetingView;

/** One file of a meeting (vote protocol, minutes, attendance list, …). */
export type MeetingFile = AssetView;

const meetingsPath = (roomId: string) => `/v1/rooms/${encodeURIComponent(roomId)}/meetings`;

/** One page of the meetings the signed-in user attended, newest first; `nextBefore` continues it (null: no older ones). */
export type AttendedPage = AttendedMeetingList;

/** Where a meeting's file is downloaded (`GET`) and deleted (`DELETE`). */
export const meetingFilePath = (assetId: string) => `/v1/assets/${encodeURIComponent(assetId)}`;

/**
 * A room's past meetings and their files (owner only), and the meetings the signed-in user attended. `list` answers 404 `roomNotFound` for a room that is gone or
 * not the caller's; `removeFile` answers 404 `notFound` for a file that is gone. Failures are thrown as `ApiFailure`.
 */
export function createMeetingsApi(http: HttpClient = createHttpClient()) {
  return {
    /** The room's newest meetings (at most 100), as the server orders them. */
    async list(roomId: string): Promise<readonly Meeting[]> {
      return (await http.request(meetingsPath(roomId), MeetingList)).meetings;
    },
    /** Meetings the signed-in user attended (at most 50 a page), older than the meeting `before` names when given. */
    attended(before: string | null = null): Promise<AttendedPage> {
      const query = before === null ? '' : `?before=${encodeURIComponent(before)}`;
      return http.request(`/v1/meetings/attended${query}`, AttendedMeetingList);
    },
    /** Deletes a file and its bytes for good. */
    removeFile(assetId: string): Promise<void> {
      return http.requestNoContent(meetingFilePath(assetId), { method: 'DELETE' });
    },
  };
}

export type MeetingsApi = ReturnType<typeof createMeetingsApi>;
