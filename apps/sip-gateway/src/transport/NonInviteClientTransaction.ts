import type { SipRequest, SipResponse } from '../sip/SipMessage.js';
import type { Clock, TimerHandle } from './Clock.js';
import type { SipPeer } from './IncomingSipRequest.js';
import type { SipRequestSender } from './SipTransport.js';
import type { SipTimers } from './sipTimers.js';

/** How a request the gateway sent ended: with a final response, with Timer F, or because it could not be sent. */
export type ClientOutcome =
  | { readonly kind: 'response'; readonly response: SipResponse }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'transportError'; readonly reason: string };

export type ClientState = 'trying' | 'proceeding' | 'completed' | 'terminated';

export interface ClientTransactionContext {
  readonly clock: Clock;
  readonly timers: SipTimers;
  readonly sender: SipRequestSender;
  /** Called once, when the transaction ends; the layer forgets it. */
  readonly terminated: () => void;
}

/**
 * The non-INVITE client transaction (RFC 3261 §17.1.2, with the fix of RFC 6026 that 100 Trying counts as
 * provisional). Over UDP the request is re-sent with Timer E: T1, 2·T1, … capped at T2, and every T2 once a
 * provisional response came. Over either transport Timer F (64·T1) gives up. The first final response settles the
 * outcome; over UDP Timer K (T4) then absorbs its retransmissions.
 */
export class NonInviteClientTransaction {
  private current: ClientState = 'trying';
  private readonly running = new Set<TimerHandle>();
  private retransmitting: TimerHandle | undefined;
  private settle: (outcome: ClientOutcome) => void = () => {};
  /** Resolves once with how the request ended; never rejects. */
  readonly outcome: Promise<ClientOutcome>;

  constructor(
    readonly request: SipRequest,
    readonly target: SipPeer,
    private readonly context: ClientTransactionContext,
    private readonly onProvisional: (response: SipResponse) => void = () => {},
  ) {
    this.outcome = new Promise((resolve) => {
      this.settle = resolve;
    });
    this.transmit();
    if (target.transport === 'udp') this.retransmit(context.timers.t1);
    this.startTimer(64 * context.timers.t1, () => this.finish({ kind: 'timeout' }));
  }

  get state(): ClientState {
    return this.current;
  }

  /** A response whose branch and CSeq method match this transaction (RFC 3261 §17.1.3). */
  receive(response: SipResponse): void {
    if (this.current === 'completed' || this.current === 'terminated') return;
    if (response.status < 200) {
      this.current = 'proceeding';
      this.retransmitting?.cancel();
      if (this.target.transport === 'udp') this.retransmit(this.context.timers.t2);
      this.onProvisional(response);
      return;
    }
    this.current = 'completed';
    this.cancelTimers();
    this.settle({ kind: 'response', response });
    const timerK = this.target.transport === 'udp' ? this.context.timers.t4 : 0;
    if (timerK === 0) this.terminate();
    else this.startTimer(timerK, () => this.terminate());
  }

  private transmit(): void {
    this.context.sender.sendRequest(this.request, this.target, (reason) => {
      this.finish({ kind: 'transportError', reason });
    });
  }

  /** Timer E: the interval doubles up to T2 in Trying, and stays at T2 in Proceeding. */
  private retransmit(interval: number): void {
    this.retransmitting = this.startTimer(interval, () => {
      this.transmit();
      const next =
        this.current === 'proceeding' ? this.context.timers.t2 : Math.min(2 * interval, this.context.timers.t2);
      this.retransmit(next);
    });
  }

  private finish(outcome: ClientOutcome): void {
    if (this.current === 'completed' || this.current === 'terminated') return;
    this.settle(outcome);
    this.terminate();
  }

  private startTimer(delayMs: number, callback: () => void): TimerHandle {
    const handle = this.context.clock.setTimer(delayMs, () => {
      this.running.delete(handle);
      if (this.current !== 'terminated') callback();
    });
    this.running.add(handle);
    return {
      cancel: () => {
        handle.cancel();
        this.running.delete(handle);
      },
    };
  }

  private cancelTimers(): void {
    for (const handle of this.running) handle.cancel();
    this.running.clear();
  }

  private terminate(): void {
    if (this.current === 'terminated') return;
    this.current = 'terminated';
    this.cancelTimers();
    this.context.terminated();
  }
}
