import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateInstallationKey } from '@plenum/audit';
import {
  GuestLinkRepository,
  migrateToLatest,
  type OpenedDatabase,
  openDatabase,
  RoomDialInRepository,
  RoomRecordRepository,
  RoomRepository,
  SessionRepository,
  TenantRepository,
} from '@plenum/db';
import type { MediaPlane } from '@plenum/media';
import {
  type EmbeddedJanusOptions,
  JanusMediaPlane,
  type SupervisedJanus,
  startEmbeddedJanus,
  superviseJanus,
} from '@plenum/media/janus';
import { installationSigner, type Logger, systemClock } from '@plenum/room-kit';
import type { FastifyInstance } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { createAuth } from './auth/createAuth.js';
import { startIdentityProvider } from './auth/startIdentityProvider.js';
import type { Config } from './config/configSchema.js';
import { startHousekeeping } from './housekeeping/startHousekeeping.js';
import { buildApp } from './http/buildApp.js';
import { createMeetings } from './meetings/createMeetings.js';
import { FileAssetStore } from './meetings/FileAssetStore.js';
import { Metrics } from './observability/Metrics.js';
import { registry } from './registry.js';
import { closingFrame, RoomHost } from './rooms/RoomHost.js';
import { startEmbeddedGateway } from './sip/startEmbeddedGateway.js';

export interface RunningPlenum {
  /** The URL to open in a browser. */
  readonly url: string;
  readonly app: FastifyInstance;
  readonly host: RoomHost;
  /** Graceful shutdown: participants are told, rooms and Janus released, stores closed. */
  stop(): Promise<void>;
}

const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** Where the gateway's build puts the IVR prompts (apps/sip-gateway/dist/prompts). */
const defaultPromptsDir = fileURLToPath(new URL('../../sip-gateway/dist/prompts', import.meta.url));

/** How this process reaches its own HTTP port: the listen address, or loopback when it listens on every address. */
function loopbackHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** The variables of this environment that start with `prefix`. */
function passedOn(env: NodeJS.ProcessEnv, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (key.startsWith(prefix) && value !== undefined) out[key] = value;
  return out;
}

/**
 * The composition root: configuration → adapters (database, media plane) → registry → rooms
 * → HTTP and signalling. Everything that was started is stopped again by `stop()`, in the
 * reverse order, also when starting fails half-way.
 */
