/**
 * Typed failures of the media plane. Adapters map the SFU's own error codes onto these kinds,
 * so callers never see a Janus number.
 */
export type MediaErrorKind =
  /** Cannot reach the SFU, or it did not answer in time. */
  | 'unavailable'
  /** The room, publisher or subscriber is gone. */
  | 'notFound'
  /** The SFU refused the SDP or the negotiation state. */
  | 'negotiationFailed'
  /** A limit was reached (publishers per room, ...). */
  | 'limitReached'
  /** The request was malformed or not allowed (a bug on our side). */
  | 'invalidRequest'
  | 'internal';

export class MediaError extends Error {
  override readonly name = 'MediaError';
  constructor(
    readonly kind: MediaErrorKind,
    message: string,
    /** The SFU's own code, for logs only. */
    readonly sfuCode?: number,
  ) {
    super(message);
  }
}
