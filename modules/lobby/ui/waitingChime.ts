/** The two notes of the chime (Hz) and their length (s): a soft rising "ding-dong". */
const notes = [660, 880] as const;
const noteSeconds = 0.18;
const peakGain = 0.12;

/**
 * Plays a short, quiet two-note chime on `context` when someone starts waiting: generated
 * with oscillators, so nothing is fetched and nothing is stored. Does nothing without an
 * audio context (or a closed one), e.g. in a browser without Web Audio.
 */
export function playWaitingChime(context: AudioContext | null): void {
  if (!context || context.state === 'closed') return;
  const start = context.currentTime;
  notes.forEach((frequency, i) => {
    const at = start + i * noteSeconds;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(frequency, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(peakGain, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + noteSeconds);
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.onended = () => {
      oscillator.disconnect();
      gain.disconnect();
    };
    oscillator.start(at);
    oscillator.stop(at + noteSeconds + 0.02);
  });
}
