import { randomBytes } from 'node:crypto';
import type { ConnectionId, RoomId } from '@plenum/protocol';
import type { Logger } from '@plenum/room-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EntryGrant } from '../access/EntryGrant.js';
import { roomIdOf } from '../access/entryRoutes.js';
import type { TicketStore } from '../access/TicketStore.js';
import type { Config } from '../config/configSchema.js';
import { RestError } from '../http/restErrors.js';
import type { Metrics } from '../observability/Metrics.js';
import { registry } from '../registry.js';
import type { RoomHost } from '../rooms/RoomHost.js';
import { baseUrl } from '../rooms/roomLookup.js';
import { SignalingConnection } from './SignalingConnection.js';

export interface SignalingDeps {
  readonly tickets: TicketStore<EntryGrant>;
  readonly host: RoomHost;
  readonly limits: Config['signaling'];
  readonly metrics: Metrics;
  readonly log: Logger;
  readonly publicUrl: string | undefined;
}

/** Idle time after which a silent socket is pinged; no pong by the next ping ends it. */
const HEARTBEAT_MS = 15_000;
/** A socket that has not joined with a valid ticket by then is closed. */
const JOIN_DEADLINE_MS = 10_000;
/** Metric labels: the registered modules' namespaces (a bounded set); anything else a client sends is `other`. */
const knownNamespaces = new Set(['signaling', ...registry.map((m) => m.protocol.ns)]);

/**
 * `GET /v1/rooms/:roomId/signaling` upgrades to the participant's signalling WebSocket. Nothing about the room is
 * looked up before the upgrade, so the upgrade tells nobody whether a room exists: the first frame must be a
 * `core.join` with a ticket for this room (from `POST /v1/rooms/{roomId}/tickets`), which says who this is. A socket
 * that does not join within {@link JOIN_DEADLINE_MS} is closed.
 */
export function signalingRoute(app: FastifyInstance, deps: SignalingDeps): void {
  // The handler must attach its listeners synchronously, or frames sent right after the upgrade would be lost.
  const roomOf = new WeakMap<FastifyRequest, { id: RoomId }>();
  app.get(
    '/v1/rooms/:roomId/signaling',
    {
      websocket: true,
      preValidation: async (request) => {
        // Browsers always send Origin; a page of another site must not open a signalling
        // connection in the name of a user who visits it. Clients without a browser send none.
        const origin = request.headers.origin;
        // Hosts are compared, not schemes: behind a TLS proxy the page is https, the hop here http.
        if (origin !== undefined && hostOf(origin) !== new URL(baseUrl(request, deps.publicUrl)).host) {
          throw new RestError('forbiddenOrigin', 'Signalling is only accepted from pages of this server');
        }
        roomOf.set(request, { id: roomIdOf(request.params) });
      },
    },
    (socket, request) => {
      const view = roomOf.get(request);
      if (!view) {
        socket.close(1011, 'room lookup missing');
        return;
      }
      const id = randomBytes(16).toString('base64url') as ConnectionId;
      const connection = new SignalingConnection({
        id,
        roomId: view.id,
        socket,
        host: deps.host,
        tickets: deps.tickets,
        limits: deps.limits,
        log: deps.log,
        now: () => Date.now(),
        onRejected: (reason) => deps.metrics.signalingRejected.inc({ reason }),
        onAccepted: (ns) => deps.metrics.signalingMessages.inc({ direction: 'in', ns: label(ns) }),
      });
      const joinDeadline = setTimeout(() => connection.closeUnjoined(), JOIN_DEADLINE_MS);
      let alive = true;
      const heartbeat = setInterval(() => {
        if (!alive) {
          socket.terminate();
          return;
        }
        alive = false;
        socket.ping();
      }, HEARTBEAT_MS);
      socket.on('pong', () => {
        alive = true;
      });
      socket.on('message', (data, isBinary) => {
        alive = true;
        connection.receive(data as Buffer, isBinary);
      });
      socket.on('close', () => {
        clearInterval(heartbeat);
        clearTimeout(joinDeadline);
        connection.closed();
      });
    },
  );
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function label(ns: string): string {
  return knownNamespaces.has(ns) ? ns : 'other';
}
