/** Three short notes (Hz) when a countdown runs out; their length (s). */
const notes = [880, 880, 1175] as const;
const noteSeconds = 0.15;
const peakGain = 0.12;

/**
 * Plays a short, quiet three-note signal on `context` when time is up: generated with oscillators, nothing fetched.
 * Does nothing without an audio context (or with a closed one).
 */
export function playTimeUp(context: AudioContext | null): void {
  if (!context || context.state === 'closed') return;
  const start = context.currentTime;
  notes.forEach((frequency, i) => {
    const at = start + i * (noteSeconds + 0.05);
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
