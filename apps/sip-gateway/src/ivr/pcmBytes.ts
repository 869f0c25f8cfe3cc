import { PROMPT_FRAME_SAMPLES } from './promptFiles.js';

/** Reads signed 16-bit little-endian PCM (any byte order of the machine); an odd trailing byte is not read. */
export function pcmFromBytes(bytes: Uint8Array): Int16Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Int16Array(bytes.byteLength >> 1);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true);
  return samples;
}

/** Writes signed 16-bit little-endian PCM. */
export function pcmToBytes(samples: Int16Array): Uint8Array {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < samples.length; i++) view.setInt16(i * 2, samples[i] as number, true);
  return bytes;
}

/** Appends silence up to a whole number of 20 ms frames, so the media path never sends a short last packet. */
export function padToWholeFrames(samples: Int16Array): Int16Array {
  const rest = samples.length % PROMPT_FRAME_SAMPLES;
  if (rest === 0) return samples;
  const padded = new Int16Array(samples.length + PROMPT_FRAME_SAMPLES - rest);
  padded.set(samples);
  return padded;
}
