import { randomUUID } from 'node:crypto';
import type { RoomStore } from '@plenum/db';
import { type AgendaOutcome, type KeptAgenda, keptAgenda, prepareAgenda } from '@plenum/module-minutes/server';
import { agendaLimits, RoomAgendaUpdate, type RoomAgendaView, type RoomId, toIssues } from '@plenum/protocol';
import { type RoomRecordStore, recordsFor } from '@plenum/room-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { roomIdOf } from '../access/entryRoutes.js';
import { requireUser } from '../auth/requireUser.js';
import { RestError } from '../http/restErrors.js';
import type { RoomHost } from './RoomHost.js';

/**
 * The largest agenda the schema allows, as JSON: every title at its longest in 4-byte UTF-8 characters, every id at its
 * longest, and room for the keys. Above the server's general REST cap (16 KiB), which a long agenda exceeds.
 */
const AGENDA_BODY_LIMIT_BYTES =
  agendaLimits.maxItems * (agendaLimits.titleMaxLength * 4 + agendaLimits.idMaxLength + 64) + 1024;

export interface RoomAgendaDeps {
  readonly rooms: RoomStore;
  /** Whether a meeting of the room runs on this node. */
  readonly host: Pick<RoomHost, 'isLive'>;
  /** The store the rooms keep their records in (the minutes module's, read and written here outside a meeting). */
  readonly records: RoomRecordStore;
  /** Ids of new items; unguessable (`crypto.randomUUID` unless a test injects its own). */
  readonly newId?: () => string;
}

/**
 * The owner prepares the agenda of a room's minutes before the meeting (issue 7): read it, and replace it as a whole
 * (rename, reorder, remove, add). Scoped like every owner route: a room of another tenant or owner, a closed room and
 * a malformed id all answer `roomNotFound`. While a meeting of the room runs on this node the agenda is the meeting's
 * (its minutes module holds the document), so a change answers `meetingRunning` and reading says `live: true`.
 *
 * A change is one Yjs update appended to the minutes' `prepared` stream, which the minutes module reads when the room
 * opens. Should the room open between the check and the append, nothing is lost: the next opening applies it. Changes
 * of one room run one after another here, so two at once cannot both insert the same moved item.
 */
export function roomAgendaRoutes(app: FastifyInstance, deps: RoomAgendaDeps): void {
  const newId = deps.newId ?? randomUUID;
  const changes = new Map<RoomId, Promise<unknown>>();

  async function ownedRoom(request: FastifyRequest): Promise<RoomId> {
    const user = requireUser(request);
    const room = await deps.rooms.findOwned(
      { tenantId: user.tenantId, ownerId: user.userId },
      roomIdOf(request.params),
    );
    if (!room) throw new RestError('roomNotFound', 'There is no such room');
    return room.id;
  }

  const minutesOf = (roomId: RoomId) => recordsFor(deps.records, roomId, 'minutes', Date.now);

  /** Runs `work` after every change of the room asked for before it. */
  function inTurn<T>(roomId: RoomId, work: () => Promise<T>): Promise<T> {
    const next = (changes.get(roomId) ?? Promise.resolve()).catch(() => undefined).then(work);
    changes.set(roomId, next);
    const forget = () => {
      if (changes.get(roomId) === next) changes.delete(roomId);
    };
    next.then(forget, forget);
    return next;
  }

  const view = (reply: FastifyReply, roomId: RoomId, { items, keptMinutes }: KeptAgenda): RoomAgendaView => {
    void reply.header('cache-control', 'no-store');
    return { items: items.map(({ id, title }) => ({ id, title })), live: deps.host.isLive(roomId), keptMinutes };
  };

  app.get('/v1/rooms/:roomId/agenda', async (request, reply): Promise<RoomAgendaView> => {
    const roomId = await ownedRoom(request);
    return view(reply, roomId, await keptAgenda(minutesOf(roomId)));
  });

  app.put(
    '/v1/rooms/:roomId/agenda',
    { bodyLimit: AGENDA_BODY_LIMIT_BYTES },
    async (request, reply): Promise<RoomAgendaView> => {
      const roomId = await ownedRoom(request);
      const body = RoomAgendaUpdate.safeParse(request.body);
      if (!body.success) throw new RestError('invalidBody', 'The agenda could not be saved', toIssues(body.error));
      const meetingRunning = () =>
        new RestError('meetingRunning', "A meeting of this room is running: edit the agenda in the meeting's minutes");
      if (deps.host.isLive(roomId)) throw meetingRunning();
      const outcome: AgendaOutcome = await inTurn(roomId, () => {
        // Checked again in turn: the room may have opened while an earlier change was written.
        if (deps.host.isLive(roomId)) throw meetingRunning();
        return prepareAgenda(minutesOf(roomId), body.data.items, newId);
      });
      if (!outcome.ok) {
        const { kind, id } = outcome.problem;
        const path = `items.${body.data.items.findIndex((item) => item.id === id)}.id`;
        // Repeated ids are refused by the schema already; kept here so every problem has its answer.
        if (kind === 'duplicateItem')
          throw new RestError('invalidBody', 'The agenda could not be saved', [{ path, message: 'is given twice' }]);
        throw new RestError('unknownAgendaItem', 'The agenda has no such item (any more)', [
          { path, message: 'unknown agenda item' },
        ]);
      }
      request.log.info({ room: roomId, items: outcome.items.length }, 'agenda prepared');
      // Read again for `keptMinutes` (a removed item takes its minutes out of reach); items as this change left them.
      const { keptMinutes } = await keptAgenda(minutesOf(roomId));
      return view(reply, roomId, { items: outcome.items, keptMinutes });
    },
  );
}
