/**
 * What the microphone button does when pressed, which is also its label: `mute` while the microphone sends, `unmute`
 * while it is muted or not open (pressing opens it), `locked` while microphone restrictions keep this person muted
 * (the button cannot be pressed; the conference says why).
 */
export type MicrophoneAction = 'mute' | 'unmute' | 'locked';

export interface MicrophoneButton {
  readonly action: MicrophoneAction;
  readonly disabled: boolean;
}

/**
 * The microphone button for this person's own microphone (`open`: a track is there; `muted`) and whether moderators
 * restrict it. The label changes with the state (like "Mute"/"Unmute" elsewhere), so the button is a plain button,
 * not a toggle with `aria-pressed`: a toggle's name must not change.
 */
export function microphoneButton(
  microphone: { readonly open: boolean; readonly muted: boolean },
  restricted: boolean,
): MicrophoneButton {
  if (microphone.open && !microphone.muted) return { action: 'mute', disabled: false };
  return restricted ? { action: 'locked', disabled: true } : { action: 'unmute', disabled: false };
}
