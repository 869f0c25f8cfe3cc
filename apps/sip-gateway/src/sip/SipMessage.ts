/**
 * A SIP message (RFC 3261 §7) as plain data. Header values are kept as received (folded lines joined with one space,
 * surrounding whitespace trimmed) in their original order; names are canonical (`v` becomes `Via`). Typed views of
 * single headers come from the accessor functions next to each header's grammar (Via.ts, NameAddr.ts, CSeq.ts, …).
 */
export interface SipHeader {
  readonly name: string;
  readonly value: string;
}

export interface SipRequest {
  readonly kind: 'request';
  /** A token, case-sensitive (RFC 3261 §7.1); unknown methods are kept as they are. */
  readonly method: string;
  /** The Request-URI as written; `parseSipUri` reads sip:/sips: URIs. */
  readonly uri: string;
  readonly headers: readonly SipHeader[];
  readonly body: Uint8Array;
}

export interface SipResponse {
  readonly kind: 'response';
  readonly status: number;
  readonly reason: string;
  readonly headers: readonly SipHeader[];
  readonly body: Uint8Array;
}

export type SipMessage = SipRequest | SipResponse;

export const sipVersion = 'SIP/2.0';
