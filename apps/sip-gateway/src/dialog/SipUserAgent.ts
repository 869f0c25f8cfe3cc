import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { formatWarningHeader } from '../sdp/offerRejection.js';
import { hostAddress, hostFromAddress } from '../sip/host.js';
import { headerValues } from '../sip/SipHeaders.js';
import type { SipHeader } from '../sip/SipMessage.js';
import { parseSipUri, unescapeUriPart, uriParam } from '../sip/SipUri.js';
import { ClientTransactionLayer } from '../transport/ClientTransactionLayer.js';
import { type Clock, systemClock } from '../transport/Clock.js';
import type { SipPeer, SipTransportName } from '../transport/IncomingSipRequest.js';
import {
  type InviteRequest,
  type ServerRequest,
  ServerTransactionLayer,
  type SipAck,
} from '../transport/ServerTransactionLayer.js';
import { SipTransport, type SipTransportOptions } from '../transport/SipTransport.js';
import type { SipTimers } from '../transport/sipTimers.js';
import { type CallEnvironment, CallSession } from './CallSession.js';
import { Dialog, dialogKey } from './Dialog.js';
import type { InboundCall } from './InboundCall.js';
import { Registration, type RegistrationOptions, type RegistrationStatus } from './Registration.js';
import { readSdpBody } from './sdpBody.js';
import {
  defaultSessionTimerPolicy,
  negotiateSessionTimer,
  type SessionTimerPolicy,
  sessionTimerHeaders,
} from './sessionTimer.js';

export interface SipUserAgentOptions {
  /** Address, port, peer allow-list, refusal policy, limits. The registrar's address is added to the allow-list. */
  readonly transport: SipTransportOptions;
  /** The address written into Contact and Via; default the listening host, which must then not be a wildcard. */
  readonly advertisedHost?: string;
  readonly clock?: Clock;
  readonly timers?: Partial<SipTimers>;
  /** User-Agent of our requests and Server of our responses; default `Plenum`. */
  readonly userAgent?: string;
  /** Calls at the same time; further INVITEs get 486 Busy Here. Default 100. */
  readonly maxCalls?: number;
  readonly sessionTimers?: Partial<SessionTimerPolicy>;
  /** Register to a trunk; without it, calls are taken from the allow-listed peers only. */
  readonly registration?: RegistrationOptions;
  readonly onRegistrationStatus?: (status: RegistrationStatus) => void;
  /** A new call: answer, ring, or reject it. It waits (the caller hears nothing more) until one of them. */
  readonly onCall: (call: InboundCall) => void;
  /** How long `stop()` waits for the answers to its BYEs and its un-REGISTER; default 2 s. */
  readonly stopTimeoutMs?: number;
  /** Lines for the operator: call ids, status codes, reasons; never numbers, names or credentials. */
  readonly log?: (event: string) => void;
}

const allowedMethods = ['INVITE', 'ACK', 'BYE', 'CANCEL', 'OPTIONS', 'INFO', 'UPDATE'];
const supportedOptions = ['timer'];

/**
 * The gateway's SIP user agent: a UAS for inbound calls (RFC 3261 dialogs, re-INVITE and UPDATE, INFO DTMF, RFC 4028
 * session timers) on top of the transport and transaction layers, and optionally a UAC that keeps a registration
 * at a trunk. Out-of-dialog requests other than INVITE and OPTIONS get 481 (BYE, INFO, UPDATE) or 405.
 */
export class SipUserAgent {
  private readonly clock: Clock;
  private readonly calls = new Map<string, CallSession>();
  private readonly server: ServerTransactionLayer;
  private readonly policy: SessionTimerPolicy;
  private transport: SipTransport | undefined;
  private client: ClientTransactionLayer | undefined;
  private registration: Registration | undefined;
  private contactHost = '';

  constructor(private readonly options: SipUserAgentOptions) {
    this.clock = options.clock ?? systemClock;
    this.policy = { ...defaultSessionTimerPolicy, ...options.sessionTimers };
    this.server = new ServerTransactionLayer(
      {
        onInvite: (invite) => this.receiveInvite(invite),
        onRequest: (request) => this.receiveInDialog(request),
        onAck: (ack) => this.receiveAck(ack),
        onAckTimeout: (invite) =>
          this.callFor(invite.core.callId, invite.core.to.tag ?? invite.toTag, invite.core.from.tag)?.ackTimedOut(
            invite.core.cseq.seq,
          ),
      },
      {
        clock: this.clock,
        ...(options.timers === undefined ? {} : { timers: options.timers }),
        methods: allowedMethods,
        supported: supportedOptions,
        ...(options.log === undefined ? {} : { log: options.log }),
      },
    );
  }

