import { describe, expect, it } from 'vitest';
import { mediaSummary } from './MediaStatusIcons.js';
import type { MediaUiMessages } from './mediaUiMessages.js';

const messages = {
  microphoneOn: 'Microphone on',
  microphoneMuted: 'Microphone muted',
  noMicrophone: 'No microphone',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
} as MediaUiMessages;
const on = { published: true, muted: false };
const muted = { published: true, muted: true };
const off = { published: false, muted: false };

describe('mediaSummary', () => {
  it('namesMicrophoneAndCameraStateInWords', () => {
    expect(mediaSummary({ microphone: on, camera: on, screen: off }, messages)).toBe('Microphone on · Camera on');
    expect(mediaSummary({ microphone: muted, camera: muted, screen: off }, messages)).toBe(
      'Microphone muted · Camera off',
    );
    expect(mediaSummary({ microphone: off, camera: off, screen: on }, messages)).toBe('No microphone · Camera off');
  });
});
