/** The three notes of the chime (Hz) and their length (s): a soft falling "attention" signal. */
const notes = [880, 740, 587] as const;
const noteSeconds = 0.16;
const peakGain = 0.1;

/**
 * Plays a short, quiet chime on `context` for a message to all rooms and for the closing
 * countdown: generated with oscillators, nothing fetched or stored. Does nothing without an
 * audio context (or with a closed one).
 */
export function playBreakoutChime(context: AudioContext | null): void {
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
