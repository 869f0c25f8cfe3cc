import websocket from '@fastify/websocket';
import type { GuestLinkRepository, RoomDialInRepository, RoomStore } from '@plenum/db';
import { entryLimits } from '@plenum/protocol';
import type { Logger } from '@plenum/room-kit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { AttemptLimiter } from '../access/AttemptLimiter.js';
import type { EntryGrant } from '../access/EntryGrant.js';
import { entryRoutes } from '../access/entryRoutes.js';
import { guestLinkRoutes } from '../access/guestLinkRoutes.js';
import { inviteRoutes } from '../access/inviteRoutes.js';
import { RoomEntry } from '../access/RoomEntry.js';
import { TicketStore } from '../access/TicketStore.js';
import { authenticate } from '../auth/authenticate.js';
import { type AuthDeps, authRoutes } from '../auth/authRoutes.js';
import { csrfGuard } from '../auth/csrfGuard.js';
import type { Config } from '../config/configSchema.js';
import { openApiRoute } from '../docs/openApiRoute.js';
import type { Meetings } from '../meetings/createMeetings.js';
import { meetingRoutes } from '../meetings/meetingRoutes.js';
import { purgingMeetings } from '../meetings/purgingMeetings.js';
import type { Metrics } from '../observability/Metrics.js';
import type { RoomHost } from '../rooms/RoomHost.js';
import { roomAgendaRoutes } from '../rooms/roomAgendaRoutes.js';
import { roomDialInRoutes } from '../rooms/roomDialInRoutes.js';
import { roomRoutes } from '../rooms/roomRoutes.js';
import { signalingRoute } from '../signaling/signalingRoute.js';
import { phoneEntryRoutes } from '../sip/phoneEntryRoutes.js';
import { errorHandler } from './errorHandler.js';
import { healthRoutes, type ReadinessCheck } from './healthRoutes.js';
import { securityHeaders } from './securityHeaders.js';
import { webAppBuilt, webAppRoutes } from './webAppRoutes.js';

export interface AppDeps {
  readonly config: Config;
  readonly log: PinoLogger;
  readonly rooms: RoomStore;
  readonly guestLinks: GuestLinkRepository;
  /** Telephone dial-in numbers of rooms. */
  readonly dialIn: RoomDialInRepository;
  /** Login, sessions and the principal of each request. */
  readonly auth: AuthDeps;
  readonly host: RoomHost;
  /** Meetings of rooms, their attendance and files. */
  readonly meetings: Meetings;
  readonly metrics: Metrics;
  readonly readiness: readonly ReadinessCheck[];
  /** Folder of the built web app; absent in API-only tests. */
  readonly webRoot?: string;
}

/** REST body cap: room bodies are tiny; anything larger is a mistake or an attack. */
const BODY_LIMIT_BYTES = 16 * 1024;
/** Hard cap of the WebSocket layer; frames between the signalling cap and this get a typed error. */
const WS_HARD_LIMIT_BYTES = 1024 * 1024;

/** The HTTP surface: REST under /v1, signalling WebSocket, health, metrics and the web app. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Request lines would log client addresses and URLs; Plenum logs what it does with ids instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: deps.config.trustProxy,
    // Long path parameters reach the routes, which answer them with a typed 404, not a bare 414.
    routerOptions: { maxParamLength: 2048 },
  });
  const servesApp = deps.webRoot !== undefined && webAppBuilt(deps.webRoot);
  errorHandler(app, servesApp ? (reply) => reply.type('text/html').sendFile('index.html') : undefined);
  securityHeaders(app, deps.config.publicUrl);
  // CSRF first (cheap, refuses before any database work), then who is asking.
  csrfGuard(app, deps.config.publicUrl);
  authenticate(app, deps.auth.sessions);
  app.addHook('onResponse', async (request, reply) => {
    deps.metrics.httpRequests.inc({
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    });
  });
  await app.register(websocket, { options: { maxPayload: WS_HARD_LIMIT_BYTES } });
  const { config } = deps;
  const tenantSettings = (tenantId: string) => deps.auth.tenants.effectiveSettings(tenantId, config.tenantDefaults);
  const tickets = new TicketStore<EntryGrant>({ ttlMs: entryLimits.ticketTtlSeconds * 1000 });
  const limiter = new AttemptLimiter({ windowMs: config.access.attemptWindowSeconds * 1000 });
  const entry = new RoomEntry({
    rooms: deps.rooms,
    guestLinks: deps.guestLinks,
    tenantSettings,
    displayNameOf: async (p) => (await deps.auth.users.findInTenant(p.tenantId, p.userId))?.displayName ?? '',
    tenantNameOf: async (tenantId) => (await deps.auth.tenants.findById(tenantId))?.name,
    host: deps.host,
    tickets,
    limiter,
    access: config.access,
  });
  healthRoutes(app, deps.readiness, deps.metrics, deps.config.metricsToken);
  openApiRoute(app);
  // Deleting a room deletes its meetings, attendance and files.
  const deletingRooms = purgingMeetings(
    deps.rooms,
    (roomId) => deps.meetings.files.deleteOfRoom(roomId),
    (err, roomId) => deps.log.error({ err, room: roomId }, 'meetings of a deleted room not deleted'),
  );
  roomRoutes(app, { rooms: deletingRooms, host: deps.host, tenantSettings, publicUrl: config.publicUrl });
  meetingRoutes(app, {
    rooms: deps.rooms,
    meetings: deps.meetings.meetings,
    files: deps.meetings.files,
    access: deps.meetings.access(deps.rooms),
    guestLinks: deps.guestLinks,
  });
  entryRoutes(app, entry, config.publicUrl);
  guestLinkRoutes(app, { rooms: deps.rooms, guestLinks: deps.guestLinks, tenantSettings, publicUrl: config.publicUrl });
  roomDialInRoutes(app, {
    rooms: deps.rooms,
    dialIn: deps.dialIn,
    tenantSettings,
    dialInNumber: config.sip.dialInNumber,
  });
  roomAgendaRoutes(app, { rooms: deps.rooms, host: deps.host, records: deps.host.records });
  phoneEntryRoutes(app, {
    rooms: deps.rooms,
    dialIn: deps.dialIn,
    tenantSettings,
    ownLanguageOf: async (tenantId) => (await deps.auth.tenants.settings(tenantId))?.language ?? undefined,
    entry,
    limiter,
    access: config.access,
    sip: config.sip,
  });
  inviteRoutes(app, {
    rooms: deps.rooms,
    guestLinks: deps.guestLinks,
    tenantSettings,
    entry,
    limiter,
    access: config.access,
    publicUrl: config.publicUrl,
  });
  authRoutes(app, deps.auth, config.publicUrl);
  signalingRoute(app, {
    tickets,
    host: deps.host,
    limits: deps.config.signaling,
    metrics: deps.metrics,
    log: deps.log as unknown as Logger,
    publicUrl: deps.config.publicUrl,
  });
  if (deps.webRoot) await webAppRoutes(app, deps.webRoot);
  return app;
}
