import { melody, playTones } from '@plenum/client-kit/ui';

const tones = melody([880, 740, 587], 0.16);

/** Plays the module's signal on `context` for a message to all rooms and for the closing countdown: a soft falling "attention" signal (see `playTones`). */
export function playBreakoutChime(context: AudioContext | null): void {
  playTones(context, tones, 0.1);
}
