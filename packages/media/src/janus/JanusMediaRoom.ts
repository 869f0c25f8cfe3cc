import { MediaError } from '../MediaError.js';
import type { AudioMixer, MediaEventListener, MediaRoom, Publisher, Subscriber } from '../MediaPlane.js';
import { JanusAudioMixer } from './JanusAudioMixer.js';
import type { JanusHandle, JanusHandleListener } from './JanusHandle.js';
import { JanusPublisher } from './JanusPublisher.js';
import { JanusSubscriber } from './JanusSubscriber.js';
import type { PortPool } from './PortPool.js';
import { destroyedSchema, joinedSchema, parseReply } from './videoroomMessages.js';

export type JanusPlugin = 'janus.plugin.videoroom' | 'janus.plugin.audiobridge';

/** What a room needs from the plane: fresh handles, the control handles, and the mixers' settings. */
export interface JanusRoomContext {
  attach(plugin: JanusPlugin, listener: JanusHandleListener): Promise<JanusHandle>;
  control(plugin: JanusPlugin): Promise<JanusHandle>;
  /** The plugins' `admin_key`, when Janus is configured with one. */
  readonly adminKey?: string;
  /** The plane's reserved ports for mixer feeds (shared by all rooms, so mixers never collide). */
  readonly feedPorts: PortPool;
  /** AudioBridge `prebuffer` of mixer legs. */
  readonly prebuffer: number;
}

/** One VideoRoom room. Publishers and subscribers each get their own handle. */
export class JanusMediaRoom implements MediaRoom {
  readonly id: string;
  readonly #publishers = new Set<JanusPublisher>();
  readonly #subscribers = new Set<JanusSubscriber>();
  readonly #mixers = new Set<JanusAudioMixer>();
  #destroyed: Promise<void> | null = null;

  constructor(
    readonly janusRoomId: number,
    private readonly context: JanusRoomContext,
    private readonly onDestroyed: (room: JanusMediaRoom) => void,
  ) {
    this.id = String(janusRoomId);
  }

  async createPublisher(options: { label: string; onEvent?: MediaEventListener }): Promise<Publisher> {
    this.assertAlive();
    let publisher: JanusPublisher | undefined;
    const handle = await this.context.attach('janus.plugin.videoroom', (event) => publisher?.handleEvent(event));
    try {
      const reply = await handle.message({
        request: 'join',
        ptype: 'publisher',
        room: this.janusRoomId,
        display: options.label,
      });
      const joined = parseReply(joinedSchema, reply.data, 'join');
      publisher = new JanusPublisher(handle, String(joined.id), options.onEvent, (p) => {
        this.#publishers.delete(p);
        for (const mixer of this.#mixers) mixer.publisherClosed(p);
      });
    } catch (error) {
      await handle.detach().catch(() => undefined);
      throw error;
    }
    this.#publishers.add(publisher);
    return publisher;
  }

  async createSubscriber(options: { label: string; onEvent?: MediaEventListener }): Promise<Subscriber> {
    this.assertAlive();
    let subscriber: JanusSubscriber | undefined;
    const handle = await this.context.attach('janus.plugin.videoroom', (event) => subscriber?.handleEvent(event));
    subscriber = new JanusSubscriber(handle, this.janusRoomId, options.onEvent, (s) => this.#subscribers.delete(s));
    this.#subscribers.add(subscriber);
    return subscriber;
  }

  async createAudioMixer(options: { label: string }): Promise<AudioMixer> {
    this.assertAlive();
    const mixer = await JanusAudioMixer.create(this.context, this, options.label, (m) => this.#mixers.delete(m));
    if (this.#destroyed !== null) {
      // The room went away while the mixer was being built.
      await mixer.destroy().catch(() => undefined);
      throw new MediaError('notFound', 'room was destroyed');
    }
    this.#mixers.add(mixer);
    return mixer;
  }

  /** The publisher with this port object, if it is a live one of this room (mixer inputs must be). */
  ownPublisher(publisher: Publisher): JanusPublisher | null {
    return publisher instanceof JanusPublisher && this.#publishers.has(publisher) ? publisher : null;
  }

  destroy(): Promise<void> {
    this.#destroyed ??= (async () => {
      this.onDestroyed(this);
      // Mixers first: their inputs forward from publishers, and their feed is a publisher here.
      await Promise.allSettled([...this.#mixers].map((mixer) => mixer.destroy()));
      await Promise.allSettled([...this.#publishers, ...this.#subscribers].map((member) => member.close()));
      const control = await this.context.control('janus.plugin.videoroom');
      try {
        const reply = await control.message({ request: 'destroy', room: this.janusRoomId, permanent: false });
        parseReply(destroyedSchema, reply.data, 'destroy');
      } catch (error) {
        if (!(error instanceof MediaError && error.kind === 'notFound')) {
          this.#destroyed = null; // let a later call retry (e.g. Janus was unreachable)
          throw error;
        }
      }
    })();
    return this.#destroyed;
  }

  private assertAlive(): void {
    if (this.#destroyed !== null) throw new MediaError('notFound', 'room was destroyed');
  }
}
