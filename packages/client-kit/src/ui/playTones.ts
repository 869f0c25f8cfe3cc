/** One note of a signal: its pitch (Hz), when it starts after the first (s) and how long it sounds (s). */
export interface Tone {
  readonly frequency: number;
  readonly at: number;
  readonly seconds: number;
}

/**
 * Plays a short, quiet signal on `context` — a waiting chime, a raised-hand beep, "your turn" — generated with sine
 * oscillators, so nothing is fetched and nothing is stored. Each note swells in and fades out so it never clicks.
 * Does nothing without an audio context (or with a closed one), e.g. in a browser without Web Audio.
 */
export function playTones(context: AudioContext | null, tones: readonly Tone[], peakGain = 0.12): void {
  if (!context || context.state === 'closed') return;
  const start = context.currentTime;
  for (const tone of tones) {
    const at = start + tone.at;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(tone.frequency, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(peakGain, at + Math.min(0.02, tone.seconds / 4));
    gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.seconds);
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.onended = () => {
      oscillator.disconnect();
      gain.disconnect();
    };
    oscillator.start(at);
    oscillator.stop(at + tone.seconds + 0.02);
  }
}

/** Notes one after another, `gap` seconds apart. */
export function melody(frequencies: readonly number[], seconds: number, gap = 0): Tone[] {
  return frequencies.map((frequency, i) => ({ frequency, at: i * (seconds + gap), seconds }));
}
