import { MediaError } from '../MediaError.js';
import type {
  IceCandidateInit,
  MediaEvent,
  MediaEventListener,
  PublishedStream,
  Publisher,
  Sdp,
} from '../MediaPlane.js';
import { parseSdpMedia } from '../sdp/sdpMedia.js';
import type { FakeMediaRoom } from './FakeMediaRoom.js';
import type { FakeWorld } from './FakeWorld.js';
import { fakeAnswer } from './fakeSdp.js';

/** An in-memory publisher. Tests read its state and can `emit` SFU events on it. */
export class FakePublisher implements Publisher {
  #streams: readonly PublishedStream[] = [];
  /** Every mid ever offered, including m-lines now disabled (as Janus keeps them). */
  readonly #knownMids = new Set<string>();
  readonly #inactive = new Set<string>();
  #published = false;
  #connected = false;
  #closed = false;
  keyframeRequests = 0;
  readonly offers: Sdp[] = [];
  readonly answers: Sdp[] = [];
  readonly candidates: (IceCandidateInit | null)[] = [];

  constructor(
    private readonly world: FakeWorld,
    private readonly room: FakeMediaRoom,
    readonly feedId: string,
    readonly label: string,
    private readonly onEvent: MediaEventListener | undefined,
  ) {}

  /** The streams of the last negotiation. */
  get streams(): readonly PublishedStream[] {
    return this.#streams;
  }

  /** Mids gated off by `setStreamActive(mid, false)`. */
  get inactiveMids(): ReadonlySet<string> {
    return this.#inactive;
  }

  /** True between `webrtcUp` and `hangup`; only connected feeds can be subscribed to. */
  get connected(): boolean {
    return this.#connected;
  }

  get closed(): boolean {
    return this.#closed;
  }

  knowsMid(mid: string): boolean {
    return this.#knownMids.has(mid);
  }

  /** Whether the stream is published and forwarded right now. */
  isForwarding(mid: string): boolean {
    return !this.#closed && this.#connected && !this.#inactive.has(mid) && this.#streams.some((s) => s.mid === mid);
  }

  /** Reports an SFU event to the listener, as Janus would (`webrtcUp` connects, `hangup` unpublishes). */
  emit(event: MediaEvent): void {
    if (this.#closed) return;
    if (event.type === 'webrtcUp') this.#connected = true;
    if (event.type === 'hangup' || event.type === 'lost') {
      this.#connected = false;
      this.#published = false;
    }
    this.onEvent?.(event);
  }

  /**
   * Publishes `streams` and connects at once, without SDP or events: for feeds the SFU itself
   * originates (an audio mixer's phones feed), which no browser negotiates.
   */
  publishFromSfu(streams: readonly PublishedStream[]): void {
    this.#streams = streams;
    for (const stream of streams) this.#knownMids.add(stream.mid);
    this.#published = true;
    this.#connected = true;
  }

  negotiate(offer: Sdp): Promise<{ answer: Sdp; streams: readonly PublishedStream[] }> {
    try {
      this.assertOpen('negotiate');
      const media = parseSdpMedia(offer);
      if (media.length === 0) throw new MediaError('negotiationFailed', 'fake: offer has no m-lines');
      if (!this.#published && this.room.connectedPublishers(this) >= this.room.maxPublishers) {
        throw new MediaError('limitReached', `fake: maximum number of publishers (${this.room.maxPublishers})`);
      }
      for (const m of media) if (m.mid !== null) this.#knownMids.add(m.mid);
      this.#streams = media.flatMap((m): PublishedStream[] =>
        (m.kind === 'audio' || m.kind === 'video') &&
        m.mid !== null &&
        m.port !== 0 &&
        (m.direction === 'sendonly' || m.direction === 'sendrecv')
          ? [{ mid: m.mid, kind: m.kind, simulcast: m.simulcast }]
          : [],
      );
      const answer = fakeAnswer(offer, this.world.nextSeq());
      this.offers.push(offer);
      this.answers.push(answer);
      this.#published = true;
      const result = Promise.resolve({ answer, streams: this.#streams });
      this.world.connectAfter(result, this);
      return result;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async trickle(candidate: IceCandidateInit | null): Promise<void> {
    this.assertOpen('trickle');
    this.candidates.push(candidate);
  }

  async setStreamActive(mid: string, active: boolean): Promise<void> {
    this.assertOpen('setStreamActive');
    if (!this.#streams.some((s) => s.mid === mid))
      throw new MediaError('invalidRequest', `no published stream '${mid}'`);
    if (active) this.#inactive.delete(mid);
    else this.#inactive.add(mid);
  }

  async requestKeyframe(): Promise<void> {
    this.assertOpen('requestKeyframe');
    this.keyframeRequests++;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#connected = false;
    this.room.publisherClosed(this);
  }

  private assertOpen(operation: Parameters<FakeWorld['check']>[0]): void {
    this.world.check(operation);
    if (this.#closed || this.room.destroyed) throw new MediaError('notFound', 'fake: publisher is closed');
  }
}
