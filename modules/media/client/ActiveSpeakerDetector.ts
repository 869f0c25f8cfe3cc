/** Tuning of the active-speaker hysteresis; levels are RMS amplitudes in 0..1. */
export interface ActiveSpeakerTuning {
  /** Level above which someone may start to count as speaking. */
  readonly startLevel: number;
  /** Level below which someone may stop counting as speaking (lower than `startLevel`). */
  readonly stopLevel: number;
  /** How long the level must stay above `startLevel` before someone is speaking. */
  readonly startAfterMs: number;
  /** How long the level must stay below `stopLevel` before someone stops speaking. */
  readonly stopAfterMs: number;
}

export const defaultSpeakerTuning: ActiveSpeakerTuning = {
  startLevel: 0.04,
  stopLevel: 0.02,
  startAfterMs: 250,
  stopAfterMs: 1200,
};

interface Track {
  speaking: boolean;
  /** Since when the level has been on the other side of the relevant threshold, or null. */
  crossedAt: number | null;
  level: number;
}

const nobody: ReadonlySet<string> = new Set();

/**
 * Decides who the active speaker is from sampled audio levels, without flicker: a person
 * starts speaking only after a sustained loud stretch and stops only after a sustained quiet
 * one, and the highlight moves to someone else only when the current speaker has stopped.
 * Pure and clock-injected: feed it `update(levels, now)` at any sampling rate.
 *
 * Telephone callers have no level of their own here (all phones arrive as one mixed stream); the
 * server says which of them talk, after the gateway's own hysteresis. Those ids count as speaking
 * for exactly as long as they are passed in `talking`, and, having no measured loudness, come after
 * anyone measured when the highlight moves on.
 */
export class ActiveSpeakerDetector {
  readonly #tuning: ActiveSpeakerTuning;
  readonly #tracks = new Map<string, Track>();
  #active: string | null = null;

  constructor(tuning: ActiveSpeakerTuning = defaultSpeakerTuning) {
    this.#tuning = tuning;
  }

  get active(): string | null {
    return this.#active;
  }

  /**
   * Feeds one sample per id (missing ids are forgotten) and the ids that talk by the server's word,
   * and returns the active speaker.
   */
  update(levels: ReadonlyMap<string, number>, now: number, talking: ReadonlySet<string> = nobody): string | null {
    for (const id of this.#tracks.keys()) if (!levels.has(id)) this.#tracks.delete(id);
    for (const [id, level] of levels) {
      const track = this.#tracks.get(id) ?? { speaking: false, crossedAt: null, level: 0 };
      this.#tracks.set(id, track);
      track.level = level;
      const crossing = track.speaking ? level < this.#tuning.stopLevel : level > this.#tuning.startLevel;
      if (!crossing) {
        track.crossedAt = null;
        continue;
      }
      track.crossedAt ??= now;
      const hold = track.speaking ? this.#tuning.stopAfterMs : this.#tuning.startAfterMs;
      if (now - track.crossedAt >= hold) {
        track.speaking = !track.speaking;
        track.crossedAt = null;
      }
    }
    const current = this.#active;
    if (current !== null && (talking.has(current) || this.#tracks.get(current)?.speaking)) return current;
    let loudest: string | null = null;
    let loudestLevel = -1;
    for (const [id, track] of this.#tracks) {
      if (track.speaking && track.level > loudestLevel) {
        loudest = id;
        loudestLevel = track.level;
      }
    }
    // Among callers, the one talking longest (the set keeps the order they started in).
    loudest ??= talking.values().next().value ?? null;
    this.#active = loudest;
    return loudest;
  }
}
