import type { SdpParseError } from './sdpParseError.js';

/** Why the gateway cannot answer an offer. Each maps to 488 Not Acceptable Here with a Warning (RFC 3261 §20.43). */
export type OfferRejectionCode = 'no_common_codec' | 'no_audio' | 'incompatible_transport' | 'incompatible_address';

export interface SipWarning {
  readonly code: number;
  readonly text: string;
}

export interface OfferRejection {
  readonly code: OfferRejectionCode;
  readonly status: 488;
  readonly warning: SipWarning;
}

const WARNINGS: Readonly<Record<OfferRejectionCode, SipWarning>> = {
  incompatible_address: { code: 301, text: 'Incompatible network address formats' },
  incompatible_transport: { code: 302, text: 'Incompatible transport protocol' },
  no_audio: { code: 304, text: 'Media type not available' },
  no_common_codec: { code: 305, text: 'Incompatible media format' },
};

export function offerRejection(code: OfferRejectionCode): OfferRejection {
  return { code, status: 488, warning: WARNINGS[code] };
}

/** A body that is not readable SDP: 400 with a 399 warning naming the error code (never the input). */
export function sdpParseFailure(error: SdpParseError): { readonly status: 400; readonly warning: SipWarning } {
  return { status: 400, warning: { code: 399, text: `Malformed SDP (${error.code})` } };
}

/**
 * The value of a Warning header: `305 gateway.example.org "Incompatible media format"`.
 * `agent` is our host[:port] or a pseudonym token.
 */
export function formatWarningHeader(warning: SipWarning, agent: string): string {
  return `${warning.code} ${agent} "${warning.text.replace(/["\\\r\n]/g, '')}"`;
}
