/**
 * Measures the loudness of audio tracks with WebAudio AnalyserNodes. Browser-only.
 *
 * Contract: `add(id, track)` starts measuring, `remove(id)` stops; `levels()` samples every
 * track once (RMS of the current time-domain window, 0..1). Sampling is pull-based so the
 * caller decides the rate (a few times a second is enough for a speaker highlight and costs
 * almost no CPU, unlike a per-frame loop).
 */
export class AudioLevelMonitor {
  readonly #context: AudioContext;
  readonly #nodes = new Map<
    string,
    {
      source: MediaStreamAudioSourceNode;
      analyser: AnalyserNode;
      buffer: Float32Array<ArrayBuffer>;
      track: MediaStreamTrack;
    }
  >();

  constructor(context: AudioContext) {
    this.#context = context;
  }

  add(id: string, track: MediaStreamTrack): void {
    const existing = this.#nodes.get(id);
    if (existing?.track === track) return;
    if (existing) this.remove(id);
    const source = this.#context.createMediaStreamSource(new MediaStream([track]));
    const analyser = this.#context.createAnalyser();
    analyser.fftSize = 512;
    analyser.smoothingTimeConstant = 0.3;
    source.connect(analyser);
    this.#nodes.set(id, { source, analyser, buffer: new Float32Array(analyser.fftSize), track });
  }

  remove(id: string): void {
    const node = this.#nodes.get(id);
    if (!node) return;
    node.source.disconnect();
    this.#nodes.delete(id);
  }

  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  ids(): string[] {
    return [...this.#nodes.keys()];
  }

  /** One level sample per measured id. A disabled (muted) track reads as silence. */
  levels(): Map<string, number> {
    const result = new Map<string, number>();
    for (const [id, node] of this.#nodes) {
      if (!node.track.enabled || node.track.readyState === 'ended') {
        result.set(id, 0);
        continue;
      }
      node.analyser.getFloatTimeDomainData(node.buffer);
      result.set(id, rms(node.buffer));
    }
    return result;
  }

  close(): void {
    for (const id of [...this.#nodes.keys()]) this.remove(id);
  }
}

/** Root mean square of a sample window. */
export function rms(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] ?? 0;
    sum += s * s;
  }
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}
