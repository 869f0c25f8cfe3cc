import { RoomAgendaUpdate, RoomAgendaView } from '@plenum/protocol';
import { error, json, roomIdParameter } from './openApiParts.js';

const refused = {
  '401': error('unauthenticated'),
  '404': error('roomNotFound (also for rooms of other owners or tenants, and closed rooms)'),
} as const;

/** OpenAPI paths of the agenda a room's owner prepares before the meeting. */
export const agendaPaths = {
  '/v1/rooms/{roomId}/agenda': {
    get: {
      summary:
        "The agenda of my room's minutes as stored, in order (no-store); live: a meeting of the room runs now and edits it",
      parameters: [roomIdParameter],
      responses: { '200': { description: 'The agenda', content: json(RoomAgendaView) }, ...refused },
    },
    put: {
      summary:
        'Replace the agenda (X-Plenum-CSRF: 1): items with an id keep it (renamed, moved; notes stay attached), items without one are new, items left out are removed. Only while no meeting of the room runs',
      parameters: [roomIdParameter],
      requestBody: { required: true, content: json(RoomAgendaUpdate, 'input') },
      responses: {
        '200': { description: 'The new agenda (no-store)', content: json(RoomAgendaView) },
        '400': error(
          'invalidBody (titles 1–200 characters after trimming, at most 100 items, ids unique), invalidJson, or unknownAgendaItem (an id the agenda does not have); nothing changed',
        ),
        ...refused,
        '403': error('csrfRejected'),
        '409': error("meetingRunning: edit the agenda in the meeting's minutes; nothing changed"),
      },
    },
  },
} as const;
