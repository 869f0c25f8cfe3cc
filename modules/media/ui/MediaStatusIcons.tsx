import type { MediaState } from '../protocol.js';
import { CameraIcon, CameraOffIcon, MicIcon, MicOffIcon } from './icons.js';
import type { MediaUiMessages } from './mediaUiMessages.js';

/** The state of someone's microphone and camera in words: "Microphone muted · Camera on". */
export function mediaSummary(media: MediaState, messages: MediaUiMessages): string {
  return [microphoneText(media, messages), cameraText(media, messages)].join(' · ');
}

function microphoneText(media: MediaState, messages: MediaUiMessages): string {
  if (!media.microphone.published) return messages.noMicrophone;
  return media.microphone.muted ? messages.microphoneMuted : messages.microphoneOn;
}

function cameraText(media: MediaState, messages: MediaUiMessages): string {
  return media.camera.published && !media.camera.muted ? messages.cameraOn : messages.cameraOff;
}

/**
 * Icons for a participant's microphone and camera, on or off, each with a text alternative.
 * `decorative` hides them from assistive technology where the same state is written out next
 * to them (see `mediaSummary`).
 */
export function MediaStatusIcons({
  media,
  messages,
  decorative = false,
}: {
  readonly media: MediaState;
  readonly messages: MediaUiMessages;
  readonly decorative?: boolean;
}) {
  const micOn = media.microphone.published && !media.microphone.muted;
  const cameraOn = media.camera.published && !media.camera.muted;
  const mic = microphoneText(media, messages);
  const camera = cameraText(media, messages);
  const a11y = (label: string) =>
    decorative ? { 'aria-hidden': true as const, title: label } : { role: 'img', 'aria-label': label, title: label };
  return (
    <>
      <span className="status-icon" data-on={String(micOn)} {...a11y(mic)}>
        {micOn ? <MicIcon /> : <MicOffIcon />}
      </span>
      <span className="status-icon" data-on={String(cameraOn)} {...a11y(camera)}>
        {cameraOn ? <CameraIcon /> : <CameraOffIcon />}
      </span>
    </>
  );
}
