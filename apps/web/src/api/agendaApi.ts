import { type RoomAgendaUpdate, RoomAgendaView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

/** A room's prepared agenda as its owner sees it; `live`: a meeting of the room runs now and edits it. */
export type RoomAgenda = RoomAgendaView;

const agendaPath = (roomId: string) => `/v1/rooms/${encodeURIComponent(roomId)}/agenda`;

/**
 * The agenda of a room's minutes, prepared by its owner before the meeting (`/v1/rooms/{roomId}/agenda`). `save`
 * replaces the whole agenda (items with an id keep it; items without one are new) and answers 409 `meetingRunning`
 * while a meeting of the room runs. Failures are thrown as `ApiFailure`.
 */
export function createAgendaApi(http: HttpClient = createHttpClient()) {
  return {
    get(roomId: string): Promise<RoomAgenda> {
      return http.request(agendaPath(roomId), RoomAgendaView);
    },
    save(roomId: string, agenda: RoomAgendaUpdate): Promise<RoomAgenda> {
      return http.request(agendaPath(roomId), RoomAgendaView, { method: 'PUT', json: agenda });
    },
  };
}

export type AgendaApi = ReturnType<typeof createAgendaApi>;
