import { buildResponse, type ResponseOptions } from '../sip/buildResponse.js';
import type { CoreHeaders } from '../sip/coreHeaders.js';
import type { SipRequest, SipResponse } from '../sip/SipMessage.js';
import { type Clock, systemClock } from './Clock.js';
import type { IncomingSipRequest, SipPeer } from './IncomingSipRequest.js';
import { InviteServerTransaction } from './InviteServerTransaction.js';
import { NonInviteServerTransaction } from './NonInviteServerTransaction.js';
import { defaultSipTimers, type SipTimers } from './sipTimers.js';
import { acceptedInviteKey, serverTransactionKey } from './transactionKey.js';

/** A request handed to the call layer, with the way to answer it inside its server transaction. */
export interface ServerRequest {
  readonly request: SipRequest;
  readonly core: CoreHeaders;
  readonly source: SipPeer;
  /** The To tag every response of this transaction carries (the local tag of a dialog it creates). */
  readonly toTag: string;
  /** Sends a response; undefined (and nothing sent) once a final response has gone out. */
  respond(status: number, options?: ResponseOptions): SipResponse | undefined;
}

export interface InviteRequest extends ServerRequest {
  /** Set when a CANCEL came before the final response; 487 has been sent already. */
  onCancel: (() => void) | undefined;
}

export interface SipAck {
  readonly request: SipRequest;
  readonly core: CoreHeaders;
  readonly source: SipPeer;
}

/** The call/dialog layer. Every callback may be left out: INVITE and other methods then get 405. */
export interface ServerHandler {
  /** 100 Trying has been sent; answer with `respond` (1xx any number of times, then one final response). */
  readonly onInvite?: (invite: InviteRequest) => void;
  /** BYE, INFO and the other `methods` that are neither INVITE, ACK, CANCEL nor OPTIONS. */
  readonly onRequest?: (request: ServerRequest) => void;
  /** An ACK for a 2xx (the dialog is confirmed), or an ACK that matches no transaction (e.g. in a dialog). */
  readonly onAck?: (ack: SipAck) => void;
  /** A final response to an INVITE got no ACK within 64·T1; after a 2xx the dialog should send BYE. */
  readonly onAckTimeout?: (invite: ServerRequest) => void;
}

export interface ServerTransactionOptions {
  readonly clock?: Clock;
  readonly timers?: Partial<SipTimers>;
  /** The methods the handler implements; default INVITE, ACK, BYE, CANCEL, OPTIONS, INFO. */
  readonly methods?: readonly string[];
  /** Accept header of the OPTIONS answer; default application/sdp. */
  readonly accept?: readonly string[];
  /** Supported option tags (the header is left out when empty); default none. */
  readonly supported?: readonly string[];
  /** Open transactions at most; beyond, requests get 503 with Retry-After. Default 10,000. */
  readonly maxTransactions?: number;
  /** A handler that threw in a timer callback. Default: nothing. */
  readonly log?: (event: string) => void;
}

/** Methods of RFC 3261 and its common extensions: the gateway knows them, so it answers 405 instead of 501. */
const knownMethods = new Set([
  'INVITE',
  'ACK',
  'BYE',
  'CANCEL',
  'OPTIONS',
  'REGISTER',
  'INFO',
  'PRACK',
  'UPDATE',
  'SUBSCRIBE',
  'NOTIFY',
  'PUBLISH',
  'MESSAGE',
  'REFER',
]);

const defaultMethods = ['INVITE', 'ACK', 'BYE', 'CANCEL', 'OPTIONS', 'INFO'];

/**
 * The UAS core's transaction layer (RFC 3261 §17.2, §8.2, §9.2): feeds requests from `SipTransport` into INVITE and
 * non-INVITE server transactions, absorbs retransmissions, matches ACK and CANCEL, answers OPTIONS itself, and refuses
 * methods it does not implement (405 with Allow) or does not know (501).
 */
export class ServerTransactionLayer {
  private readonly transactions = new Map<string, InviteServerTransaction | NonInviteServerTransaction>();
  /** INVITE transactions that sent a 2xx, by the key their ACK (which has a branch of its own) carries. */
  private readonly accepted = new Map<string, InviteServerTransaction>();
  /** Calls the InviteRequest's onCancel, which the handler may set at any time. */
  private readonly cancelListeners = new WeakMap<InviteServerTransaction, () => void>();
  private readonly clock: Clock;
  private readonly timers: SipTimers;
  private readonly methods: ReadonlySet<string>;

  constructor(
    private readonly handler: ServerHandler,
    private readonly options: ServerTransactionOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.timers = { ...defaultSipTimers, ...options.timers };
    this.methods = new Set(options.methods ?? defaultMethods);
  }

  /** Open transactions (for tests and metrics). */
  get size(): number {
    return this.transactions.size;
  }

