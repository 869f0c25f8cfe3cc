/** Three rising notes (Hz) and their length (s): a clear but quiet "your turn". */
const notes = [523.25, 659.25, 783.99] as const;
const noteSeconds = 0.12;
const peakGain = 0.12;

/**
 * Plays a short, quiet three-note chime on `context` when it is this person's turn to speak:
 * generated with oscillators, nothing fetched or stored. Does nothing without an audio context
 * (or with a closed one).
 */
export function playTurnChime(context: AudioContext | null): void {
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
