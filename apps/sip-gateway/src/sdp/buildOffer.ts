import { AUDIO_CODECS } from './audioCodecs.js';
import { localAddressFor, type MediaConfig, offerAddressType } from './mediaConfig.js';
import type { NegotiatedAudio } from './negotiatedAudio.js';
import { audioMediaSection, type CodecFormat, rejectedMediaSection, type SdpDraft, sessionDraft } from './sdpDraft.js';

/** The state of a running call that a new offer must respect. */
export interface CurrentMedia {
  /** The description we last sent (offer or answer) in this dialog. */
  readonly lastSent: SdpDraft;
  readonly audio: NegotiatedAudio;
}

/**
 * Our own offer: for an INVITE or re-INVITE that came without SDP (late offer, RFC 3261 §13.2.1), the offer goes
 * into our 200 OK and the answer comes in the ACK. All configured codecs with their static payload types,
 * telephone-event, our ptime and direction.
 *
 * Inside a running call (RFC 3264 §8) the offer keeps every m-line of the last description in place (refused ones
 * stay refused with port 0), lists the codec in use first so nothing needs to change, and keeps the payload
 * types in use.
 */
export function buildOffer(config: MediaConfig, current?: CurrentMedia): SdpDraft {
  const addressType = offerAddressType(config, current?.audio.remote?.addressType);
  const address = localAddressFor(config, addressType) ?? '';
  const codecs = orderedCodecs(config, current?.audio);
  const telephoneEvent =
    config.telephoneEvents.length === 0
      ? null
      : { payloadType: telephoneEventPayloadType(config, codecs, current?.audio), events: config.telephoneEvents };
  const audio = audioMediaSection(config, codecs, telephoneEvent, config.direction);
  const media =
    current === undefined
      ? [audio]
      : current.lastSent.media.map((section, index) =>
          index === current.audio.mediaIndex ? audio : rejectedMediaSection(section),
        );
  return sessionDraft(config, { addressType, address }, media);
}

function orderedCodecs(config: MediaConfig, inUse: NegotiatedAudio | undefined): CodecFormat[] {
  const codecs = config.codecs.map((name) => ({
    codec: AUDIO_CODECS[name],
    payloadType: inUse?.codec.name === name ? inUse.payloadType : AUDIO_CODECS[name].staticPayloadType,
  }));
  const current = codecs.findIndex(({ codec }) => codec.name === inUse?.codec.name);
  if (current > 0) codecs.unshift(...codecs.splice(current, 1));
  return codecs;
}

/** The payload type in use, else the configured one, else the first free dynamic one (96–127). */
function telephoneEventPayloadType(
  config: MediaConfig,
  codecs: readonly CodecFormat[],
  inUse: NegotiatedAudio | undefined,
): number {
  const inUseType = inUse?.telephoneEvent?.payloadType;
  if (inUseType !== undefined) return inUseType;
  const taken = new Set(codecs.map(({ payloadType }) => payloadType));
  if (!taken.has(config.telephoneEventPayloadType)) return config.telephoneEventPayloadType;
  return Array.from({ length: 32 }, (_, i) => 96 + i).find((type) => !taken.has(type)) ?? 127;
}
