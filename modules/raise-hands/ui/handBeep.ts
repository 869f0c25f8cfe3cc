import { melody, playTones } from '@plenum/client-kit/ui';

const tones = melody([880], 0.15);

/** Plays the module's signal on `context` when a hand goes up (moderators only): one short beep (see `playTones`). */
export function playHandBeep(context: AudioContext | null): void {
  playTones(context, tones, 0.1);
}
