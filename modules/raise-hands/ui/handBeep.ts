const frequency = 880;
const seconds = 0.15;
const peakGain = 0.1;

/**
 * A short, quiet beep on `context` when a hand goes up (moderators only): one generated sine
 * note, nothing fetched or stored. Does nothing without an audio context or with a closed one.
 */
export function playHandBeep(context: AudioContext | null): void {
  if (!context || context.state === 'closed') return;
  const at = context.currentTime;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(frequency, at);
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(peakGain, at + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  oscillator.connect(gain);
  gain.connect(context.destination);
  oscillator.onended = () => {
    oscillator.disconnect();
    gain.disconnect();
  };
  oscillator.start(at);
  oscillator.stop(at + seconds + 0.02);
}
