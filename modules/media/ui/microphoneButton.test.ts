import { describe, expect, it } from 'vitest';
import { microphoneButton } from './microphoneButton.js';

describe('microphoneButton', () => {
  it('saysWhatPressingDoes', () => {
    expect(microphoneButton({ open: true, muted: false }, false)).toEqual({ action: 'mute', disabled: false });
    expect(microphoneButton({ open: true, muted: true }, false)).toEqual({ action: 'unmute', disabled: false });
    expect(microphoneButton({ open: false, muted: false }, false)).toEqual({ action: 'unmute', disabled: false });
  });

  it('isLockedNotJustMutedWhileRestrictionsHoldThePersonMuted', () => {
    expect(microphoneButton({ open: true, muted: true }, true)).toEqual({ action: 'locked', disabled: true });
    expect(microphoneButton({ open: false, muted: false }, true)).toEqual({ action: 'locked', disabled: true });
    // Still sending (the server has not muted it yet): muting stays possible.
    expect(microphoneButton({ open: true, muted: false }, true)).toEqual({ action: 'mute', disabled: false });
  });
});
