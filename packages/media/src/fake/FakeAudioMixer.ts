import { isIPv4 } from 'node:net';
import { MediaError } from '../MediaError.js';
import type { AudioMixer, MixInput, PhoneCodec, PhoneLeg, Publisher, RtpAddress, StreamRef } from '../MediaPlane.js';
import type { FakeMediaRoom } from './FakeMediaRoom.js';
import type { FakePublisher } from './FakePublisher.js';
import type { FakeOperation, FakeWorld } from './FakeWorld.js';

/** A phone leg of the fake mixer; tests read its state. */
export class FakePhoneLeg implements PhoneLeg {
  #muted: boolean;
  #left = false;

  constructor(
    private readonly mixer: FakeAudioMixer,
    readonly label: string,
    readonly codec: PhoneCodec,
    readonly remote: RtpAddress,
    readonly local: RtpAddress,
    muted: boolean,
  ) {
    this.#muted = muted;
  }

  get muted(): boolean {
    return this.#muted;
  }

  get left(): boolean {
    return this.#left;
  }

  async setMuted(muted: boolean): Promise<void> {
    this.mixer.check('setMuted');
    if (this.#left || this.mixer.destroyed) throw new MediaError('notFound', 'fake: phone leg has left');
    this.#muted = muted;
  }

  async leave(): Promise<void> {
    if (this.#left) return;
    this.#left = true;
    this.mixer.legLeft(this);
  }
}

/** A publisher stream brought into the fake mix. */
export class FakeMixInput implements MixInput {
  #removed = false;

  constructor(
    private readonly mixer: FakeAudioMixer,
    readonly publisher: FakePublisher,
    readonly mid: string,
  ) {}

  get removed(): boolean {
    return this.#removed;
  }

  async remove(): Promise<void> {
    if (this.#removed) return;
    this.#removed = true;
    this.mixer.inputRemoved(this);
  }
}

/**
 * An in-memory audio mixer with the Janus adapter's rules: the phones feed is a connected
 * publisher of the room (subscribable, counted against `maxPublishers`) that carries the
 * unmuted phones; each phone hears the other unmuted phones and every input whose stream is
 * forwarded right now (an enforced-muted or closed publisher is not heard). No media flows;
 * `feedCarries` and `heardBy` say who would be heard.
 */
export class FakeAudioMixer implements AudioMixer {
  readonly phonesFeed: StreamRef;
  readonly #phones = new Set<FakePhoneLeg>();
  readonly #inputs = new Set<FakeMixInput>();
  #destroyed = false;

  constructor(
    private readonly world: FakeWorld,
    private readonly room: FakeMediaRoom,
    readonly id: string,
    readonly label: string,
    private readonly feed: FakePublisher,
    private readonly onDestroyed: (mixer: FakeAudioMixer) => void,
  ) {
    feed.publishFromSfu([{ mid: '0', kind: 'audio', simulcast: false }]);
    this.phonesFeed = { feedId: feed.feedId, feedMid: '0' };
  }

  /** Phone legs that have not left, in join order. */
  get phones(): readonly FakePhoneLeg[] {
    return [...this.#phones];
  }

  /** Inputs not removed, in order. */
  get inputs(): readonly FakeMixInput[] {
    return [...this.#inputs];
  }

  get destroyed(): boolean {
    return this.#destroyed;
  }

  /** Labels of the phones that subscribers of `phonesFeed` hear. */
  feedCarries(): string[] {
    return this.phones.filter((p) => !p.muted).map((p) => p.label);
  }

  /** What one phone hears: other unmuted phones by label, inputs as `feed:<feedId>/<mid>`; never itself. */
  heardBy(leg: FakePhoneLeg): string[] {
    if (leg.left) return [];
    return [
      ...this.phones.filter((p) => p !== leg && !p.muted).map((p) => p.label),
      ...this.inputs.filter((i) => i.publisher.isForwarding(i.mid)).map((i) => `feed:${i.publisher.feedId}/${i.mid}`),
    ];
  }

  async joinPhone(options: {
    label: string;
    codec: PhoneCodec;
    remote: RtpAddress;
    muted: boolean;
  }): Promise<FakePhoneLeg> {
    this.check('joinPhone');
    this.assertAlive();
    const { host, port } = options.remote;
    if (!isIPv4(host) || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new MediaError('invalidRequest', 'a phone leg needs a remote IPv4 address and a port from 1 to 65535');
    }
    if (options.codec !== 'pcmu' && options.codec !== 'pcma') {
      throw new MediaError('invalidRequest', 'a phone leg is pcmu or pcma');
    }
    const local = { host: '127.0.0.1', port: 21000 + 2 * (this.world.nextSeq() % 500) };
    const leg = new FakePhoneLeg(this, options.label, options.codec, { host, port }, local, options.muted);
    this.#phones.add(leg);
    return leg;
  }

  async addPublisherAudio(publisher: Publisher, mid: string): Promise<FakeMixInput> {
    this.check('addPublisherAudio');
    this.assertAlive();
    const source = this.room.publishers.get(publisher.feedId);
    if (source === undefined || source !== publisher || source === this.feed) {
      throw new MediaError('invalidRequest', 'fake: the publisher is not in this media room');
    }
    if (!source.streams.some((s) => s.mid === mid && s.kind === 'audio')) {
      throw new MediaError('invalidRequest', `fake: no published audio stream '${mid}'`);
    }
    const input = new FakeMixInput(this, source, mid);
    this.#inputs.add(input);
    return input;
  }

  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    this.check('destroyAudioMixer');
    for (const input of this.inputs) await input.remove();
    for (const leg of this.phones) await leg.leave();
    await this.feed.close();
    this.#destroyed = true;
    this.onDestroyed(this);
  }

  /** Called by the room when a publisher leaves: its inputs go, as the SFU drops their forwarders. */
  publisherClosed(publisher: FakePublisher): void {
    for (const input of this.inputs) if (input.publisher === publisher) void input.remove();
  }

  legLeft(leg: FakePhoneLeg): void {
    this.#phones.delete(leg);
  }

  inputRemoved(input: FakeMixInput): void {
    this.#inputs.delete(input);
  }

  check(operation: FakeOperation): void {
    this.world.check(operation);
  }

  private assertAlive(): void {
    if (this.#destroyed || this.room.destroyed) throw new MediaError('notFound', 'fake: audio mixer was destroyed');
  }
}
