import { z } from 'zod';
import { FlagText, flagSpellingsText } from './FlagText.js';
import { PublicUrl } from './PublicUrl.js';

/** A whole number from `min` to `max`, also from an environment variable's string; one message for every way to miss. */
const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

const Port = wholeNumber(1, 65535);

const PortRange = z.string().refine((range) => {
  const [a, b] = /^(\d{1,5})-(\d{1,5})$/.exec(range)?.slice(1).map(Number) ?? [];
  return a !== undefined && b !== undefined && a >= 1024 && b <= 65535 && a < b;
}, 'must be two ports between 1024 and 65535, low-high, like 20000-20999');

/** A boolean from JSON (`true`) or from an environment variable, spelt as `FlagText` allows (`true`, `no`, `1`, …). */
const Flag = z.union([z.boolean(), FlagText], { error: `must be true or false (${flagSpellingsText})` });

/** A positive whole-number quota, also from an environment variable's string. */
const Quota = wholeNumber(1, 2_147_483_647);

/** A language Plenum speaks: of generated records, phone prompts. */
const Language = z.enum(['de', 'en'], { error: 'must be de or en' });

const tenantDefaultValues = {
  guestsAllowed: true,
  phoneDialIn: false,
  recording: false,
  streaming: false,
  maxParticipantsPerRoom: 250,
  maxMeetingMinutes: 480,
  storageMegabytes: 10_240,
  keepChat: false,
  chatRetentionDays: 30,
  language: 'de',
} as const;

/** What Plenum needs to talk to an external Janus (`janus.url`), and what each one is there. */
const externalJanusSecrets = [
  ['apiSecret', 'the api_secret of the external Janus (PLENUM_JANUS_API_SECRET)'],
  ['adminKey', 'the VideoRoom and AudioBridge admin_key of the external Janus (PLENUM_JANUS_ADMIN_KEY)'],
] as const;

/**
 * Plenum's whole configuration. Every value has an embedded default, so `npm start` needs
 * none; an operator overrides them in a JSON file or with PLENUM_* environment variables.
 */
