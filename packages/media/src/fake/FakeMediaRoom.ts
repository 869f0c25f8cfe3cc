import { MediaError } from '../MediaError.js';
import type { MediaEventListener, MediaRoom } from '../MediaPlane.js';
import { FakeAudioMixer } from './FakeAudioMixer.js';
import { FakePublisher } from './FakePublisher.js';
import { FakeSubscriber } from './FakeSubscriber.js';
import type { FakeWorld } from './FakeWorld.js';

/** An in-memory media room; `publishers` and `subscribers` are there for tests to inspect. */
export class FakeMediaRoom implements MediaRoom {
  readonly #publishers = new Map<string, FakePublisher>();
  readonly #subscribers = new Set<FakeSubscriber>();
  readonly #mixers = new Map<string, FakeAudioMixer>();
  #destroyed = false;
  #nextFeed = 1;
  #nextMixer = 1;

  constructor(
    private readonly world: FakeWorld,
    readonly id: string,
    readonly label: string,
    readonly maxPublishers: number,
    private readonly onDestroyed: (room: FakeMediaRoom) => void,
    private readonly onLost: (() => void) | undefined = undefined,
  ) {}

  get publishers(): ReadonlyMap<string, FakePublisher> {
    return this.#publishers;
  }

  get subscribers(): ReadonlySet<FakeSubscriber> {
    return this.#subscribers;
  }

  /** Live audio mixers by id. */
  get mixers(): ReadonlyMap<string, FakeAudioMixer> {
    return this.#mixers;
  }

  get destroyed(): boolean {
    return this.#destroyed;
  }

  async createPublisher(options: { label: string; onEvent?: MediaEventListener }): Promise<FakePublisher> {
    this.world.check('createPublisher');
    this.assertAlive();
    const feedId = `${this.id}${String(this.#nextFeed++).padStart(3, '0')}`;
    const publisher = new FakePublisher(this.world, this, feedId, options.label, options.onEvent);
    this.#publishers.set(feedId, publisher);
    return publisher;
  }

  async createSubscriber(options: { label: string; onEvent?: MediaEventListener }): Promise<FakeSubscriber> {
    this.world.check('createSubscriber');
    this.assertAlive();
    const subscriber = new FakeSubscriber(this.world, this, options.label, options.onEvent);
    this.#subscribers.add(subscriber);
    return subscriber;
  }

  async createAudioMixer(options: { label: string }): Promise<FakeAudioMixer> {
    this.world.check('createAudioMixer');
    this.assertAlive();
    const feedId = `${this.id}${String(this.#nextFeed++).padStart(3, '0')}`;
    const feed = new FakePublisher(this.world, this, feedId, `${options.label} (phones)`, undefined);
    this.#publishers.set(feedId, feed);
    const id = `${this.id}-mix${this.#nextMixer++}`;
    const mixer = new FakeAudioMixer(this.world, this, id, options.label, feed, (m) => this.#mixers.delete(m.id));
    this.#mixers.set(id, mixer);
    return mixer;
  }

  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    this.world.check('destroyRoom');
    await Promise.all([...this.#mixers.values()].map((mixer) => mixer.destroy()));
    await Promise.all([...this.#publishers.values(), ...this.#subscribers].map((member) => member.close()));
    this.#destroyed = true;
    this.onDestroyed(this);
  }

  /**
   * The SFU restarted (`FakeMediaPlane.restart`): the room is gone with its mixers, publishers and subscribers, whose
   * calls reject `notFound` from now on, every publisher and subscriber reports `lost`, and so does the room itself
   * (its `onLost`). Closing or destroying them afterwards still resolves, as with Janus.
   */
  lose(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.onDestroyed(this);
    for (const member of [...this.#publishers.values(), ...this.#subscribers]) member.emit({ type: 'lost' });
    this.onLost?.();
  }

  /** Publishers other than `except` that hold a live connection (what Janus counts for the limit). */
  connectedPublishers(except: FakePublisher): number {
    return [...this.#publishers.values()].filter((p) => p !== except && p.connected).length;
  }

  publisherClosed(publisher: FakePublisher): void {
    this.#publishers.delete(publisher.feedId);
    for (const mixer of this.#mixers.values()) mixer.publisherClosed(publisher);
    for (const subscriber of this.#subscribers) subscriber.publisherLeft(publisher.feedId);
  }

  subscriberClosed(subscriber: FakeSubscriber): void {
    this.#subscribers.delete(subscriber);
  }

  private assertAlive(): void {
    if (this.#destroyed) throw new MediaError('notFound', 'fake: room was destroyed');
  }
}