export async function startPlenum(config: Config, log: PinoLogger, webRoot = defaultWebRoot): Promise<RunningPlenum> {
  const stack: { name: string; stop: () => Promise<unknown> }[] = [];
  const unwind = async () => {
    for (const item of stack.reverse()) {
      await item.stop().catch((err: unknown) => log.error({ err, part: item.name }, 'stop failed'));
    }
    stack.length = 0;
  };
  try {
    await mkdir(config.dataDir, { recursive: true });
    // First, so that production mode refuses the development provider before anything else is started.
    const identity = await startIdentityProvider(config, (message) => log.warn({ part: 'dev-idp' }, message));
    if (identity.devIdp) {
      const devIdp = identity.devIdp;
      stack.push({ name: 'dev-idp', stop: () => devIdp.stop() });
      log.warn({ issuer: devIdp.issuer }, 'built-in development identity provider started: for development only');
    }
    const database: OpenedDatabase = await openDatabase(
      config.database.url
        ? { kind: 'postgres', url: config.database.url }
        : { kind: 'pglite', dataDir: config.dataDir },
      { logger: log.child({ part: 'db' }) },
    );
    stack.push({ name: 'database', stop: () => database.close() });
    const applied = await migrateToLatest(database.db, { logger: log.child({ part: 'db' }) });
    if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
    const tenants = new TenantRepository(database.db);
    for (const tenant of [...identity.seedTenants, ...config.auth.tenants]) await tenants.ensure(tenant);
    const guestLinks = new GuestLinkRepository(database.db);
    const records = new RoomRecordRepository(database.db);
    const assetStore = FileAssetStore.inDataDir(config.dataDir);
    const swept = await assetStore.sweepTemporaryFiles();
    if (swept > 0) log.info({ files: swept }, 'temporary files of interrupted asset writes removed');
    const meetings = createMeetings({
      db: database.db,
      store: assetStore,
      tenants,
      tenantDefaults: config.tenantDefaults,
      presenceRetentionDays: config.meetings.presenceRetentionDays,
      maxAssetBytes: config.meetings.maxAssetMegabytes * 1024 * 1024,
      log: log as unknown as Logger,
    });
    // Meetings a stopped server left open end at their last recorded event (one node runs every room).
    const abandoned = await meetings.meetings.closeAbandoned();
    if (abandoned > 0) log.info({ meetings: abandoned }, 'meetings left open by the last run ended');
    const stopHousekeeping = startHousekeeping(
      { sessions: new SessionRepository(database.db), guestLinks, records, meetings: meetings.meetings },
      log.child({ part: 'housekeeping' }),
    );
    stack.push({ name: 'housekeeping', stop: stopHousekeeping });

    // The key that signs audit records (legal votes). Never replaced when unreadable: see @plenum/audit.
    const installationKey = await loadOrCreateInstallationKey(join(config.dataDir, 'keys'));
    log.info({ fingerprint: installationKey.fingerprint }, 'audit signing key loaded');
    let host: RoomHost | undefined;
    const metrics = new Metrics(() => host?.counts() ?? { rooms: 0, participants: 0, connections: 0 });
    const media = await startMedia(config, log, metrics, stack);

    host = new RoomHost({
      registry,
      media,
      records,
      signer: installationSigner(installationKey),
      clock: systemClock,
      log: log as unknown as Logger,
      rooms: config.rooms,
      meetings: meetings.history,
      files: meetings.files,
      attendance: meetings,
      guestLinks,
      onFrameOut: (frame, recipients) => {
        const ns = /^\{"ns":"([a-z-]+)"/.exec(frame)?.[1] ?? 'other';
        metrics.signalingMessages.inc({ direction: 'out', ns }, recipients);
      },
    });
    // The embedded gateway authenticates with a secret made fresh at every start, unless one is configured.
    const sip =
      config.sip.gateway === 'embedded' && config.sip.gatewaySecret === undefined
        ? { ...config.sip, gatewaySecret: randomBytes(32).toString('base64url') }
        : config.sip;
    const app = await buildApp({
      config: { ...config, sip },
      log,
      rooms: new RoomRepository(database.db),
      guestLinks,
      dialIn: new RoomDialInRepository(database.db),
      auth: createAuth(config.auth, database.db, identity),
      host,
      meetings,
      metrics,
      readiness: [
        { name: 'database', probe: () => database.ping() },
        { name: 'media', probe: () => media.ping() },
      ],
      webRoot,
    });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`Port ${config.port} is already in use. Choose another one with PLENUM_PORT.`);
      }
      throw error;
    }
    const roomHost = host;
    stack.push({
      name: 'http',
      stop: async () => {
        roomHost.broadcastAll(closingFrame('shutdown'));
        await roomHost.closeAll(config.shutdownTimeoutMs / 2);
        await app.close();
      },
    });
    if (sip.gateway === 'embedded' && sip.gatewaySecret !== undefined) {
      const gateway = await startEmbeddedGateway({
        entry: fileURLToPath(new URL('./sip-gateway.js', import.meta.url)),
        env: {
          ...passedOn(process.env, 'PLENUM_SIP_'),
          PLENUM_SIP_SERVER_URL: `http://${loopbackHost(config.host)}:${config.port}`,
          PLENUM_SIP_GATEWAY_SECRET: sip.gatewaySecret,
          PLENUM_SIP_LANGUAGE: sip.language,
          PLENUM_LOG_LEVEL: config.logLevel,
          PLENUM_SIP_PROMPTS: process.env.PLENUM_SIP_PROMPTS ?? defaultPromptsDir,
        },
        log,
      });
      stack.push({ name: 'sip gateway', stop: () => gateway.stop() });
    }
    const url =
      config.publicUrl ??
      `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
    identity.devIdp?.allowRelyingParty(
      config.publicUrl ? [url] : [url, `http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`],
    );
    return { url, app, host, stop: unwind };
  } catch (error) {
    await unwind();
    throw error;
  }
}

async function startMedia(
  config: Config,
  log: PinoLogger,
  metrics: Metrics,
  stack: { name: string; stop: () => Promise<unknown> }[],
): Promise<MediaPlane> {
  const janusLog = log.child({ part: 'janus' });
  let endpoint: { url: string; apiSecret?: string; adminKey?: string };
  if (config.janus.url) {
    endpoint = {
      url: config.janus.url,
      ...(config.janus.apiSecret ? { apiSecret: config.janus.apiSecret } : {}),
      ...(config.janus.adminKey ? { adminKey: config.janus.adminKey } : {}),
    };
  } else {
    const [min = 20000, max = 20999] = config.janus.rtpPortRange.split('-').map(Number);
    const options: EmbeddedJanusOptions = {
      dataDir: config.dataDir,
      binary: config.janus.binary,
      rtpPorts: { min, max },
      ...(config.janus.iceAddress ? { iceEnforce: config.janus.iceAddress } : {}),
      publicAddress: config.janus.publicAddress ?? null,
      onWarning: (message) => janusLog.warn({}, message),
    };
    // A Janus that dies is started again on the same port with the same secrets; the plane reconnects to it.
    const janus: SupervisedJanus = await superviseJanus({
      launch: (keep) => startEmbeddedJanus(keep === null ? options : { ...options, ...keep }),
      logger: janusLog,
      onRestarted: () => metrics.janusRestarts.inc(),
    });
    stack.push({ name: 'janus', stop: () => janus.stop() });
    janusLog.info({ pid: janus.current?.pid, iceAddress: janus.iceAddress }, 'embedded janus started');
    endpoint = { url: janus.url, apiSecret: janus.apiSecret, adminKey: janus.adminKey };
  }
  const [feedMin = 22000, feedMax = 22999] = config.janus.mixerFeedPortRange.split('-').map(Number);
  const plane = await JanusMediaPlane.connect({
    ...endpoint,
    mixerFeedPorts: { min: feedMin, max: feedMax },
    mixerPrebuffer: config.janus.mixerPrebuffer,
    logger: janusLog,
    onRoundTrip: (ms) => metrics.janusRoundTrip.observe(ms / 1000),
    onConnectionChange: (connected) => metrics.janusConnected.set(connected ? 1 : 0),
  });
  metrics.janusConnected.set(plane.client.connected ? 1 : 0);
  stack.push({ name: 'media plane', stop: () => plane.close() });
  try {
    await plane.ping();
  } catch (error) {
    throw new Error(`Janus at ${endpoint.url} does not answer: ${(error as Error).message}`, { cause: error });
  }
  return plane;
}
