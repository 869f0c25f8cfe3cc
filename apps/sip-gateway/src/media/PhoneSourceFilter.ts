/** An address and port that RTP comes from or goes to. */
export interface UdpEndpoint {
  readonly address: string;
  readonly port: number;
}

/**
 * `sdp`: RTP is taken only from, and sent only to, the address in the phone's SDP.
 * `first-source`: as `sdp`, but while nothing has come from that address yet, a source that sends
 * `latchPackets` RTP packets in sequence under one SSRC becomes the phone's address (symmetric RTP for callers
 * behind NAT, whose SDP names a private address; the idea of RFC 4961 and of "comedia").
 */
export type PhoneLatching = 'sdp' | 'first-source';

export const DEFAULT_LATCH_PACKETS = 3;

/**
 * Decides which datagrams on the phone socket belong to the call and where the phone's audio goes. Latching is
 * guarded against hijacking ("RTP bleed"): it happens at most once per remote address from the SDP, only before
 * the SDP address has proved itself by sending, and only after several packets in sequence from one source, and
 * the packets of the probation before the last are dropped, not relayed. Everything not accepted counts as a stranger.
 */
export class PhoneSourceFilter {
  private sdp: UdpEndpoint | null = null;
  private latched: UdpEndpoint | null = null;
  private sdpConfirmed = false;
  private candidate: { address: string; port: number; ssrc: number; seq: number; count: number } | null = null;

  constructor(
    private readonly latching: PhoneLatching,
    private readonly latchPackets: number = DEFAULT_LATCH_PACKETS,
  ) {}

  /** Where to send: the latched source, else the SDP address; `null` while the SDP gives none. */
  get target(): UdpEndpoint | null {
    return this.latched ?? this.sdp;
  }

  /** Whether the target is a latched source rather than the SDP address. */
  get isLatched(): boolean {
    return this.latched !== null;
  }

  /** The address from the (re-)negotiated SDP. A changed address ends the latch and allows a new one. */
  expect(endpoint: UdpEndpoint | null): void {
    if (endpoint !== null && this.sdp !== null && sameEndpoint(endpoint, this.sdp)) return;
    this.sdp = endpoint;
    this.latched = null;
    this.sdpConfirmed = false;
    this.candidate = null;
  }

  /** Whether an RTP packet from this source is the phone's (to be processed); `false` means drop as a stranger. */
  accept(address: string, port: number, ssrc: number, sequenceNumber: number): boolean {
    const target = this.target;
    if (target !== null && target.address === address && target.port === port) {
      if (this.latched === null) this.sdpConfirmed = true;
      return true;
    }
    if (this.latching === 'sdp' || this.latched !== null || this.sdpConfirmed) return false;
    return this.probe(address, port, ssrc, sequenceNumber);
  }

  /** Counts a packet of a possible new source; `true` when it completes the probation (it is then accepted). */
  private probe(address: string, port: number, ssrc: number, seq: number): boolean {
    const c = this.candidate;
    const continues =
      c !== null && c.address === address && c.port === port && c.ssrc === ssrc && ((c.seq + 1) & 0xffff) === seq;
    const candidate = continues && c !== null ? c : { address, port, ssrc, seq, count: 0 };
    candidate.seq = seq;
    candidate.count++;
    this.candidate = candidate;
    if (candidate.count < this.latchPackets) return false;
    this.latched = { address, port };
    this.candidate = null;
    return true;
  }
}

function sameEndpoint(a: UdpEndpoint, b: UdpEndpoint): boolean {
  return a.address === b.address && a.port === b.port;
}
