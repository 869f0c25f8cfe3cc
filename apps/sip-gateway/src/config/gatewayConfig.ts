import { z } from 'zod';
import { parsePeerAllowList } from '../transport/PeerFilter.js';

/** `first-last`, both inclusive, an even first port; RTP uses even ports. */
const PortRange = z
  .string()
  .regex(/^\d{4,5}-\d{4,5}$/, 'must be a range like 30000-30999')
  .transform((range, ctx) => {
    const [first = 0, last = 0] = range.split('-').map(Number);
    if (first < 1024 || last > 65_535 || last - first < 3) {
      ctx.addIssue({ code: 'custom', message: 'must lie within 1024-65535 and hold at least 4 ports' });
      return z.NEVER;
    }
    return { first, last };
  });

const HostPort = z
  .string()
  .regex(
    /^(\[[0-9a-fA-F:.]+\]|[0-9.]+):\d{1,5}$/,
    'must be an IP address and a port, e.g. 127.0.0.1:5060 or [::1]:5060',
  )
  .transform((value) => {
    const cut = value.lastIndexOf(':');
    return { host: value.slice(0, cut).replace(/^\[|\]$/g, ''), port: Number(value.slice(cut + 1)) };
  })
  .refine((a) => a.port >= 1 && a.port <= 65_535, 'the port must be 1-65535');

const List = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);

/**
 * The gateway's settings, from its environment (`PLENUM_SIP_*`). `plenum` sets them for the embedded gateway; a gateway
 * run on its own host gets them from its service unit. Every value is checked at start, and a wrong one stops the start
 * with the variable's name.
 */
export const GatewayConfigSchema = z
  .strictObject({
    /** Where the Plenum server is (REST and signalling), e.g. `http://127.0.0.1:8080`. */
    serverUrl: z.url({ protocol: /^https?$/ }),
    /** The shared secret (`sip.gatewaySecret` of the server). */
    gatewaySecret: z.string().min(32, 'must be at least 32 characters').max(256),
    /** SIP over UDP and TCP on this address and port. */
    listen: HostPort.default({ host: '127.0.0.1', port: 5060 }),
    /**
     * Who may send SIP (CIDRs, comma separated): the PBX or trunk. Everyone else is refused (403), or ignored with
     * `refusal: drop`. Default: loopback only.
     */
    peers: List.refine((entries) => entries.length > 0, 'must name at least one address or range')
      .superRefine((entries, ctx) => {
        const parsed = parsePeerAllowList(entries);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
      })
      .default(['127.0.0.0/8', '::1/128']),
    refusal: z.enum(['forbid', 'drop']).default('forbid'),
    /** The address put into SDP for callers' RTP (default: the listen address). */
    rtpAddress: z.union([z.ipv4(), z.ipv6()]).optional(),
    /** UDP ports for callers' RTP and for the legs to the media server (two per call). */
    rtpPorts: PortRange.default({ first: 30_000, last: 31_999 }),
    /** The address the media server's legs reach the gateway on (loopback when both run on one host). */
    bridgeAddress: z.union([z.ipv4(), z.ipv6()]).default('127.0.0.1'),
    /** Codecs to answer with, most preferred first. */
    codecs: List.pipe(z.array(z.enum(['pcma', 'pcmu', 'g722'])).min(1)).default(['pcma', 'pcmu', 'g722']),
    /** The language callers hear first; they can switch with a key. */
    language: z.enum(['de', 'en']).default('de'),
    /** Calls at the same time at most; more get 486 Busy Here. */
    maxCalls: z.coerce.number().int().min(1).max(10_000).default(500),
    /** Folder of the built prompts (`npm run build` makes them). */
    promptsDir: z.string().min(1),
    /** Registration at a trunk: all of registrar, user and password, or none. */
    registrar: z
      .string()
      .regex(/^sips?:/, 'must be a SIP URI, e.g. sip:trunk.example.org')
      .optional(),
    user: z.string().min(1).max(128).optional(),
    password: z.string().min(1).max(256).optional(),
    registerExpires: z.coerce.number().int().min(60).max(86_400).default(3600),
  })
  .refine(
    (c) =>
      [c.registrar, c.user, c.password].every((x) => x === undefined) ||
      [c.registrar, c.user, c.password].every((x) => x !== undefined),
    {
      message: 'registrar, user and password go together (PLENUM_SIP_REGISTRAR, PLENUM_SIP_USER, PLENUM_SIP_PASSWORD)',
      path: ['registrar'],
    },
  );
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

/** Environment variables and the setting each one sets. */
export const gatewayEnv = {
  PLENUM_SIP_SERVER_URL: 'serverUrl',
  PLENUM_SIP_GATEWAY_SECRET: 'gatewaySecret',
  PLENUM_SIP_LISTEN: 'listen',
  PLENUM_SIP_PEERS: 'peers',
  PLENUM_SIP_REFUSAL: 'refusal',
  PLENUM_SIP_RTP_ADDRESS: 'rtpAddress',
  PLENUM_SIP_RTP_PORTS: 'rtpPorts',
  PLENUM_SIP_BRIDGE_ADDRESS: 'bridgeAddress',
  PLENUM_SIP_CODECS: 'codecs',
  PLENUM_SIP_LANGUAGE: 'language',
  PLENUM_SIP_MAX_CALLS: 'maxCalls',
  PLENUM_SIP_PROMPTS: 'promptsDir',
  PLENUM_SIP_REGISTRAR: 'registrar',
  PLENUM_SIP_USER: 'user',
  PLENUM_SIP_PASSWORD: 'password',
  PLENUM_SIP_REGISTER_EXPIRES: 'registerExpires',
} as const satisfies Record<string, keyof GatewayConfig>;

/** A setting that is wrong, named by its environment variable; never carries the value (it may be a secret). */
export class GatewayConfigError extends Error {
  override readonly name = 'GatewayConfigError';
}

/** Reads the settings from an environment; throws `GatewayConfigError` naming every wrong variable. */
export function loadGatewayConfig(env: Readonly<Record<string, string | undefined>>): GatewayConfig {
  const raw: Record<string, string> = {};
  for (const [variable, key] of Object.entries(gatewayEnv)) {
    const value = env[variable];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = GatewayConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const byKey = Object.fromEntries(Object.entries(gatewayEnv).map(([variable, key]) => [key, variable]));
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return `${byKey[key] ?? key}: ${issue.message}`;
  });
  throw new GatewayConfigError(`The SIP gateway's settings are wrong:\n  ${problems.join('\n  ')}`);
}
