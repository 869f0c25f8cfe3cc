import type { CoreHeaders } from '../sip/coreHeaders.js';
import type { SipRequest, SipResponse } from '../sip/SipMessage.js';

export type SipTransportName = 'udp' | 'tcp';

export interface SipPeer {
  readonly transport: SipTransportName;
  readonly address: string;
  readonly port: number;
}

/** A request that parsed, came from an allowed peer, and has its top Via stamped (received, rport). */
export interface IncomingSipRequest {
  readonly request: SipRequest;
  readonly core: CoreHeaders;
  readonly source: SipPeer;
  /** UDP is unreliable: final responses are retransmitted (RFC 3261 §17.2.1). */
  readonly reliable: boolean;
  /**
   * Sends a response the way RFC 3261 §18.2.2 asks: over UDP to the top Via's received/rport, over TCP on the same
   * connection (dropped when it has closed). Never throws.
   */
  send(response: SipResponse): void;
}
