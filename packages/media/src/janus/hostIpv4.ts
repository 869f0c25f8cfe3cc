import { networkInterfaces } from 'node:os';

/**
 * The host's first non-internal IPv4 address, or null when it has none.
 *
 * Janus never gathers ICE candidates on loopback (it skips `IFF_LOOPBACK` interfaces, so
 * `ice_enforce_list = "127.0.0.1"` silently enforces nothing). Enforcing the host's own
 * address gives exactly one host candidate; traffic between processes on this machine
 * still never leaves it.
 */
export function hostIpv4(
  interfaces: Readonly<
    Record<string, readonly { address: string; family: string; internal: boolean }[] | undefined>
  > = networkInterfaces(),
): string | null {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}
