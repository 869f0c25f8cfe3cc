import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import { describeFormat, describeFormats } from './audioCodecs.js';
import type { MediaConfig } from './mediaConfig.js';
import { type NegotiatedAudio, pickTelephoneEvent, remoteSide } from './negotiatedAudio.js';
import { answerDirection } from './sdpDirection.js';
import type { SdpDraft } from './sdpDraft.js';
import type { SessionDescription } from './sdpTypes.js';

/** Why a peer's answer to our offer cannot be used. The answer came in an ACK, so the call ends with BYE. */
export type AnswerProblem =
  | 'media_count_mismatch'
  | 'no_audio_offered'
  | 'audio_rejected'
  | 'incompatible_transport'
  | 'no_common_codec';

/**
 * Reads the peer's answer to our offer (RFC 3264 §7). The codec is the first format of the answered audio m-line
 * that we offered under the same payload type; telephone-event likewise.
 */
export function readAnswer(
  offer: SdpDraft,
  answer: SessionDescription,
  config: MediaConfig,
): ParseResult<NegotiatedAudio, AnswerProblem> {
  if (answer.media.length !== offer.media.length) return fail('media_count_mismatch');
  const mediaIndex = offer.media.findIndex((section) => section.media === 'audio' && section.port !== 0);
  const offered = offer.media[mediaIndex];
  const answered = answer.media[mediaIndex];
  if (offered === undefined || answered === undefined) return fail('no_audio_offered');
  if (answered.port === 0) return fail('audio_rejected');
  if (answered.protocol !== offered.protocol) return fail('incompatible_transport');
  const formats = describeFormats(answered);
  const wasOffered = (payloadType: number) => offered.formats.includes(`${payloadType}`);
  const chosen = formats.find((format) => {
    if (format.kind !== 'codec' || !wasOffered(format.payloadType)) return false;
    const ours = describeFormat(offered, format.payloadType);
    return ours.kind === 'codec' && ours.codec.name === format.codec.name;
  });
  if (chosen?.kind !== 'codec') return fail('no_common_codec');
  const remote = remoteSide(answer, answered);
  const ourDirection = offered.direction ?? offer.direction ?? 'sendrecv';
  return ok({
    mediaIndex,
    codec: chosen.codec,
    payloadType: chosen.payloadType,
    telephoneEvent: pickTelephoneEvent(formats, chosen.codec.clockRate, config.telephoneEvents, wasOffered),
    remote: remote.endpoint,
    direction: answerDirection(remote.direction, ourDirection),
    remotePtime: answered.ptime ?? null,
    remoteHold: remote.hold,
  });
}
