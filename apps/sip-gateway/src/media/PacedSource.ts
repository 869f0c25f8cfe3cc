import type { TimerHandle } from '../transport/Clock.js';
import { FRAME_SAMPLES } from './FrameReframer.js';
import type { MediaClock } from './MediaClock.js';
import { PacingSchedule } from './PacingSchedule.js';

export type PlayOutcome = 'finished' | 'stopped';

/** A 20 ms frame of 8 kHz PCM for the phone, or `null` for a frame of silence. */
export type PacedFrameSink = (pcm: Int16Array | null) => void;

interface Playing {
  readonly pcm: Int16Array;
  readonly loop: boolean;
  position: number;
  readonly done: (outcome: PlayOutcome) => void;
}

/**
 * The audio the gateway makes itself for one caller: a prompt (played once or looped), and, when asked for,
 * silence while there is neither a prompt nor the mix. Frames go to the sink every 20 ms on a `PacingSchedule`;
 * the timer runs only while there is something to send. Only one prompt plays at a time: a new one stops the old
 * one, whose promise then says `stopped`.
 */
export class PacedSource {
  private playing: Playing | null = null;
  private silence = false;
  private schedule: PacingSchedule | null = null;
  private timer: TimerHandle | null = null;
  private readonly lastFrame = new Int16Array(FRAME_SAMPLES);

  constructor(
    private readonly clock: MediaClock,
    private readonly sink: PacedFrameSink,
  ) {}

  get isPlaying(): boolean {
    return this.playing !== null;
  }

  /** Plays 8 kHz PCM; resolves `finished` after its last frame went out, `stopped` when stopped or replaced. */
  play(pcm: Int16Array, loop: boolean): Promise<PlayOutcome> {
    this.stopPlaying();
    if (pcm.length === 0) return Promise.resolve('finished');
    return new Promise<PlayOutcome>((resolve) => {
      this.playing = { pcm, loop, position: 0, done: resolve };
      this.run();
    });
  }

  stopPlaying(): void {
    this.endPlaying('stopped');
  }

  /** Whether to send silence frames when no prompt plays (the caller is not in the mix). */
  setSilence(on: boolean): void {
    this.silence = on;
    this.run();
  }

  close(): void {
    this.silence = false;
    this.stopPlaying();
  }

  private get active(): boolean {
    return this.playing !== null || this.silence;
  }

  private run(): void {
    if (!this.active) {
      this.timer?.cancel();
      this.timer = null;
      this.schedule = null;
      return;
    }
    if (this.schedule !== null) return;
    this.schedule = new PacingSchedule(this.clock.now());
    this.tick();
  }

  private tick(): void {
    this.timer = null;
    const schedule = this.schedule;
    if (schedule === null) return;
    const { frames, nextDelayMs } = schedule.tick(this.clock.now());
    for (let i = 0; i < frames && this.active; i++) this.sendFrame();
    if (!this.active) {
      this.schedule = null;
      return;
    }
    this.timer = this.clock.setTimer(nextDelayMs, () => this.tick());
  }

  private sendFrame(): void {
    const playing = this.playing;
    if (playing === null) {
      this.sink(null);
      return;
    }
    const { pcm } = playing;
    const end = playing.position + FRAME_SAMPLES;
    let frame: Int16Array;
    if (end <= pcm.length) {
      frame = pcm.subarray(playing.position, end);
    } else {
      // The last, short frame: padded with silence, or with the start of the prompt when it loops.
      frame = this.lastFrame.fill(0);
      frame.set(pcm.subarray(playing.position));
      if (playing.loop) frame.set(pcm.subarray(0, end - pcm.length), pcm.length - playing.position);
    }
    playing.position = end;
    if (playing.position >= pcm.length) {
      if (playing.loop) playing.position %= pcm.length;
      else this.playing = null;
    }
    this.sink(frame);
    if (this.playing === null && !playing.loop) playing.done('finished');
  }

  private endPlaying(outcome: PlayOutcome): void {
    const playing = this.playing;
    if (playing === null) return;
    this.playing = null;
    playing.done(outcome);
    this.run();
  }
}
