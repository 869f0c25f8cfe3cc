import { MediaError } from '../MediaError.js';
import type { MixInput } from '../MediaPlane.js';
import type { JanusMixerLeg } from './JanusMixerLeg.js';
import type { JanusPublisher } from './JanusPublisher.js';

/** Stops the VideoRoom forwarder of one input; `notFound` (publisher or room already gone) counts as stopped. */
export type StopForwarder = () => Promise<void>;

/**
 * One publisher audio stream in a mixer: a VideoRoom `rtp_forward` of the stream into a
 * receive-only Opus leg of group "web" (ADR 0011 §4). Removing stops the forwarder first, so
 * no packet reaches a port that the AudioBridge may hand to someone else.
 */
export class JanusMixInput implements MixInput {
  #removed: Promise<void> | null = null;

  constructor(
    readonly publisher: JanusPublisher,
    private readonly leg: JanusMixerLeg,
    private readonly stopForwarder: StopForwarder,
    private readonly onRemoved: (input: JanusMixInput) => void,
  ) {}

  remove(): Promise<void> {
    this.#removed ??= (async () => {
      this.onRemoved(this);
      try {
        await this.stopForwarder().catch((error: unknown) => {
          if (!(error instanceof MediaError && error.kind === 'notFound')) throw error;
        });
      } finally {
        await this.leg.leave();
      }
    })();
    return this.#removed;
  }
}
