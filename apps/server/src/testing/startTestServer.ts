import type { InstallationKey } from '@plenum/audit';
import {
  GuestLinkRepository,
  migrateToLatest,
  RoomDialInRepository,
  RoomRecordRepository,
  RoomRepository,
  TenantRepository,
} from '@plenum/db';
import { openScratchDatabase, type ScratchDatabase } from '@plenum/db/testing';
import { FakeMediaPlane } from '@plenum/media/fake';
import { installationSigner, silentLogger, systemClock } from '@plenum/room-kit';
import { testInstallationKey } from '@plenum/room-kit/testing';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import WebSocket from 'ws';
import { createAuth } from '../auth/createAuth.js';
import { ConfigSchema } from '../config/configSchema.js';
import { buildApp } from '../http/buildApp.js';
import { createMeetings, type Meetings } from '../meetings/createMeetings.js';
import { MemoryAssetStore } from '../meetings/MemoryAssetStore.js';
import { Metrics } from '../observability/Metrics.js';
import { registry } from '../registry.js';
import { RoomHost } from '../rooms/RoomHost.js';
import { type SignedInUser, signInDirectly } from './signInDirectly.js';

export interface TestServer {
  readonly baseUrl: string;
  readonly app: FastifyInstance;
  readonly host: RoomHost;
  readonly media: FakeMediaPlane;
  readonly database: ScratchDatabase;
  /** Meetings, attendance and files, as the server uses them (files in {@link assetStore}). */
  readonly meetings: Meetings;
  readonly assetStore: MemoryAssetStore;
  /** The installation key this server signs audit records (legal votes) with: its fingerprint is the trusted one. */
  readonly auditKey: InstallationKey;
  /** Signed in at start in tenant `test`: owns the rooms `createRoom` makes. */
  readonly owner: SignedInUser;
  /** Signed in at start in tenant `test`: who `connect` joins as unless told otherwise (role `participant`). */
  readonly member: SignedInUser;
  /** Another signed-in user (the tenant is created when needed). */
  signIn(tenantId?: string, name?: string): Promise<SignedInUser>;
  /** A room created through the REST API by `as` (default: {@link owner}). */
  createRoom(title?: string, as?: SignedInUser): Promise<string>;
  /** `POST /v1/rooms/{roomId}/tickets` as `as` (a user, or any cookie holder); the raw response. */
  requestTicket(roomId: string, as?: { headers: Readonly<Record<string, string>> }, body?: unknown): Promise<Response>;
  /** A signalling socket whose `join` fetches its ticket as `as` (default: {@link member}). */
  connect(roomId: string, origin?: string, as?: { headers: Readonly<Record<string, string>> }): Promise<TestClient>;
  stop(): Promise<void>;
}

/**
 * The server's HTTP and signalling layers over real sockets and the machine's real
 * PostgreSQL (a scratch schema), with the fake media plane in place of Janus.
 *
 * Login needs a provider: pass `auth.issuer` and `auth.clientSecret` (a built-in provider the test file started) and
 * `auth.tenants`; then allow the returned `baseUrl` at that provider. Without them, logins fail (nothing answers at
 * the default issuer), and everything else works.
 */
