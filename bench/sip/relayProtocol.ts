import { z } from 'zod';

/** Messages between the load generator and the relay process (Node IPC), parsed on arrival. */

const endpoint = z.object({ host: z.string(), port: z.number().int().min(1).max(65535) });

export const toRelaySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('open'), calls: z.number().int().min(1).max(2000), phone: endpoint, bridge: endpoint }),
  z.object({ action: z.literal('sample') }),
  z.object({ action: z.literal('close') }),
]);
export type ToRelay = z.infer<typeof toRelaySchema>;

export const fromRelaySchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('opened'),
    calls: z.array(z.object({ phonePort: z.number().int(), bridgePort: z.number().int() })),
  }),
  z.object({
    event: z.literal('sampled'),
    /** process.cpuUsage() of the relay process, µs. */
    userMicros: z.number(),
    systemMicros: z.number(),
    /** performance.now() of the relay process, ms. */
    atMs: z.number(),
    /** Sums over all calls of CallMedia.stats(). */
    phonePacketsIn: z.number(),
    bridgePacketsIn: z.number(),
    dropped: z.number(),
    rssBytes: z.number(),
  }),
]);
export type FromRelay = z.infer<typeof fromRelaySchema>;
