/** SDP for the gateway: parse and write (RFC 4566), offer/answer for the phone leg (RFC 3264). */
export { answerOffer, type OfferAnswer } from './answerOffer.js';
export {
  AUDIO_CODECS,
  type AudioCodec,
  type AudioCodecName,
  DEFAULT_AUDIO_CODEC_PREFERENCE,
  parseAudioCodecPreference,
} from './audioCodecs.js';
export { buildOffer, type CurrentMedia } from './buildOffer.js';
export {
  classifyRemoteSdp,
  createLocalSdpSession,
  type LocalSdpSession,
  type RemoteSdpChange,
  stampLocalSdp,
} from './localSdpSession.js';
export { type MediaConfig, mediaConfig } from './mediaConfig.js';
export type { NegotiatedAudio, RtpEndpoint } from './negotiatedAudio.js';
export {
  formatWarningHeader,
  type OfferRejection,
  offerRejection,
  type SipWarning,
  sdpParseFailure,
} from './offerRejection.js';
export { parseSdp, type SdpParseError } from './parseSdp.js';
export { type AnswerProblem, readAnswer } from './readAnswer.js';
export type { SdpDraft } from './sdpDraft.js';
export { DEFAULT_SDP_LIMITS, type SdpLimits } from './sdpLimits.js';
export type * from './sdpTypes.js';
export { serializeSdp } from './serializeSdp.js';
