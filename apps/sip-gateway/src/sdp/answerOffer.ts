import { fail, ok, type ParseResult } from '../sip/ParseResult.js';
import { describeFormats } from './audioCodecs.js';
import { localAddressFor, type MediaConfig } from './mediaConfig.js';
import { type NegotiatedAudio, pickTelephoneEvent, remoteSide } from './negotiatedAudio.js';
import { type OfferRejection, type OfferRejectionCode, offerRejection } from './offerRejection.js';
import { answerDirection } from './sdpDirection.js';
import { AUDIO_PROTOCOL, audioMediaSection, rejectedMediaSection, type SdpDraft, sessionDraft } from './sdpDraft.js';
import { effectiveConnection } from './sdpSection.js';
import type { SdpConnection, SdpMediaDescription, SessionDescription } from './sdpTypes.js';

export interface OfferAnswer {
  /** The answer without its o= line; `stampLocalSdp` adds it. */
  readonly answer: SdpDraft;
  readonly audio: NegotiatedAudio;
}

/**
 * The gateway as answerer (RFC 3264 §6). The first usable audio m-line is accepted with one codec, chosen by
 * *our* preference among those offered, plus telephone-event at 8000 Hz when offered. Every other m-line (video,
 * further audio, anything else) is rejected with port 0, and the answer keeps the offer's m-line order.
 * Hold is answered by direction: sendonly → recvonly, inactive → inactive, `c=0.0.0.0` → recvonly.
 * When no audio stream can be accepted, the result is a rejection for a 488 response.
 */
export function answerOffer(offer: SessionDescription, config: MediaConfig): ParseResult<OfferAnswer, OfferRejection> {
  let accepted: AcceptedAudio | undefined;
  let firstProblem: OfferRejectionCode | undefined;
  const media = offer.media.map((section, index) => {
    if (accepted === undefined && section.media === 'audio' && section.port !== 0) {
      const result = negotiateAudio(offer, section, index, config);
      if (result.ok) {
        accepted = result.value;
        return result.value.section;
      }
      firstProblem ??= result.error;
    }
    return rejectedMediaSection(section);
  });
  if (accepted === undefined) return fail(offerRejection(firstProblem ?? 'no_audio'));
  return ok({ answer: sessionDraft(config, accepted.connection, media), audio: accepted.audio });
}

interface AcceptedAudio {
  readonly audio: NegotiatedAudio;
  readonly section: SdpMediaDescription;
  /** Our address, in the peer's address family. */
  readonly connection: SdpConnection;
}

function negotiateAudio(
  offer: SessionDescription,
  section: SdpMediaDescription,
  mediaIndex: number,
  config: MediaConfig,
): ParseResult<AcceptedAudio, OfferRejectionCode> {
  if (section.protocol !== AUDIO_PROTOCOL) return fail('incompatible_transport');
  const remote = remoteSide(offer, section);
  const addressType = effectiveConnection(offer, section)?.addressType;
  const address = addressType === undefined ? undefined : localAddressFor(config, addressType);
  if (addressType === undefined || address === undefined) return fail('incompatible_address');
  const formats = describeFormats(section);
  const chosen = config.codecs
    .map((name) => formats.find((format) => format.kind === 'codec' && format.codec.name === name))
    .find((format) => format !== undefined);
  if (chosen?.kind !== 'codec') return fail('no_common_codec');
  const telephoneEvent = pickTelephoneEvent(formats, chosen.codec.clockRate, config.telephoneEvents);
  const direction = answerDirection(remote.direction, config.direction);
  const audio: NegotiatedAudio = {
    mediaIndex,
    codec: chosen.codec,
    payloadType: chosen.payloadType,
    telephoneEvent,
    remote: remote.endpoint,
    direction,
    remotePtime: section.ptime ?? null,
    remoteHold: remote.hold,
  };
  const formatsOut = [{ codec: chosen.codec, payloadType: chosen.payloadType }];
  const answered = audioMediaSection(config, formatsOut, telephoneEvent, direction);
  return ok({ audio, section: answered, connection: { addressType, address } });
}
