import type { ResponseOptions } from '../sip/buildResponse.js';
import type { SipResponse } from '../sip/SipMessage.js';
import type { TimerHandle } from './Clock.js';
import type { IncomingSipRequest } from './IncomingSipRequest.js';
import { ServerTransaction, type TransactionContext } from './ServerTransaction.js';

export type InviteState = 'proceeding' | 'completed' | 'accepted' | 'confirmed' | 'terminated';

export interface InviteTransactionEvents {
  /** A final response was not acknowledged within 64·T1 (Timer H; for a 2xx the dialog should send BYE). */
  readonly ackTimeout: (transaction: InviteServerTransaction) => void;
}

/**
 * The INVITE server transaction (RFC 3261 §17.2.1, with the Accepted state of RFC 6026). It answers 100 Trying at
 * once. A final response is retransmitted over UDP with Timer G (T1 doubling up to T2) until the ACK comes, for at
 * most 64·T1 (Timer H); a 2xx is retransmitted the same way, as §13.3.1.4 asks of the UAS core. Retransmitted INVITEs
 * get the last response again (after a 2xx's ACK they are absorbed until Timer L, 64·T1 after the 2xx). After the ACK
 * for a non-2xx, Timer I (T4 on UDP) absorbs further ACKs.
 */
export class InviteServerTransaction extends ServerTransaction {
  private current: InviteState = 'proceeding';
  private retransmitting: TimerHandle | undefined;
  private acknowledged = false;

  constructor(
    incoming: IncomingSipRequest,
    context: TransactionContext,
    private readonly events: InviteTransactionEvents,
  ) {
    super(incoming, context);
    this.transmit(this.build(100, {}));
  }

  get state(): InviteState {
    return this.isTerminated ? 'terminated' : this.current;
  }

  /** Whether the ACK for the final response has come. */
  get isAcknowledged(): boolean {
    return this.acknowledged;
  }

  /** Sends a response; undefined (and nothing sent) once a final response has gone out. */
  respond(status: number, options: ResponseOptions = {}): SipResponse | undefined {
    if (this.state !== 'proceeding') return undefined;
    const response = this.build(status, options);
    this.transmit(response);
    if (status < 200) return response;
    this.current = status < 300 ? 'accepted' : 'completed';
    if (!this.incoming.reliable) this.retransmit(this.context.timers.t1);
    this.startTimer(64 * this.context.timers.t1, () => {
      if (!this.acknowledged) this.events.ackTimeout(this);
      this.terminate();
    });
    return response;
  }

  override retransmission(): void {
    if (!this.acknowledged) super.retransmission();
  }

  /** CANCEL before the final response: 487 Request Terminated (RFC 3261 §9.2). False when it came too late. */
  cancel(): boolean {
    return this.respond(487) !== undefined;
  }

  /**
   * The ACK arrived: for a non-2xx matched by branch, for a 2xx by Call-ID, CSeq and From tag. True for the first
   * ACK of a 2xx (the one the dialog layer is told of).
   */
  ack(): boolean {
    if (this.state === 'accepted') {
      const first = !this.acknowledged;
      this.acknowledged = true;
      this.retransmitting?.cancel();
      return first;
    }
    if (this.state !== 'completed') return false;
    this.current = 'confirmed';
    this.acknowledged = true;
    this.cancelTimers();
    const timerI = this.incoming.reliable ? 0 : this.context.timers.t4;
    if (timerI === 0) this.terminate();
    else this.startTimer(timerI, () => this.terminate());
    return false;
  }

  /** Timer G: re-sends the final response at T1, 2·T1, 4·T1, … capped at T2. */
  private retransmit(interval: number): void {
    this.retransmitting = this.startTimer(interval, () => {
      if (this.last !== undefined) this.incoming.send(this.last);
      this.retransmit(Math.min(interval * 2, this.context.timers.t2));
    });
  }
}