  /** Give this to `SipTransport.listen`. */
  readonly receive = (incoming: IncomingSipRequest): void => {
    const { request, core } = incoming;
    if (request.method === 'ACK') {
      this.receiveAck(incoming);
      return;
    }
    const key = serverTransactionKey(core, request.method);
    const existing = this.transactions.get(key);
    if (existing !== undefined) {
      existing.retransmission();
      return;
    }
    if (this.transactions.size >= (this.options.maxTransactions ?? 10_000)) {
      incoming.send(buildResponse(request, 503, { headers: [{ name: 'Retry-After', value: '5' }] }));
      return;
    }
    if (request.method === 'INVITE' && this.methods.has('INVITE') && this.handler.onInvite !== undefined) {
      this.startInvite(key, incoming, this.handler.onInvite);
      return;
    }
    const transaction = new NonInviteServerTransaction(
      incoming,
      this.context(() => this.forget(key, transaction)),
    );
    this.transactions.set(key, transaction);
    this.dispatch(transaction);
  };

  private dispatch(transaction: NonInviteServerTransaction): void {
    const { method } = transaction.incoming.request;
    if (method === 'CANCEL') {
      this.cancel(transaction);
      return;
    }
    if (method === 'OPTIONS') return void transaction.respond(200, { headers: this.capabilities() });
    const onRequest = this.handler.onRequest;
    if (this.methods.has(method) && method !== 'INVITE' && onRequest !== undefined) {
      onRequest(this.serverRequest(transaction));
      return;
    }
    if (knownMethods.has(method)) {
      return void transaction.respond(405, { headers: [{ name: 'Allow', value: this.allowed().join(', ') }] });
    }
    transaction.respond(501);
  }

  private startInvite(key: string, incoming: IncomingSipRequest, onInvite: (invite: InviteRequest) => void): void {
    const transaction: InviteServerTransaction = new InviteServerTransaction(
      incoming,
      this.context(() => this.forget(key, transaction)),
      { ackTimeout: (timedOut) => this.safely(() => this.handler.onAckTimeout?.(this.serverRequest(timedOut))) },
    );
    this.transactions.set(key, transaction);
    const invite: InviteRequest = {
      ...this.serverRequest(transaction),
      respond: (status, options) => {
        const response = transaction.respond(status, options);
        if (response !== undefined && status >= 200 && status < 300) {
          this.accepted.set(acceptedInviteKey(incoming.core), transaction);
        }
        return response;
      },
      onCancel: undefined,
    };
    this.cancelListeners.set(transaction, () => invite.onCancel?.());
    onInvite(invite);
  }

  /** RFC 3261 §9.2: 200 to the CANCEL, and 487 to the INVITE when it is still unanswered; 481 without one. */
  private cancel(transaction: NonInviteServerTransaction): void {
    const invite = this.transactions.get(serverTransactionKey(transaction.incoming.core, 'INVITE'));
    if (!(invite instanceof InviteServerTransaction)) return void transaction.respond(481);
    transaction.respond(200, { toTag: invite.toTag });
    if (invite.cancel()) this.cancelListeners.get(invite)?.();
  }

  private receiveAck(incoming: IncomingSipRequest): void {
    const invite = this.transactions.get(serverTransactionKey(incoming.core, 'ACK'));
    if (invite instanceof InviteServerTransaction && invite.state !== 'accepted') {
      invite.ack();
      return;
    }
    const accepted = this.accepted.get(acceptedInviteKey(incoming.core));
    // A repeated ACK for a 2xx (the UAC saw the 2xx twice) is absorbed; one matching nothing goes to the handler.
    if (accepted !== undefined && !accepted.ack()) return;
    this.handler.onAck?.({ request: incoming.request, core: incoming.core, source: incoming.source });
  }

  private serverRequest(transaction: InviteServerTransaction | NonInviteServerTransaction): ServerRequest {
    const { request, core, source } = transaction.incoming;
    return {
      request,
      core,
      source,
      toTag: transaction.toTag,
      respond: (status, options) => transaction.respond(status, options),
    };
  }

  private forget(key: string, transaction: InviteServerTransaction | NonInviteServerTransaction): void {
    if (this.transactions.get(key) === transaction) this.transactions.delete(key);
    if (transaction instanceof InviteServerTransaction) {
      const acceptedKey = acceptedInviteKey(transaction.incoming.core);
      if (this.accepted.get(acceptedKey) === transaction) this.accepted.delete(acceptedKey);
    }
  }

  private context(terminated: () => void) {
    return { clock: this.clock, timers: this.timers, terminated };
  }

  /** Timer callbacks run outside the transport's guard: a throwing handler must not crash the process. */
  private safely(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.options.log?.(`handler failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The configured methods, without INVITE when no handler takes it. */
  private allowed(): string[] {
    return [...this.methods].filter((method) => method !== 'INVITE' || this.handler.onInvite !== undefined);
  }

  /** Allow, Accept and Supported for an OPTIONS answer (RFC 3261 §11.2). */
  private capabilities() {
    const headers = [
      { name: 'Allow', value: this.allowed().join(', ') },
      { name: 'Accept', value: (this.options.accept ?? ['application/sdp']).join(', ') },
    ];
    const supported = this.options.supported ?? [];
    if (supported.length > 0) headers.push({ name: 'Supported', value: supported.join(', ') });
    return headers;
  }
}