  /** Calls that have not ended. */
  get activeCalls(): number {
    return this.calls.size;
  }

  /** The registration's state, or undefined without one. */
  get registrationStatus(): RegistrationStatus | undefined {
    return this.registration?.status;
  }

  /** Binds UDP and TCP (one port) and starts registering; rejects when the port or the registrar is unusable. */
  async start(): Promise<{ readonly udp: number; readonly tcp: number }> {
    const registrar =
      this.options.registration === undefined ? undefined : await resolveRegistrar(this.options.registration);
    const allow = [...(this.options.transport.allow ?? ['127.0.0.1', '::1'])];
    if (registrar !== undefined) allow.push(registrar.address);
    const transport = await SipTransport.listen({ ...this.options.transport, allow }, this.server.receive);
    this.transport = transport;
    const host = this.options.advertisedHost ?? transport.host;
    if (host === '0.0.0.0' || host === '::') {
      await transport.close();
      throw new Error('advertisedHost is needed when listening on a wildcard address');
    }
    this.contactHost = hostFromAddress(host);
    const client = new ClientTransactionLayer(transport, {
      sentBy: { host, port: transport.port },
      clock: this.clock,
      ...(this.options.timers === undefined ? {} : { timers: this.options.timers }),
    });
    this.client = client;
    transport.setResponseListener(client.receive);
    const registration = this.options.registration;
    if (registration !== undefined && registrar !== undefined) {
      const transportParam = registrar.transport === 'tcp' ? ';transport=tcp' : '';
      this.registration = new Registration(registration, {
        clock: this.clock,
        target: registrar,
        contact: `sip:${registration.user}@${this.contactHost}:${transport.port}${transportParam}`,
        headers: this.commonHeaders('User-Agent'),
        send: (request) => client.send(request, registrar),
        onStatus: (status) => this.options.onRegistrationStatus?.(status),
        log: (event) => this.log(event),
      });
      this.registration.start();
    }
    return { udp: transport.port, tcp: transport.port };
  }

  /**
   * Ends every call (BYE when answered, 480 before; `onEnded('shutdown')`), removes the registration, waits up to
   * `stopTimeoutMs` for the answers, and closes the sockets.
   */
  async stop(): Promise<void> {
    const calls = [...this.calls.values()];
    for (const call of calls) call.shutdown();
    const pending = [...calls.map((call) => call.settled), this.registration?.stop() ?? Promise.resolve()];
    await new Promise<void>((resolve) => {
      const timer = this.clock.setTimer(this.options.stopTimeoutMs ?? 2000, resolve);
      void Promise.allSettled(pending).then(() => {
        timer.cancel();
        resolve();
      });
    });
    await this.transport?.close();
    this.transport = undefined;
  }

  private receiveInvite(invite: InviteRequest): void {
    const { core, request } = invite;
    if (core.to.tag !== undefined) {
      const call = this.callFor(core.callId, core.to.tag, core.from.tag);
      if (call === undefined) return void invite.respond(481);
      if (!call.dialog.acceptRemoteSeq(core.cseq.seq)) return void invite.respond(500, { reason: 'CSeq Out of Order' });
      call.reinvite(invite);
      return;
    }
    const unsupported = headerValues(request, 'Require').filter((tag) => !supportedOptions.includes(tag.toLowerCase()));
    if (unsupported.length > 0) {
      return void invite.respond(420, { headers: [{ name: 'Unsupported', value: unsupported.join(', ') }] });
    }
    if (this.calls.size >= (this.options.maxCalls ?? 100)) return void invite.respond(486);
    const body = readSdpBody(request.body, core);
    if (body.kind === 'unsupported') {
      return void invite.respond(415, { headers: [{ name: 'Accept', value: 'application/sdp' }] });
    }
    if (body.kind === 'malformed') {
      const warning = formatWarningHeader(body.warning, this.warningAgent());
      return void invite.respond(400, { headers: [{ name: 'Warning', value: warning }] });
    }
    const peerAllowsUpdate = headerValues(request, 'Allow').some((method) => method.toUpperCase() === 'UPDATE');
    const timer = negotiateSessionTimer(request, this.policy, peerAllowsUpdate);
    if (!timer.ok) return void invite.respond(400, { reason: timer.error });
    if (timer.value.kind === 'tooSmall') return void invite.respond(422, { headers: sessionTimerHeaders(timer.value) });
    const dialog = Dialog.fromInvite(request, core, invite.toTag, invite.source);
    if (!dialog.ok) return void invite.respond(400, { reason: dialog.error });
    const identity = {
      caller: userOf(core.from.uri),
      dialled: userOf(request.uri),
      offer: body.kind === 'sdp' ? body.sdp : null,
      peerAllowsUpdate,
    };
    const call = new CallSession(
      dialog.value,
      invite,
      identity,
      timer.value,
      this.environment(invite.source.transport),
    );
    this.calls.set(dialog.value.key, call);
    this.log(`call ${call.id} offered over ${invite.source.transport}`);
    try {
      this.options.onCall(call);
    } catch (error) {
      this.log(`call ${call.id}: onCall failed: ${error instanceof Error ? error.message : String(error)}`);
      call.reject(500);
    }
  }

