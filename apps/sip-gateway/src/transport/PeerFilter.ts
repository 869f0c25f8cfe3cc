import { BlockList, isIP } from 'node:net';
import { fail, ok, type ParseResult } from '../sip/ParseResult.js';

/** Which source addresses may talk to the gateway: exact addresses or CIDR ranges, IPv4 and IPv6. */
export interface PeerFilter {
  allows(address: string): boolean;
}

/** An IPv4 address seen on a dual-stack socket (`::ffff:192.0.2.1`) is compared as IPv4. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/**
 * Reads an allow-list such as `['192.0.2.10', '198.51.100.0/24', '2001:db8::/32']`. An entry that is neither an IP
 * address nor a CIDR range is an error naming it (a typo must not silently shut the gateway or open it).
 */
export function parsePeerAllowList(entries: readonly string[]): ParseResult<PeerFilter, string> {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefixText, ...rest] = entry.trim().split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return fail(`not an IP address or CIDR range: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) return fail(`invalid prefix length: ${entry}`);
    list.addSubnet(address, prefix, type);
  }
  return ok({
    allows(address) {
      const bare = normalize(address);
      const family = isIP(bare);
      if (family === 0) return false;
      return list.check(bare, family === 4 ? 'ipv4' : 'ipv6');
    },
  });
}