export const ConfigSchema = z.strictObject({
  /**
   * `production` refuses everything that is only fit for development (the built-in identity provider). Default
   * `development`, so that `npm start` works without configuration.
   */
  mode: z.enum(['development', 'production']).default('development'),
  /** TCP port of the web app, REST API and signalling. */
  port: Port.default(8080),
  /** Interface to listen on; `localhost` listens on loopback only (IPv4 and IPv6). */
  host: z.string().min(1).default('localhost'),
  /** The URL people open, when behind a reverse proxy; printed at start. Only an origin: no path, query or user. */
  publicUrl: PublicUrl.optional(),
  /** Everything Plenum stores goes under this directory. */
  dataDir: z.string().min(1).default('./data'),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  database: z
    .strictObject({
      /** PostgreSQL URL; without it Plenum uses embedded PGlite under `<dataDir>/db`. */
      url: z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
        .optional(),
    })
    .default({}),
  janus: z
    .strictObject({
      /** WebSocket URL of an external Janus; without it Plenum starts its own on loopback. */
      url: z
        .string()
        .regex(/^wss?:\/\//, 'must be a ws:// or wss:// URL')
        .optional(),
      apiSecret: z.string().min(8).optional(),
      adminKey: z.string().min(8).optional(),
      /** UDP ports the embedded Janus uses for media. */
      rtpPortRange: PortRange.default('20000-20999'),
      /** Address or interface name the embedded Janus offers for media (default: the host's first IPv4). */
      iceAddress: z.string().min(1).optional(),
      /** Public address of a 1:1 NAT in front of the host, advertised to browsers as well. */
      publicAddress: z.ipv4().optional(),
      /** Path of the janus binary for the embedded mode. */
      binary: z.string().min(1).default('/usr/bin/janus'),
      /**
       * Loopback UDP ports for the phones' mix of each group with callers (ADR 0011): two per group. Janus 1.1.2 has no
       * setting of its own for them; keep the range apart from `rtpPortRange` and from other instances on the host.
       */
      mixerFeedPortRange: PortRange.default('22000-22999'),
      /** 20 ms frames the audio mixer buffers per input before mixing: more absorbs jitter, each adds 20 ms delay. */
      mixerPrebuffer: wholeNumber(1, 50).default(3),
    })
    .superRefine((janus, ctx) => {
      // An external Janus must run with an api_secret and an admin_key (README). Without the secret Janus refuses
      // every request (the start fails with "does not answer"), without the key every room creation fails later.
      if (janus.url === undefined) return;
      for (const [key, what] of externalJanusSecrets) {
        if (janus[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `required with janus.url: ${what}`,
          });
        }
      }
    })
    .default({
      rtpPortRange: '20000-20999',
      binary: '/usr/bin/janus',
      mixerFeedPortRange: '22000-22999',
      mixerPrebuffer: 3,
    }),
  /**
   * Client addresses for per-client limits come from the TCP peer. Behind a reverse proxy set this to the proxy's
   * address (or `true` when only proxies can reach Plenum), so `X-Forwarded-For` names the real client.
   */
  trustProxy: z
    .union([
      Flag,
      z
        .string()
        .regex(/^[0-9a-fA-F:./]+(,\s*[0-9a-fA-F:./]+)*$/, 'must be true, false or addresses/CIDRs separated by commas'),
      z.array(z.string().regex(/^[0-9a-fA-F:./]+$/, 'must be an address or CIDR')).max(50),
    ])
    .default(false),
  /**
   * Bearer token for `/metrics` (at least 24 characters). Without one, only requests from this machine that no proxy
   * passed on may read it; behind a reverse proxy that adds no forwarding header, set one.
   */
  metricsToken: z
    .string()
    .min(24)
    .max(256)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  access: z
    .strictObject({
      /** How long a guest who opened a guest link may (re)enter its room without opening the link again. */
      guestSessionHours: wholeNumber(1, 168).default(12),
      /** Failed password or invite attempts allowed per client address within `attemptWindowSeconds`. */
      attemptsPerClient: wholeNumber(1, 10_000).default(10),
      /** Failed password attempts allowed per room within `attemptWindowSeconds`, from all clients together. */
      attemptsPerRoom: wholeNumber(1, 100_000).default(50),
      attemptWindowSeconds: wholeNumber(10, 86_400).default(300),
    })
    .default({ guestSessionHours: 12, attemptsPerClient: 10, attemptsPerRoom: 50, attemptWindowSeconds: 300 }),
  rooms: z
    .strictObject({
      /**
       * What one room on this installation may hold at most; a tenant's `maxParticipantsPerRoom` can only lower it.
       */
      maxParticipants: wholeNumber(2, 1000).default(250),
      reconnectGraceSeconds: wholeNumber(0, 300).default(10),
    })
    .default({ maxParticipants: 250, reconnectGraceSeconds: 10 }),
  signaling: z
    .strictObject({
      maxFrameBytes: wholeNumber(1024, 1_048_576).default(65_536),
      ratePerSecond: z.coerce.number().min(1).max(1000).default(10),
      burst: wholeNumber(1, 10_000).default(30),
    })
    .default({ maxFrameBytes: 65_536, ratePerSecond: 10, burst: 30 }),
  auth: z
    .strictObject({
      /** OpenID Connect issuer URL (discovery). Without it Plenum starts its built-in development provider. */
      issuer: z.url().optional(),
      clientId: z.string().min(1).max(200).default('plenum'),
      /** Client secret at the issuer (required with `issuer`; generated for the built-in provider). */
      clientSecret: z.string().min(1).max(500).optional(),
      /** Space-separated scopes requested at login. */
      scopes: z
        .string()
        .regex(/^openid( [\x21-\x7e]+)*$/, 'must start with openid, separated by spaces')
        .default('openid profile email'),
      /** ID-token claim that carries the tenant id; a login without a known tenant is refused. */
      tenantClaim: z.string().min(1).max(200).default('tenant'),
      /** ID-token claim with the user's groups or roles (a string or an array of strings). */
      groupsClaim: z.string().min(1).max(200).default('groups'),
      /** Group or role in `groupsClaim` that makes a tenant administrator. */
      adminGroup: z.string().min(1).max(200).default('plenum-admins'),
      /** A session ends after this long without a request (sliding). */
      sessionIdleMinutes: wholeNumber(1, 7 * 24 * 60).default(120),
      /** A session ends this long after login, however active. */
      sessionAbsoluteHours: wholeNumber(1, 24 * 30).default(12),
      /** Loopback port of the built-in development provider; 0 picks a free port. */
      devIdpPort: wholeNumber(0, 65535).default(0),
      /** Tenants created at start (a CLI manages them later). */
      tenants: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes'),
            name: z.string().trim().min(1).max(200),
          }),
        )
        .default([]),
    })
    .default({
      clientId: 'plenum',
      scopes: 'openid profile email',
      tenantClaim: 'tenant',
      groupsClaim: 'groups',
      adminGroup: 'plenum-admins',
      sessionIdleMinutes: 120,
      sessionAbsoluteHours: 12,
      devIdpPort: 0,
      tenants: [],
    }),
  /**
   * Feature flags and quotas of every tenant that has not chosen its own (`plenum tenants set`). Stored tenant
   * settings are only the differences, so changing a default here changes it for all other tenants.
   */
  tenantDefaults: z
    .strictObject({
      guestsAllowed: Flag.default(tenantDefaultValues.guestsAllowed),
      phoneDialIn: Flag.default(tenantDefaultValues.phoneDialIn),
      recording: Flag.default(tenantDefaultValues.recording),
      streaming: Flag.default(tenantDefaultValues.streaming),
      maxParticipantsPerRoom: Quota.default(tenantDefaultValues.maxParticipantsPerRoom),
      /** Longest meeting, in minutes. */
      maxMeetingMinutes: Quota.default(tenantDefaultValues.maxMeetingMinutes),
      /** Storage per tenant (recordings, files), in megabytes. */
      storageMegabytes: Quota.default(tenantDefaultValues.storageMegabytes),
      /** Keep the room chat beyond the meeting (off: chat ends with the meeting). */
      keepChat: Flag.default(tenantDefaultValues.keepChat),
      /** Days a kept chat message is kept. */
      chatRetentionDays: Quota.default(tenantDefaultValues.chatRetentionDays),
      /** Language of the rooms' generated records (vote reports, minutes); phone prompts: see `sip.language`. */
      language: Language.default(tenantDefaultValues.language),
    })
    .default(tenantDefaultValues),
  sip: z
    .strictObject({
      /** The telephone number callers dial, shown with a room's conference number and PIN (e.g. `+49 30 1234567`). */
      dialInNumber: z
        .string()
        .trim()
        .min(1)
        .max(32)
        .regex(/^[0-9 +\-/]+$/, 'may hold only digits, spaces, +, - and /')
        .optional(),
      /**
       * The shared secret the SIP gateway authenticates with (`POST /v1/sip/calls`). Without one, and without the
       * embedded gateway (which gets a fresh one at every start), no caller can enter.
       */
      gatewaySecret: z.string().min(32, 'must be at least 32 characters').max(256).optional(),
      /**
       * The language callers hear until they pick another: `de` or `en`. A tenant that chose its own language
       * (`plenum tenants set <id> language …`) has its callers hear that one instead.
       */
      language: Language.default('de'),
      /**
       * `embedded`: `plenum` starts the SIP gateway as a child process on loopback (its own settings come from its
       * `PLENUM_SIP_*` environment, see apps/sip-gateway). `off`: no gateway, or one run separately with
       * `gatewaySecret`.
       */
      gateway: z.enum(['embedded', 'off']).default('embedded'),
    })
    .default({ language: 'de', gateway: 'embedded' }),
  meetings: z
    .strictObject({
      /**
       * Days the attendance rows of a meeting (who attended, when, under which name: personal data) are kept after it
       * started; housekeeping deletes them then. Long enough to make the attendance report, short enough not to keep a
       * register of everyone. Applies to meetings that start after a change.
       */
      presenceRetentionDays: wholeNumber(1, 3650).default(90),
      /** No single generated file (vote report, minutes, attendance list) may be larger, whatever a tenant's quota. */
      maxAssetMegabytes: wholeNumber(1, 10_240).default(100),
    })
    .default({ presenceRetentionDays: 90, maxAssetMegabytes: 100 }),
  /** How long shutdown waits for rooms and Janus before it exits anyway. */
  shutdownTimeoutMs: wholeNumber(100, 60_000).default(5000),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Environment variables and the config key each one sets. */
