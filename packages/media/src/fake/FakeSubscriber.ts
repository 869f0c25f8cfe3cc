import { MediaError } from '../MediaError.js';
import type {
  IceCandidateInit,
  MediaEvent,
  MediaEventListener,
  Sdp,
  StreamRef,
  SubscribedStream,
  Subscriber,
  SubscriberOffer,
} from '../MediaPlane.js';
import { parseSdpMedia } from '../sdp/sdpMedia.js';
import type { FakeMediaRoom } from './FakeMediaRoom.js';
import type { FakeOperation, FakeWorld } from './FakeWorld.js';
import { fakeSubscriberOffer } from './fakeSdp.js';

interface Slot {
  readonly mid: string;
  readonly kind: 'audio' | 'video';
  feedId: string | null;
  feedMid: string | null;
  /** Part of an answered negotiation. */
  answered: boolean;
}

/**
 * An in-memory subscriber with Janus's rules: m-lines are never removed (a freed one is reused
 * by the next stream of the same kind), a left publisher silently frees its slots and makes
 * the next `update` renegotiate, removing the last stream still yields an offer, and `update`
 * before `answer` is refused.
 */
export class FakeSubscriber implements Subscriber {
  readonly #slots: Slot[] = [];
  #offered: readonly SubscribedStream[] = [];
  #joined = false;
  #awaitingAnswer = false;
  #stale = false;
  #connected = false;
  #closed = false;
  readonly layers = new Map<string, number>();
  readonly offers: Sdp[] = [];
  readonly answers: Sdp[] = [];
  readonly candidates: (IceCandidateInit | null)[] = [];

  constructor(
    private readonly world: FakeWorld,
    private readonly room: FakeMediaRoom,
    readonly label: string,
    private readonly onEvent: MediaEventListener | undefined,
  ) {}

  /** The mapping of the last offer. */
  get streams(): readonly SubscribedStream[] {
    return this.#offered;
  }

  /** Streams that media flows on right now: answered, publisher connected, stream published and active. */
  get receiving(): readonly SubscribedStream[] {
    return this.#slots.flatMap((slot): SubscribedStream[] => {
      if (!slot.answered || slot.feedId === null || slot.feedMid === null || !this.#connected) return [];
      const publisher = this.room.publishers.get(slot.feedId);
      return publisher?.isForwarding(slot.feedMid) === true
        ? [{ mid: slot.mid, kind: slot.kind, feedId: slot.feedId, feedMid: slot.feedMid }]
        : [];
    });
  }

  get awaitingAnswer(): boolean {
    return this.#awaitingAnswer;
  }

  /** True between `webrtcUp` and `hangup`. */
  get connected(): boolean {
    return this.#connected;
  }

  get closed(): boolean {
    return this.#closed;
  }

  emit(event: MediaEvent): void {
    if (this.#closed) return;
    if (event.type === 'webrtcUp') this.#connected = true;
    if (event.type === 'hangup' || event.type === 'lost') this.#connected = false;
    this.onEvent?.(event);
  }

  /** Called by the room when a publisher leaves: its slots go idle without an offer (autoupdate off). */
  publisherLeft(feedId: string): void {
    for (const slot of this.#slots) {
      if (slot.feedId !== feedId) continue;
      slot.feedId = null;
      slot.feedMid = null;
      this.#stale = true;
    }
  }

  async update(change: { add: readonly StreamRef[]; remove: readonly StreamRef[] }): Promise<SubscriberOffer | null> {
    this.assertOpen('update');
    if (this.#awaitingAnswer) throw new MediaError('invalidRequest', 'the previous offer was not answered yet');
    if (!this.#joined && change.add.length === 0) return null;
    const additions = change.add.flatMap((ref) => this.resolve(ref));
    let changes = 0;
    for (const ref of change.remove) {
      for (const slot of this.#slots) {
        if (slot.feedId === ref.feedId && slot.feedMid === ref.feedMid) {
          slot.feedId = null;
          slot.feedMid = null;
          changes++;
        }
      }
    }
    for (const { ref, kind } of additions) {
      const free = this.#slots.find((s) => s.kind === kind && s.feedId === null);
      if (free !== undefined) {
        free.feedId = ref.feedId;
        free.feedMid = ref.feedMid;
        free.answered = false;
      } else {
        this.#slots.push({ mid: String(this.#slots.length), kind, ...ref, answered: false });
      }
      changes++;
    }
    this.#joined = true;
    if (this.#stale) changes++;
    this.#stale = false;
    if (changes === 0) return null;
    this.#offered = this.#slots.flatMap((s): SubscribedStream[] =>
      s.feedId === null || s.feedMid === null
        ? []
        : [{ mid: s.mid, kind: s.kind, feedId: s.feedId, feedMid: s.feedMid }],
    );
    const sdp = fakeSubscriberOffer(
      this.#slots.map((s) => ({ mid: s.mid, kind: s.kind, active: s.feedId !== null })),
      this.world.nextSeq(),
    );
    this.offers.push(sdp);
    this.#awaitingAnswer = true;
    return { sdp, streams: this.#offered };
  }

  answer(sdp: Sdp): Promise<void> {
    try {
      this.assertOpen('answer');
      if (!this.#awaitingAnswer) throw new MediaError('invalidRequest', 'no offer to answer');
      if (parseSdpMedia(sdp).length !== this.#slots.length) {
        throw new MediaError('negotiationFailed', 'fake: the answer does not match the offer m-lines');
      }
      for (const slot of this.#slots) slot.answered = slot.feedId !== null;
      this.answers.push(sdp);
      this.#awaitingAnswer = false;
      const result = Promise.resolve();
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

  async selectLayer(mid: string, layer: number): Promise<void> {
    this.assertOpen('selectLayer');
    if (!this.#offered.some((s) => s.mid === mid && s.kind === 'video')) {
      throw new MediaError('invalidRequest', `no subscribed video stream '${mid}'`);
    }
    if (!Number.isInteger(layer) || layer < 0 || layer > 2) {
      throw new MediaError('invalidRequest', 'simulcast layer must be 0, 1 or 2');
    }
    this.layers.set(mid, layer);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.room.subscriberClosed(this);
  }

  /** A stream to subscribe to, or [] for a disabled one (skipped silently, like Janus). */
  private resolve(ref: StreamRef): { ref: { feedId: string; feedMid: string }; kind: 'audio' | 'video' }[] {
    const publisher = this.room.publishers.get(ref.feedId);
    if (publisher === undefined || !publisher.connected) throw new MediaError('notFound', `fake: no such feed`);
    if (!publisher.knowsMid(ref.feedMid)) throw new MediaError('notFound', `fake: no such mid in feed`);
    const stream = publisher.streams.find((s) => s.mid === ref.feedMid);
    return stream === undefined ? [] : [{ ref: { feedId: ref.feedId, feedMid: ref.feedMid }, kind: stream.kind }];
  }

  private assertOpen(operation: FakeOperation): void {
    this.world.check(operation);
    if (this.#closed || this.room.destroyed) throw new MediaError('notFound', 'fake: subscriber is closed');
  }
}
