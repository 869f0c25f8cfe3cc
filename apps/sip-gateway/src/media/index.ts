/** The media path of a call: RTP relay between the phone and Janus's AudioBridge, prompts, DTMF, talking. */
export { CallMedia, type CallMediaOptions } from './CallMedia.js';
export type { CallMediaStats, DropCounters, LegStats } from './CallMediaStats.js';
export { FRAME_SAMPLES, FrameReframer } from './FrameReframer.js';
export { type MediaClock, systemMediaClock } from './MediaClock.js';
export { OutgoingRtpStream, type OutgoingRtpStreamOptions } from './OutgoingRtpStream.js';
export type { PlayOutcome } from './PacedSource.js';
export { noPhoneCodecs, type PhoneCodec, type PhoneCodecFactory } from './PhoneCodec.js';
export { type PhoneLatching, PhoneSourceFilter, type UdpEndpoint } from './PhoneSourceFilter.js';
export { type BridgeCodec, PhoneTranscoder } from './PhoneTranscoder.js';
export { PortPool, type PortRange } from './PortPool.js';
export { g711FrameDbfs, TalkingDetector, type TalkingDetectorOptions } from './TalkingDetector.js';
