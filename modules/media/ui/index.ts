import './media-ui.css';

export { DeviceSelect, type DeviceSelectProps } from './DeviceSelect.js';
export * from './icons.js';
export { MediaStatusIcons, mediaSummary } from './MediaStatusIcons.js';
export { MicLevelMeter } from './MicLevelMeter.js';
export type { MediaUiMessages } from './mediaUiMessages.js';
export { type MicrophoneAction, type MicrophoneButton, microphoneButton } from './microphoneButton.js';
export { RemoteAudio, type RemoteAudioProps, supportsSpeakerSelection } from './RemoteAudio.js';
export { TrackVideo, type TrackVideoProps } from './TrackVideo.js';
export { type TileMarker, VideoTile, type VideoTileProps } from './VideoTile.js';