  /** BYE, INFO and UPDATE: only inside a dialog (481 otherwise), and in CSeq order (500 otherwise). */
  private receiveInDialog(request: ServerRequest): void {
    const { core } = request;
    const call = core.to.tag === undefined ? undefined : this.callFor(core.callId, core.to.tag, core.from.tag);
    if (call === undefined) return void request.respond(481);
    if (!call.dialog.acceptRemoteSeq(core.cseq.seq)) return void request.respond(500, { reason: 'CSeq Out of Order' });
    switch (request.request.method) {
      case 'BYE':
        call.byeReceived(request);
        return;
      case 'INFO':
        call.info(request);
        return;
      case 'UPDATE':
        call.update(request);
        return;
      default:
        request.respond(405, { headers: [{ name: 'Allow', value: allowedMethods.join(', ') }] });
    }
  }

  private receiveAck(ack: SipAck): void {
    const { core } = ack;
    if (core.to.tag === undefined) return;
    this.callFor(core.callId, core.to.tag, core.from.tag)?.acknowledged(ack);
  }

  private callFor(callId: string, localTag: string, remoteTag: string | undefined): CallSession | undefined {
    return this.calls.get(dialogKey(callId, localTag, remoteTag ?? ''));
  }

  private environment(transportName: SipTransportName): CallEnvironment {
    const contactHeader: SipHeader = { name: 'Contact', value: `<${this.contactUri(transportName)}>` };
    return {
      clock: this.clock,
      responseHeaders: [contactHeader, ...this.commonHeaders('Server')],
      requestHeaders: [contactHeader, ...this.commonHeaders('User-Agent')],
      sessionTimers: this.policy,
      warningAgent: this.warningAgent(),
      send: (request, dialog) => {
        const client = this.client;
        if (client === undefined) throw new Error('the user agent is not started');
        const viaSource = dialog.source.transport === 'tcp' && this.transport?.hasConnection(dialog.source);
        const target: SipPeer = viaSource ? dialog.source : dialog.nextHop();
        return client.send(request, target);
      },
      log: (event) => this.log(event),
      ended: (call) => {
        if (this.calls.get(call.dialog.key) === call) this.calls.delete(call.dialog.key);
      },
    };
  }

  private contactUri(transportName: SipTransportName): string {
    const port = this.transport?.port ?? 0;
    return `sip:${this.contactHost}:${port}${transportName === 'tcp' ? ';transport=tcp' : ''}`;
  }

  private commonHeaders(agentHeader: 'User-Agent' | 'Server'): SipHeader[] {
    return [
      { name: 'Allow', value: allowedMethods.join(', ') },
      { name: 'Supported', value: supportedOptions.join(', ') },
      { name: agentHeader, value: this.options.userAgent ?? 'Plenum' },
    ];
  }

  private warningAgent(): string {
    return `${this.contactHost}:${this.transport?.port ?? 0}`;
  }

  private log(event: string): void {
    this.options.log?.(event);
  }
}

/** The user part of a sip:/sips: URI, or the number of a tel: URI, unescaped; null when there is none. */
export function userOf(uri: string): string | null {
  const tel = /^tel:([^;]+)/i.exec(uri);
  if (tel !== null) return unescapeUriPart(tel[1] ?? '') ?? null;
  const parsed = parseSipUri(uri);
  if (!parsed.ok || parsed.value.user === undefined) return null;
  return unescapeUriPart(parsed.value.user) ?? null;
}

/** The registrar's address: an IP literal as it is, a name looked up once at start (no SRV/NAPTR, RFC 3263). */
async function resolveRegistrar(options: RegistrationOptions): Promise<SipPeer> {
  const uri = parseSipUri(options.registrar);
  if (!uri.ok) throw new Error(`registrar is not a SIP URI: ${uri.error}`);
  const host = hostAddress(uri.value.host);
  const address = isIP(host) === 0 ? (await lookup(host)).address : host;
  const transport = uriParam(uri.value, 'transport')?.value?.toLowerCase() === 'tcp' ? 'tcp' : 'udp';
  return { transport, address, port: uri.value.port ?? 5060 };
}
