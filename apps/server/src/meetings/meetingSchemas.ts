import { z } from 'zod';

/** REST views of meetings and their assets live in `@plenum/protocol`, shared with the web app. */
export {
  AssetView,
  AttendedMeetingList,
  AttendedMeetingsQuery,
  attendedMeetingsLimit,
  MeetingList,
  MeetingView,
} from '@plenum/protocol';

/** Path parameters of `/v1/assets/{assetId}`; the id's shape is checked before any lookup. */
export const AssetParams = z.object({ assetId: z.string() });

/** The newest meetings `GET /v1/rooms/{roomId}/meetings` shows. */
export const meetingListLimit = 100;