export const envKeys: Record<string, string> = {
  PLENUM_MODE: 'mode',
  PLENUM_PORT: 'port',
  PLENUM_HOST: 'host',
  PLENUM_PUBLIC_URL: 'publicUrl',
  PLENUM_DATA_DIR: 'dataDir',
  PLENUM_LOG_LEVEL: 'logLevel',
  PLENUM_DATABASE_URL: 'database.url',
  PLENUM_JANUS_URL: 'janus.url',
  PLENUM_JANUS_API_SECRET: 'janus.apiSecret',
  PLENUM_JANUS_ADMIN_KEY: 'janus.adminKey',
  PLENUM_JANUS_RTP_PORTS: 'janus.rtpPortRange',
  PLENUM_JANUS_MIXER_FEED_PORTS: 'janus.mixerFeedPortRange',
  PLENUM_JANUS_MIXER_PREBUFFER: 'janus.mixerPrebuffer',
  PLENUM_JANUS_BINARY: 'janus.binary',
  PLENUM_JANUS_ICE_ADDRESS: 'janus.iceAddress',
  PLENUM_JANUS_PUBLIC_ADDRESS: 'janus.publicAddress',
  PLENUM_MAX_PARTICIPANTS: 'rooms.maxParticipants',
  PLENUM_TRUST_PROXY: 'trustProxy',
  PLENUM_METRICS_TOKEN: 'metricsToken',
  PLENUM_GUEST_SESSION_HOURS: 'access.guestSessionHours',
  PLENUM_ATTEMPTS_PER_CLIENT: 'access.attemptsPerClient',
  PLENUM_ATTEMPTS_PER_ROOM: 'access.attemptsPerRoom',
  PLENUM_ATTEMPT_WINDOW_SECONDS: 'access.attemptWindowSeconds',
  PLENUM_RECONNECT_GRACE_SECONDS: 'rooms.reconnectGraceSeconds',
  PLENUM_SHUTDOWN_TIMEOUT_MS: 'shutdownTimeoutMs',
  PLENUM_PRESENCE_RETENTION_DAYS: 'meetings.presenceRetentionDays',
  PLENUM_MAX_ASSET_MEGABYTES: 'meetings.maxAssetMegabytes',
  PLENUM_SIP_DIAL_IN_NUMBER: 'sip.dialInNumber',
  PLENUM_SIP_GATEWAY_SECRET: 'sip.gatewaySecret',
  PLENUM_SIP_LANGUAGE: 'sip.language',
  PLENUM_SIP_GATEWAY: 'sip.gateway',
  PLENUM_AUTH_ISSUER: 'auth.issuer',
  PLENUM_AUTH_CLIENT_ID: 'auth.clientId',
  PLENUM_AUTH_CLIENT_SECRET: 'auth.clientSecret',
  PLENUM_AUTH_SCOPES: 'auth.scopes',
  PLENUM_AUTH_TENANT_CLAIM: 'auth.tenantClaim',
  PLENUM_AUTH_GROUPS_CLAIM: 'auth.groupsClaim',
  PLENUM_AUTH_ADMIN_GROUP: 'auth.adminGroup',
  PLENUM_SESSION_IDLE_MINUTES: 'auth.sessionIdleMinutes',
  PLENUM_SESSION_ABSOLUTE_HOURS: 'auth.sessionAbsoluteHours',
  PLENUM_DEV_IDP_PORT: 'auth.devIdpPort',
  PLENUM_TENANT_GUESTS_ALLOWED: 'tenantDefaults.guestsAllowed',
  PLENUM_TENANT_PHONE_DIAL_IN: 'tenantDefaults.phoneDialIn',
  PLENUM_TENANT_RECORDING: 'tenantDefaults.recording',
  PLENUM_TENANT_STREAMING: 'tenantDefaults.streaming',
  PLENUM_TENANT_MAX_PARTICIPANTS_PER_ROOM: 'tenantDefaults.maxParticipantsPerRoom',
  PLENUM_TENANT_MAX_MEETING_MINUTES: 'tenantDefaults.maxMeetingMinutes',
  PLENUM_TENANT_STORAGE_MEGABYTES: 'tenantDefaults.storageMegabytes',
  PLENUM_TENANT_KEEP_CHAT: 'tenantDefaults.keepChat',
  PLENUM_TENANT_CHAT_RETENTION_DAYS: 'tenantDefaults.chatRetentionDays',
  PLENUM_TENANT_LANGUAGE: 'tenantDefaults.language',
};
