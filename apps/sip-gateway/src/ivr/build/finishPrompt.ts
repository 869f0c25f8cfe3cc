import { padToWholeFrames } from '../pcmBytes.js';
import { PROMPT_SAMPLE_RATE } from '../promptFiles.js';

export interface FinishOptions {
  /** The loudest sample after scaling, in dB relative to full scale (e.g. -3). */
  readonly peakDbfs: number;
  readonly leadSilenceMs: number;
}

/**
 * The last step of every prompt, done here rather than in ffmpeg so that it is exact and testable: scales the audio
 * so its peak sits at `peakDbfs` (up or down; silence stays silence), puts `leadSilenceMs` of silence in front, and
 * pads the end to whole 20 ms frames.
 */
export function finishPrompt(samples: Int16Array, options: FinishOptions): Int16Array {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  const target = 32767 * 10 ** (options.peakDbfs / 20);
  const gain = peak === 0 ? 0 : target / peak;
  const lead = Math.round((options.leadSilenceMs * PROMPT_SAMPLE_RATE) / 1000);
  const out = new Int16Array(lead + samples.length);
  for (let i = 0; i < samples.length; i++) {
    out[lead + i] = Math.max(-32768, Math.min(32767, Math.round((samples[i] as number) * gain)));
  }
  return padToWholeFrames(out);
}
