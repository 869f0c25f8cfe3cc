import { AttendedMeetingList, attendedMeetingsLimit, MeetingList } from '../meetings/meetingSchemas.js';
import { error, json, pathParameter, roomIdParameter } from './openApiParts.js';

const assetIdParameter = pathParameter('assetId');

/** OpenAPI paths of a room's past meetings and their files (issue 7). */
export const meetingPaths = {
  '/v1/rooms/{roomId}/meetings': {
    get: {
      summary:
        "My room's meetings, newest first (at most 100), each with its files (PDF reports, vote protocols, minutes). Owner only; no-store",
      parameters: [roomIdParameter],
      responses: {
        '200': { description: 'The meetings', content: json(MeetingList) },
        '401': error('unauthenticated'),
        '404': error('roomNotFound (also for rooms of other owners or tenants, and deleted rooms)'),
      },
    },
  },
  '/v1/meetings/attended': {
    get: {
      summary: `Meetings of my organisation I attended signed in (while their attendance is kept), in rooms that still exist, newest first (at most ${attendedMeetingsLimit}), each with only the files I may download: for all participants, for moderators where I was owner or moderator, all where I own the room. Nothing about other attendees; no-store`,
      parameters: [
        {
          name: 'before',
          in: 'query',
          required: false,
          description: 'nextBefore of the previous page: the id of its last meeting',
          schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{22}$' },
        },
      ],
      responses: {
        '200': { description: 'One page of meetings', content: json(AttendedMeetingList) },
        '400': error('invalidQuery (also for a before that names no meeting I attended)'),
        '401': error('unauthenticated'),
      },
    },
  },
  '/v1/assets/{assetId}': {
    get: {
      summary:
        "Download a meeting's file: the room's owner always; others only when they attended the meeting, as the file's visibility allows (moderators: only who was owner or moderator). Guests (guest cookie of the meeting's room, while their session lasts) get the files for all participants of meetings they attended. Content-Disposition: attachment; Cache-Control: no-store",
      parameters: [assetIdParameter],
      responses: {
        '200': {
          description: 'The file, with its own media type',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        '401': error('unauthenticated (neither signed in nor a guest cookie)'),
        '404': error(
          'notFound (also for files the caller may not see, unknown or expired guest sessions, and malformed ids)',
        ),
      },
    },
    delete: {
      summary: "Delete a meeting's file and its bytes (owner of the room only; X-Plenum-CSRF: 1)",
      parameters: [assetIdParameter],
      responses: {
        '204': { description: 'Deleted' },
        '401': error('unauthenticated'),
        '403': error('csrfRejected'),
        '404': error('notFound (also for files of other owners or tenants)'),
      },
    },
  },
} as const;
