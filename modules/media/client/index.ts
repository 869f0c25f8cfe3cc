export { ActiveSpeakerDetector, type ActiveSpeakerTuning, defaultSpeakerTuning } from './ActiveSpeakerDetector.js';
export { AudioLevelMonitor, rms } from './AudioLevelMonitor.js';
export {
  type Acquired,
  type AcquiredPreferred,
  acquirePreferred,
  acquireScreen,
  acquireTrack,
  classifyDeviceError,
  constraintsFor,
  type DeviceFailure,
} from './acquireMedia.js';
export {
  MediaRecovery,
  type MediaRecoveryOptions,
  type RecoveryTarget,
  recoveryDelay,
  recoveryStableMs,
} from './MediaRecovery.js';
export {
  createMediaCommands,
  type MediaCommand,
  type MediaCommands,
  type PeerTarget,
  type PublishedTrack,
  type SendMediaFrame,
  toIceCandidate,
} from './mediaCommands.js';
export {
  initialMediaRoomState,
  isLive,
  type MediaAction,
  type MediaEvent,
  type MediaJoinState,
  type MediaRoomState,
  mediaReducer,
  mediaStateOf,
  nothingPublished,
  parseMediaJoinState,
} from './mediaReducer.js';
export { NegotiationQueue } from './NegotiationQueue.js';
export {
  Publisher,
  type PublisherFailure,
  type PublisherOptions,
  PublishRejectedError,
  PublishTimeoutError,
  publishAnswerTimeoutMs,
} from './Publisher.js';
export type { CreatePeer, PeerLike, Schedule, SenderLike, TransceiverLike } from './peerTypes.js';
export {
  isCurrentOffer,
  type RemoteTrack,
  Subscriber,
  type SubscriberOffer,
  type SubscriberOptions,
} from './Subscriber.js';
export { cameraEncodings, screenEncodings } from './simulcast.js';
export { disconnectedGraceMs, type PeerWatchOptions, watchPeer } from './watchPeer.js';
