import { type AssetView, MeetingList, type MeetingView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

/** One of a room's meetings as its owner sees it, with its files. */
export type Meeting = MeetingView;

/** One file of a meeting (vote protocol, minutes, attendance list, …). */
export type MeetingFile = AssetView;

const meetingsPath = (roomId: string) => `/v1/rooms/${encodeURIComponent(roomId)}/meetings`;

/** Where a meeting's file is downloaded (`GET`) and deleted (`DELETE`). */
export const meetingFilePath = (assetId: string) => `/v1/assets/${encodeURIComponent(assetId)}`;

/**
 * A room's past meetings and their files (owner only). `list` answers 404 `roomNotFound` for a room that is gone or
 * not the caller's; `removeFile` answers 404 `notFound` for a file that is gone. Failures are thrown as `ApiFailure`.
 */
export function createMeetingsApi(http: HttpClient = createHttpClient()) {
  return {
    /** The room's newest meetings (at most 100), as the server orders them. */
    async list(roomId: string): Promise<readonly Meeting[]> {
      return (await http.request(meetingsPath(roomId), MeetingList)).meetings;
    },
    /** Deletes a file and its bytes for good. */
    removeFile(assetId: string): Promise<void> {
      return http.requestNoContent(meetingFilePath(assetId), { method: 'DELETE' });
    },
  };
}

export type MeetingsApi = ReturnType<typeof createMeetingsApi>;
