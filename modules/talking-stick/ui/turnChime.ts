import { melody, playTones } from '@plenum/client-kit/ui';

const tones = melody([523.25, 659.25, 783.99], 0.12);

/** Plays the module's signal on `context` when it is this person's turn to speak: three rising notes (see `playTones`). */
export function playTurnChime(context: AudioContext | null): void {
  playTones(context, tones, 0.12);
}
