import { randomBytes } from 'node:crypto';
import type { RoomStore } from '@plenum/db';
import type { ConnectionId } from '@plenum/protocol';
import type { Logger } from '@plenum/room-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config/configSchema.js';
import type { Metrics } from '../observability/Metrics.js';
import type { RoomHost } from '../rooms/RoomHost.js';
import { findRoom } from '../rooms/roomRoutes.js';
import type { RoomView } from '../rooms/roomSchemas.js';
import { SignalingConnection } from './SignalingConnection.js';

export interface SignalingDeps {
  readonly rooms: RoomStore;
  readonly host: RoomHost;
  readonly limits: Config['signaling'];
  readonly metrics: Metrics;
  readonly log: Logger;
}

/** Idle time after which a silent socket is pinged; no pong by the next ping ends it. */
const HEARTBEAT_MS = 15_000;
const knownNamespaces = new Set(['core', 'media', 'signaling']);

/**
 * `GET /v1/rooms/:roomId/signaling` upgrades to the participant's signalling WebSocket.
 * The room must exist before the upgrade; everything after is handled per connection.
 */
export function signalingRoute(app: FastifyInstance, deps: SignalingDeps): void {
  // The room is looked up before the upgrade; the handler itself must attach its listeners
  // synchronously, or frames sent right after the upgrade would be lost.
  const roomOf = new WeakMap<FastifyRequest, RoomView>();
  app.get(
    '/v1/rooms/:roomId/signaling',
    {
      websocket: true,
      preValidation: async (request) => {
        roomOf.set(request, await findRoom(deps.rooms, request.params));
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
        limits: deps.limits,
        log: deps.log,
        now: () => Date.now(),
        onRejected: (reason) => deps.metrics.signalingRejected.inc({ reason }),
        onAccepted: (ns) => deps.metrics.signalingMessages.inc({ direction: 'in', ns: label(ns) }),
      });
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
        connection.closed();
      });
    },
  );
}

function label(ns: string): string {
  return knownNamespaces.has(ns) ? ns : 'other';
}
