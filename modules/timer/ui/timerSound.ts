import { melody, playTones } from '@plenum/client-kit/ui';

const tones = melody([880, 880, 1175], 0.15, 0.05);

/** Plays the module's signal on `context` when a countdown runs out (see `playTones`). */
export function playTimeUp(context: AudioContext | null): void {
  playTones(context, tones, 0.12);
}
