/** Bounds that keep hostile input from costing unbounded memory or time. Sizes are in bytes except where noted. */
export interface SipLimits {
  /** Whole message: start line, headers and body (a UDP datagram can be at most 65,507 bytes anyway). */
  readonly maxMessageBytes: number;
  /** Header fields (one folded header field counts once, however many comma-separated values it holds). */
  readonly maxHeaderCount: number;
  /** One header field with its name, after unfolding, in characters. */
  readonly maxHeaderLineLength: number;
  readonly maxBodyBytes: number;
}

export const defaultSipLimits: SipLimits = {
  maxMessageBytes: 64 * 1024,
  maxHeaderCount: 100,
  maxHeaderLineLength: 8 * 1024,
  maxBodyBytes: 32 * 1024,
};

export function resolveSipLimits(overrides: Partial<SipLimits> | undefined): SipLimits {
  return { ...defaultSipLimits, ...overrides };
}
