export { ActiveSpeakerDetector, type ActiveSpeakerTuning, defaultSpeakerTuning } from './ActiveSpeakerDetector.js';
export { AudioLevelMonitor, rms } from './AudioLevelMonitor.js';
export {
  type Acquired,
  acquireScreen,
  acquireTrack,
  classifyDeviceError,
  constraintsFor,
  type DeviceFailure,
} from './acquireMedia.js';
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
export { Publisher, type PublisherOptions, PublishRejectedError } from './Publisher.js';
export type { CreatePeer, PeerLike, SenderLike, TransceiverLike } from './peerTypes.js';
export { type RemoteTrack, Subscriber, type SubscriberOptions } from './Subscriber.js';
export { cameraEncodings, screenEncodings } from './simulcast.js';
