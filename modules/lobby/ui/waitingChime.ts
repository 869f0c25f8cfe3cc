import { melody, playTones } from '@plenum/client-kit/ui';

const tones = melody([660, 880], 0.18);

/** Plays the module's signal on `context` when someone starts waiting (moderators): a soft rising "ding-dong" (see `playTones`). */
export function playWaitingChime(context: AudioContext | null): void {
  playTones(context, tones, 0.12);
}
