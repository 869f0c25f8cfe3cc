import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import type { MediaConfig } from '../sdp/mediaConfig.js';
import type { NegotiatedAudio } from '../sdp/negotiatedAudio.js';
import type { OfferRejection } from '../sdp/offerRejection.js';
import type { SessionDescription } from '../sdp/sdpTypes.js';

/**
 * Why a call ended; reported exactly once per call through `onEnded`.
 * - `remoteBye`: the caller hung up (BYE, also in an early dialog).
 * - `localBye`: `hangup()` (BYE when answered, 487 before).
 * - `cancelled`: the caller gave up before the answer (CANCEL).
 * - `rejected`: `reject()`, or `answer()` found no usable audio in the offer (488).
 * - `ackTimeout`: the 2xx was never acknowledged (Timer H); a BYE was sent.
 * - `sessionExpired`: no session refresh came in time (RFC 4028), or our own refresh failed; a BYE was sent.
 * - `mediaFailed`: the answer in the ACK (late offer) was unusable; a BYE was sent.
 * - `transportError`: an in-dialog request could not be sent, or got 408/481 (the dialog is gone at the peer).
 * - `shutdown`: the user agent stopped; a BYE was sent (or 480 before the answer).
 */
export type CallEndReason =
  | 'remoteBye'
  | 'localBye'
  | 'cancelled'
  | 'rejected'
  | 'ackTimeout'
  | 'sessionExpired'
  | 'mediaFailed'
  | 'transportError'
  | 'shutdown';

/**
 * What `answer()` did:
 * - `answered`: 200 OK with our SDP answer went out; `audio` is the negotiated stream.
 * - `offered`: the INVITE had no SDP (late offer), so our 200 OK carries an offer; the negotiated stream comes with
 *   the ACK through `onMedia` (or the call ends with `mediaFailed`).
 * - `rejected`: no audio stream could be accepted; 488 with a Warning went out and the call is over.
 * - `ended`: the call was no longer waiting for an answer (cancelled, rejected, answered before).
 */
export type AnswerResult =
  | { readonly kind: 'answered'; readonly audio: NegotiatedAudio }
  | { readonly kind: 'offered' }
  | { readonly kind: 'rejected'; readonly rejection: OfferRejection }
  | { readonly kind: 'ended' };

/**
 * One inbound call (a UAS dialog, RFC 3261 §12–15) as the call flow sees it. Methods never throw and do nothing
 * once the call has ended. The `on…` callbacks are set by the receiver; they start as no-ops.
 */
export interface InboundCall {
  /** Opaque and unguessable, for logs and metrics; never the Call-ID and never the caller's number. */
  readonly id: string;
  /** The user part of the From URI (or the number of a tel: URI), unescaped: personal data, never to be logged. */
  readonly caller: string | null;
  /** The user part of the Request-URI, unescaped: the number that was dialled. */
  readonly dialled: string | null;
  /** The caller's SDP offer; `null` for a late offer (an INVITE without SDP). */
  readonly offer: SessionDescription | null;
  /** Whether the call has ended (after `onEnded` was called). */
  readonly ended: boolean;
  /** Sends 180 Ringing (any number of times before the answer). */
  ringing(): void;
  /**
   * Answers with 200 OK. `media` is remembered for the whole call: re-INVITEs and UPDATEs with a new offer are
   * answered from it without asking (hold and resume, new address), and reported through `onMedia`.
   */
  answer(media: MediaConfig): AnswerResult;
  /** A final non-2xx status (300–699) before the answer; ignored afterwards. */
  reject(status: number): void;
  /** Ends the call: BYE once answered (after the ACK has come, RFC 3261 §15), 487 before the answer. */
  hangup(): void;
  /** The negotiated stream changed (re-INVITE or UPDATE: hold, resume, new address or codec; late-offer ACK). */
  onMedia: (audio: NegotiatedAudio) => void;
  /** A key sent by SIP INFO (application/dtmf-relay or application/dtmf). RFC 4733 keys come with the RTP. */
  onDtmf: (digit: DtmfDigit) => void;
  onEnded: (reason: CallEndReason) => void;
}
