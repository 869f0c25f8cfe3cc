import { buildResponse, newTag, type ResponseOptions } from '../sip/buildResponse.js';
import type { SipResponse } from '../sip/SipMessage.js';
import type { Clock, TimerHandle } from './Clock.js';
import type { IncomingSipRequest } from './IncomingSipRequest.js';
import type { SipTimers } from './sipTimers.js';

export interface TransactionContext {
  readonly clock: Clock;
  readonly timers: SipTimers;
  /** Called once, when the transaction ends; the layer forgets it. */
  readonly terminated: () => void;
}

/**
 * What both kinds of server transaction share: one To tag for all responses, the last response (re-sent when the
 * request is retransmitted), and timers that are all cancelled when the transaction ends.
 */
export abstract class ServerTransaction {
  readonly toTag = newTag();
  protected last: SipResponse | undefined;
  private readonly running = new Set<TimerHandle>();
  private ended = false;

  constructor(
    readonly incoming: IncomingSipRequest,
    protected readonly context: TransactionContext,
  ) {}

  get isTerminated(): boolean {
    return this.ended;
  }

  get lastResponse(): SipResponse | undefined {
    return this.last;
  }

  /** The request arrived again: answer it with the last response, if there is one (RFC 3261 §17.2.1, §17.2.2). */
  retransmission(): void {
    if (this.last !== undefined) this.incoming.send(this.last);
  }

  /** Builds the response (with this transaction's To tag) for the state machine to send. */
  protected build(status: number, options: ResponseOptions): SipResponse {
    return buildResponse(this.incoming.request, status, { toTag: this.toTag, ...options });
  }

  protected transmit(response: SipResponse): void {
    this.last = response;
    this.incoming.send(response);
  }

  /** A timer that is cancelled with the others when the transaction ends. */
  protected startTimer(delayMs: number, callback: () => void): TimerHandle {
    const handle = this.context.clock.setTimer(delayMs, () => {
      this.running.delete(handle);
      if (!this.ended) callback();
    });
    this.running.add(handle);
    return {
      cancel: () => {
        handle.cancel();
        this.running.delete(handle);
      },
    };
  }

  protected cancelTimers(): void {
    for (const handle of this.running) handle.cancel();
    this.running.clear();
  }

  protected terminate(): void {
    if (this.ended) return;
    this.ended = true;
    this.cancelTimers();
    this.context.terminated();
  }
}
