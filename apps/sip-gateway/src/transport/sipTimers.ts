/** The timer values of RFC 3261 §17.1.1.1 and Table 4, in milliseconds. */
export interface SipTimers {
  /** Round-trip estimate; Timer G starts at T1, and Timers H and J are 64·T1. */
  readonly t1: number;
  /** The longest retransmission interval of a final response. */
  readonly t2: number;
  /** How long a message may stay in the network; Timer I on unreliable transports. */
  readonly t4: number;
}

export const defaultSipTimers: SipTimers = { t1: 500, t2: 4000, t4: 5000 };
