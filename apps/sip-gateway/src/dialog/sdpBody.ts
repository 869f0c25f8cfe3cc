import { type SipWarning, sdpParseFailure } from '../sdp/offerRejection.js';
import { parseSdp } from '../sdp/parseSdp.js';
import type { SessionDescription } from '../sdp/sdpTypes.js';
import { mediaTypeOf } from '../sip/ContentType.js';
import type { CoreHeaders } from '../sip/coreHeaders.js';

/** What the body of an INVITE, UPDATE or ACK holds for the offer/answer model. */
export type SdpBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'sdp'; readonly sdp: SessionDescription }
  /** 415 Unsupported Media Type with `Accept: application/sdp` (RFC 3261 §21.4.13). */
  | { readonly kind: 'unsupported' }
  /** 400 with a Warning naming the SDP error code, never the input. */
  | { readonly kind: 'malformed'; readonly warning: SipWarning };

/**
 * Reads an SDP body. An empty body is no offer, whatever the Content-Type says; a body without Content-Type, or
 * of another type (multipart included: the gateway does not take it), is unsupported.
 */
export function readSdpBody(body: Uint8Array, core: Pick<CoreHeaders, 'contentType'>): SdpBody {
  if (body.byteLength === 0) return { kind: 'none' };
  if (core.contentType === undefined || mediaTypeOf(core.contentType) !== 'application/sdp') {
    return { kind: 'unsupported' };
  }
  const parsed = parseSdp(body);
  if (!parsed.ok) return { kind: 'malformed', warning: sdpParseFailure(parsed.error).warning };
  return { kind: 'sdp', sdp: parsed.value };
}
