/**
 * The parts of the WebRTC API the peer-connection managers use. The browser's classes satisfy
 * these structurally; tests pass small fakes.
 */
export interface SenderLike {
  readonly track: MediaStreamTrack | null;
  replaceTrack(track: MediaStreamTrack | null): Promise<void>;
}

export interface TransceiverLike {
  readonly mid: string | null;
  readonly sender: SenderLike;
  readonly receiver: { readonly track: MediaStreamTrack };
  stop(): void;
}

export interface PeerLike {
  onicecandidate: ((event: RTCPeerConnectionIceEvent) => void) | null;
  /** Fired whenever `connectionState` changes; the recovery watch listens to it. */
  onconnectionstatechange: ((event: Event) => void) | null;
  readonly connectionState: RTCPeerConnectionState;
  readonly localDescription: { readonly sdp: string } | null;
  addTransceiver(track: MediaStreamTrack, init?: RTCRtpTransceiverInit): TransceiverLike;
  getTransceivers(): TransceiverLike[];
  createOffer(): Promise<RTCSessionDescriptionInit>;
  createAnswer(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription(description?: RTCSessionDescriptionInit): Promise<void>;
  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void>;
  close(): void;
}

export type CreatePeer = () => PeerLike;

/** Schedules `fn` after `ms` and returns a cancel function; injected so tests run on a fake clock. */
export type Schedule = (fn: () => void, ms: number) => () => void;
