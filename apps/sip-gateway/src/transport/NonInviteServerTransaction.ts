import type { ResponseOptions } from '../sip/buildResponse.js';
import type { SipResponse } from '../sip/SipMessage.js';
import type { IncomingSipRequest } from './IncomingSipRequest.js';
import { ServerTransaction, type TransactionContext } from './ServerTransaction.js';

/**
 * The non-INVITE server transaction (RFC 3261 §17.2.2): provisional responses may be sent any number of times, the
 * first final response completes it, and for Timer J (64·T1 on UDP, none on TCP) retransmitted requests get that
 * response again. A request left unanswered for 64·T1 is given up (its client has timed out by then).
 */
export class NonInviteServerTransaction extends ServerTransaction {
  constructor(incoming: IncomingSipRequest, context: TransactionContext) {
    super(incoming, context);
    this.startTimer(64 * context.timers.t1, () => this.terminate());
  }

  get isCompleted(): boolean {
    return this.last !== undefined && this.last.status >= 200;
  }

  /** Sends a response; undefined (and nothing sent) once a final response has gone out. */
  respond(status: number, options: ResponseOptions = {}): SipResponse | undefined {
    if (this.isCompleted || this.isTerminated) return undefined;
    const response = this.build(status, options);
    this.transmit(response);
    if (status >= 200) {
      this.cancelTimers();
      const timerJ = this.incoming.reliable ? 0 : 64 * this.context.timers.t1;
      if (timerJ === 0) this.terminate();
      else this.startTimer(timerJ, () => this.terminate());
    }
    return response;
  }
}
