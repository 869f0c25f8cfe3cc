import type { MediaState } from '../protocol.js';
import { CameraOffIcon, MicOffIcon } from './icons.js';
import type { MediaUiMessages } from './mediaUiMessages.js';

/**
 * Small indicators for a participant's muted microphone and camera, each with a text
 * alternative. Shows nothing for live sources, so the normal case stays quiet.
 */
export function MediaStatusIcons({
  media,
  messages,
}: {
  readonly media: MediaState;
  readonly messages: MediaUiMessages;
}) {
  const micLabel = !media.microphone.published
    ? messages.noMicrophone
    : media.microphone.muted
      ? messages.microphoneMuted
      : null;
  const cameraOff = !media.camera.published || media.camera.muted;
  return (
    <>
      {micLabel && (
        <span className="status-icon" role="img" aria-label={micLabel} title={micLabel}>
          <MicOffIcon />
        </span>
      )}
      {cameraOff && (
        <span className="status-icon" role="img" aria-label={messages.cameraOff} title={messages.cameraOff}>
          <CameraOffIcon />
        </span>
      )}
    </>
  );
}
