import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import { getContacts } from '../sip/Contact.js';
import type { CoreHeaders } from '../sip/coreHeaders.js';
import { withParam } from '../sip/HeaderParams.js';
import { hostAddress } from '../sip/host.js';
import { formatNameAddr, type NameAddr, parseNameAddr } from '../sip/NameAddr.js';
import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import { headerValues } from '../sip/SipHeaders.js';
import type { SipHeader, SipRequest } from '../sip/SipMessage.js';
import { parseSipUri, uriParam } from '../sip/SipUri.js';
import type { SipPeer } from '../transport/IncomingSipRequest.js';

/**
 * The state of a dialog on the UAS side (RFC 3261 §12.1.1): Call-ID and tags name it, the route set comes from the
 * INVITE's Record-Route (in order), the remote target from its Contact. The local CSeq starts at a random number
 * below 2^31 (§8.1.1.5); the remote one is the INVITE's and only grows (§12.2.2).
 */
export class Dialog {
  private localSeq = randomInt(1, 2 ** 31);

  private constructor(
    readonly callId: string,
    readonly localTag: string,
    readonly remoteTag: string,
    /** Our address of record (the INVITE's To) and the caller's (its From), without tags. */
    private readonly local: NameAddr,
    private readonly remote: NameAddr,
    private remoteTarget: string,
    private readonly routeSet: readonly string[],
    private remoteSeq: number,
    /** Where the INVITE came from: the next hop when the route set or target names a host we do not resolve. */
    readonly source: SipPeer,
  ) {}

  /** The dialog an INVITE creates once we send a 1xx or 2xx with `localTag`; fails without a usable Contact. */
  static fromInvite(
    request: SipRequest,
    core: CoreHeaders,
    localTag: string,
    source: SipPeer,
  ): ParseResult<Dialog, string> {
    const contacts = getContacts(request);
    if (!contacts.ok || contacts.value.kind !== 'list' || contacts.value.contacts.length !== 1) {
      return fail('INVITE needs exactly one Contact');
    }
    const [contact] = contacts.value.contacts;
    if (contact === undefined) return fail('INVITE needs exactly one Contact');
    const routes = headerValues(request, 'Record-Route');
    if (!routes.every((route) => parseNameAddr(route).ok)) return fail('invalid Record-Route');
    const strip = (value: NameAddr): NameAddr => ({ ...value, params: value.params.filter((p) => p.name !== 'tag') });
    return ok(
      new Dialog(
        core.callId,
        localTag,
        core.from.tag ?? '',
        strip(core.to),
        strip(core.from),
        contact.uri,
        routes,
        core.cseq.seq,
        source,
      ),
    );
  }

  /** The key in-dialog requests are found by: Call-ID, our tag (their To), their tag (their From). */
  get key(): string {
    return dialogKey(this.callId, this.localTag, this.remoteTag);
  }

  /**
   * Takes the CSeq of a new in-dialog request: false (answer 500) when it is not above the last one, which means
   * the request is out of order (RFC 3261 §12.2.2). ACK and CANCEL do not come here.
   */
  acceptRemoteSeq(seq: number): boolean {
    if (seq <= this.remoteSeq) return false;
    this.remoteSeq = seq;
    return true;
  }

  /** A target refresh (re-INVITE, UPDATE) may bring a new Contact (RFC 3261 §12.2.2). */
  refreshTarget(request: SipRequest): void {
    const contacts = getContacts(request);
    if (!contacts.ok || contacts.value.kind !== 'list') return;
    const [contact] = contacts.value.contacts;
    if (contact !== undefined && contacts.value.contacts.length === 1) this.remoteTarget = contact.uri;
  }

  /**
   * A request inside the dialog (RFC 3261 §12.2.1.1): Request-URI and Route from the route set (loose routing when
   * the first route has `lr`, else strict), From with our tag, To with theirs, the next local CSeq.
   */
  request(method: string, headers: readonly SipHeader[] = [], body: Uint8Array = new Uint8Array()): SipRequest {
    this.localSeq += 1;
    const [first, ...rest] = this.routeSet;
    let uri = this.remoteTarget;
    let routes = [...this.routeSet];
    if (first !== undefined && !isLooseRoute(first)) {
      const parsed = parseNameAddr(first);
      uri = parsed.ok ? parsed.value.uri : this.remoteTarget;
      routes = [...rest, `<${this.remoteTarget}>`];
    }
    const from = formatNameAddr({ ...this.local, params: withParam(this.local.params, 'tag', this.localTag) });
    const to = formatNameAddr({ ...this.remote, params: withParam(this.remote.params, 'tag', this.remoteTag) });
    return {
      kind: 'request',
      method,
      uri,
      headers: [
        ...routes.map((value) => ({ name: 'Route', value })),
        { name: 'Max-Forwards', value: '70' },
        { name: 'From', value: from },
        { name: 'To', value: to },
        { name: 'Call-ID', value: this.callId },
        { name: 'CSeq', value: `${this.localSeq} ${method}` },
        ...headers,
      ],
      body,
    };
  }

  /**
   * Where in-dialog requests go: the first route, else the remote target, when its host is an address; otherwise
   * (a host name, which the gateway does not resolve) the address the INVITE came from. The transport follows
   * `transport=tcp` in that URI, else the one the INVITE came over.
   */
  nextHop(): SipPeer {
    const [first] = this.routeSet;
    const parsedRoute = first === undefined ? undefined : parseNameAddr(first);
    const uriText = parsedRoute?.ok ? parsedRoute.value.uri : this.remoteTarget;
    const uri = parseSipUri(uriText);
    if (!uri.ok) return this.source;
    const transportParam = uriParam(uri.value, 'transport')?.value?.toLowerCase();
    const transport = transportParam === 'tcp' ? 'tcp' : transportParam === 'udp' ? 'udp' : this.source.transport;
    const address = hostAddress(uri.value.host);
    if (isIP(address) === 0) return { ...this.source, transport };
    return { transport, address, port: uri.value.port ?? 5060 };
  }
}

export function dialogKey(callId: string, localTag: string, remoteTag: string): string {
  return `${callId}|${localTag}|${remoteTag}`;
}

function isLooseRoute(route: string): boolean {
  const parsed = parseNameAddr(route);
  if (!parsed.ok) return true;
  const uri = parseSipUri(parsed.value.uri);
  return !uri.ok || uriParam(uri.value, 'lr') !== undefined;
}
