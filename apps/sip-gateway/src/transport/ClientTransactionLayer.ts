import { randomBytes } from 'node:crypto';
import { getCSeq } from '../sip/CSeq.js';
import { hostFromAddress } from '../sip/host.js';
import { withoutHeader } from '../sip/SipHeaders.js';
import type { SipRequest, SipResponse } from '../sip/SipMessage.js';
import { branchMagicCookie, topViaOf } from '../sip/Via.js';
import { type Clock, systemClock } from './Clock.js';
import type { SipPeer } from './IncomingSipRequest.js';
import { NonInviteClientTransaction } from './NonInviteClientTransaction.js';
import type { SipRequestSender } from './SipTransport.js';
import { defaultSipTimers, type SipTimers } from './sipTimers.js';

export interface ClientTransactionOptions {
  /** Our address as it goes into Via's sent-by: the listening host (not 0.0.0.0) and port. */
  readonly sentBy: { readonly host: string; readonly port: number };
  readonly clock?: Clock;
  readonly timers?: Partial<SipTimers>;
}

/** A new branch: the magic cookie and 96 random bits, so that nobody can forge a response to our request. */
export function newBranch(): string {
  return `${branchMagicCookie}${randomBytes(12).toString('hex')}`;
}

/**
 * The UAC core's transaction layer for non-INVITE requests (RFC 3261 §17.1.2, §17.1.3, §18.1): stamps each request
 * with our Via (a fresh unguessable branch, `rport` as RFC 3581 asks, the transport in use), sends it through the
 * transport and matches responses to it by branch and CSeq method. Responses that match nothing are dropped
 * (RFC 3261 §18.1.2). INVITE client transactions are not built: the gateway never calls out or re-INVITEs.
 */
export class ClientTransactionLayer {
  private readonly transactions = new Map<string, NonInviteClientTransaction>();
  private readonly clock: Clock;
  private readonly timers: SipTimers;

  constructor(
    private readonly sender: SipRequestSender,
    private readonly options: ClientTransactionOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.timers = { ...defaultSipTimers, ...options.timers };
  }

  /** Open transactions (for tests and metrics). */
  get size(): number {
    return this.transactions.size;
  }

  /**
   * Sends a non-INVITE request (BYE, REGISTER, OPTIONS, INFO, UPDATE, …). Any Via in `request` is replaced by ours.
   * The returned transaction's `outcome` settles with the final response, a timeout or a transport error.
   * Throws for INVITE and ACK, which are not client transactions of this kind (a programming error).
   */
  send(
    request: SipRequest,
    target: SipPeer,
    onProvisional?: (response: SipResponse) => void,
  ): NonInviteClientTransaction {
    if (request.method === 'INVITE' || request.method === 'ACK') {
      throw new Error(`${request.method} is not sent through a non-INVITE client transaction`);
    }
    const branch = newBranch();
    const { host, port } = this.options.sentBy;
    const via = `SIP/2.0/${target.transport.toUpperCase()} ${hostFromAddress(host)}:${port};branch=${branch};rport`;
    const stamped: SipRequest = {
      ...request,
      headers: [{ name: 'Via', value: via }, ...withoutHeader(request.headers, 'Via')],
    };
    const key = `${branch}|${request.method}`;
    const transaction = new NonInviteClientTransaction(
      stamped,
      target,
      {
        clock: this.clock,
        timers: this.timers,
        sender: this.sender,
        terminated: () => {
          if (this.transactions.get(key) === transaction) this.transactions.delete(key);
        },
      },
      onProvisional,
    );
    if (transaction.state !== 'terminated') this.transactions.set(key, transaction);
    return transaction;
  }

  /** Give this to `SipTransport.setResponseListener`. */
  readonly receive = (response: SipResponse, _source: SipPeer): void => {
    const via = topViaOf(response);
    const cseq = getCSeq(response);
    if (!via.ok || !cseq.ok || via.value.branch === undefined) return;
    this.transactions.get(`${via.value.branch}|${cseq.value.method}`)?.receive(response);
  };
}