export async function startTestServer(overrides: Record<string, unknown> = {}, webRoot?: string): Promise<TestServer> {
  const config = ConfigSchema.parse({ port: 1, ...overrides });
  const database = await openScratchDatabase('postgres');
  await migrateToLatest(database.db);
  const tenants = new TenantRepository(database.db);
  for (const tenant of config.auth.tenants) await tenants.ensure(tenant);
  const media = new FakeMediaPlane();
  const assetStore = new MemoryAssetStore();
  const meetings = createMeetings({
    db: database.db,
    store: assetStore,
    tenants,
    tenantDefaults: config.tenantDefaults,
    presenceRetentionDays: 90,
    maxAssetBytes: 1024 * 1024,
    log: silentLogger,
  });
  // A key that lives as long as this test server, never written to disk.
  const auditKey = testInstallationKey();
  const guestLinks = new GuestLinkRepository(database.db);
  const host = new RoomHost({
    registry,
    media,
    records: new RoomRecordRepository(database.db),
    signer: installationSigner(auditKey),
    clock: systemClock,
    log: silentLogger,
    rooms: config.rooms,
    meetings: meetings.history,
    files: meetings.files,
    attendance: meetings,
    guestLinks,
  });
  const metrics = new Metrics(() => host.counts());
  const app = await buildApp({
    config,
    log: pino({ level: 'silent' }),
    rooms: new RoomRepository(database.db),
    guestLinks,
    dialIn: new RoomDialInRepository(database.db),
    auth: createAuth(config.auth, database.db, {
      issuer: config.auth.issuer ?? 'http://127.0.0.1:9',
      clientSecret: config.auth.clientSecret ?? 'unused',
    }),
    host,
    meetings,
    metrics,
    readiness: [
      { name: 'database', probe: () => database.ping() },
      { name: 'media', probe: () => media.ping() },
    ],
    ...(webRoot ? { webRoot } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const clients: TestClient[] = [];
  const owner = await signInDirectly(database.db, { tenantId: 'test', name: 'Olga Owner' });
  const member = await signInDirectly(database.db, { tenantId: 'test', name: 'Mia Member' });
  const requestTicket: TestServer['requestTicket'] = (roomId, as = member, body = {}) =>
    fetch(`${baseUrl}/v1/rooms/${roomId}/tickets`, {
      method: 'POST',
      headers: { ...as.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    baseUrl,
    app,
    host,
    media,
    database,
    meetings,
    assetStore,
    auditKey,
    owner,
    member,
    signIn: (tenantId = 'test', name) => signInDirectly(database.db, { tenantId, ...(name ? { name } : {}) }),
    async createRoom(title = 'Testraum', as = owner) {
      const res = await fetch(`${baseUrl}/v1/rooms`, {
        method: 'POST',
        headers: { ...as.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      if (res.status !== 201) throw new Error(`room not created: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    requestTicket,
    async connect(roomId, origin, as = member) {
      const ticket = async () => {
        const res = await requestTicket(roomId, as);
        if (res.status !== 201) throw new Error(`no ticket: ${res.status} ${await res.text()}`);
        return ((await res.json()) as { ticket: string }).ticket;
      };
      const client = await TestClient.open(
        `${baseUrl.replace('http', 'ws')}/v1/rooms/${roomId}/signaling`,
        ticket,
        origin,
      );
      clients.push(client);
      return client;
    },
    async stop() {
      for (const c of clients) c.socket.terminate();
      await host.closeAll(1000);
      await app.close();
      await database.dispose();
    },
  };
}

/** A signalling client that records every frame and can wait for one. */
export class TestClient {
  readonly frames: Record<string, unknown>[] = [];
  closeCode: number | undefined;
  readonly #waiters: (() => void)[] = [];

  private constructor(
    readonly socket: WebSocket,
    /** Fetches a fresh signalling ticket for this socket's room. */
    readonly ticket: () => Promise<string>,
  ) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as Record<string, unknown>);
      for (const w of this.#waiters.splice(0)) w();
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      for (const w of this.#waiters.splice(0)) w();
    });
  }

  static open(url: string, ticket: () => Promise<string>, origin?: string): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, origin === undefined ? {} : { origin });
      socket.once('open', () => resolve(new TestClient(socket, ticket)));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first recorded frame (old or new) that matches, or rejects after `ms`. */
  async waitFor(match: (f: Record<string, unknown>) => boolean, ms = 3000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.frames.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async waitForClose(ms = 3000): Promise<number> {
    const deadline = Date.now() + ms;
    while (this.closeCode === undefined) {
      if (Date.now() > deadline) throw new Error('socket did not close');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closeCode;
  }

  /** Fetches a ticket and joins; resolves with `joined` (or `waiting`, when the room makes this person wait). */
  async join(displayName: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    this.send({ ns: 'core', action: 'join', displayName, ticket: await this.ticket(), ...extra });
    return this.waitFor((f) => f.event === 'joined' || f.event === 'waiting');
  }

  errors(): Record<string, unknown>[] {
    return this.frames.filter((f) => 'error' in f);
  }
}
