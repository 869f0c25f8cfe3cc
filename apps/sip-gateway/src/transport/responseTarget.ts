import { isIP } from 'node:net';
import { hostAddress } from '../sip/host.js';
import type { SipResponse } from '../sip/SipMessage.js';
import { topViaOf } from '../sip/Via.js';

export interface UdpTarget {
  readonly address: string;
  readonly port: number;
}

/**
 * Where a response goes over UDP (RFC 3261 §18.2.2, RFC 3581 §4): to the top Via's `received` address (or its
 * sent-by host when the request came from there), at `rport` when it was filled in, otherwise at the sent-by port or
 * 5060. Hosts that are names are not resolved: such a response is not sent (undefined), and neither is one with no
 * readable Via. `maddr` (multicast) is not supported.
 */
export function udpResponseTarget(response: SipResponse): UdpTarget | undefined {
  const via = topViaOf(response);
  if (!via.ok) return undefined;
  const { received, rport, host, port } = via.value;
  const address = hostAddress(received ?? host);
  if (isIP(address) === 0) return undefined;
  return { address, port: typeof rport === 'number' ? rport : (port ?? 5060) };
}
