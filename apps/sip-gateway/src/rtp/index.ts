/** RTP for the gateway: packets (RFC 3550), DTMF (RFC 4733 and SIP INFO), G.711, G.722 and levels. */
export { type AudioLevel, audioLevel, g711Level, isSilent } from './audioLevel.js';
export { type DtmfDigit, digitToEvent, eventToDigit } from './dtmfDigit.js';
export { decodeG711, encodeG711, type G711Law, g711Silence } from './g711.js';
export { G722PhoneCodec } from './g722PhoneCodec.js';
export { type InfoDtmf, type InfoDtmfError, parseInfoDtmf } from './infoDtmf.js';
export {
  parseRtpPacket,
  type RtpPacket,
  type RtpPacketInit,
  type RtpParseErrorCode,
  serializeRtpPacket,
} from './rtpPacket.js';
export { type RtpReceiveReport, RtpReceiveStats, type SequenceVerdict } from './rtpReceiveStats.js';
export { decodeTelephoneEvent, encodeTelephoneEvent, type TelephoneEvent } from './telephoneEvent.js';
export { type ReceivedDigit, TelephoneEventReceiver } from './telephoneEventReceiver.js';
export { type OutgoingTelephoneEvent, telephoneEventPackets } from './telephoneEventSender.js';
