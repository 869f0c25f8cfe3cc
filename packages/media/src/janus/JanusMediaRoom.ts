import { MediaError } from '../MediaError.js';
import type { MediaEventListener, MediaRoom, Publisher, Subscriber } from '../MediaPlane.js';
import type { JanusHandle, JanusHandleListener } from './JanusHandle.js';
import { JanusPublisher } from './JanusPublisher.js';
import { JanusSubscriber } from './JanusSubscriber.js';
import { destroyedSchema, joinedSchema, parseReply } from './videoroomMessages.js';

/** What a room needs from the plane: fresh VideoRoom handles and the control handle. */
export interface VideoRoomHandles {
  attach(listener: JanusHandleListener): Promise<JanusHandle>;
  control(): Promise<JanusHandle>;
}

/** One VideoRoom room. Publishers and subscribers each get their own handle. */
export class JanusMediaRoom implements MediaRoom {
  readonly id: string;
  readonly #publishers = new Set<JanusPublisher>();
  readonly #subscribers = new Set<JanusSubscriber>();
  #destroyed: Promise<void> | null = null;

  constructor(
    readonly janusRoomId: number,
    private readonly handles: VideoRoomHandles,
    private readonly onDestroyed: (room: JanusMediaRoom) => void,
  ) {
    this.id = String(janusRoomId);
  }

  async createPublisher(options: { label: string; onEvent?: MediaEventListener }): Promise<Publisher> {
    this.assertAlive();
    let publisher: JanusPublisher | undefined;
    const handle = await this.handles.attach((event) => publisher?.handleEvent(event));
    try {
      const reply = await handle.message({
        request: 'join',
        ptype: 'publisher',
        room: this.janusRoomId,
        display: options.label,
      });
      const joined = parseReply(joinedSchema, reply.data, 'join');
      publisher = new JanusPublisher(handle, String(joined.id), options.onEvent, (p) => this.#publishers.delete(p));
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
    const handle = await this.handles.attach((event) => subscriber?.handleEvent(event));
    subscriber = new JanusSubscriber(handle, this.janusRoomId, options.onEvent, (s) => this.#subscribers.delete(s));
    this.#subscribers.add(subscriber);
    return subscriber;
  }

  destroy(): Promise<void> {
    this.#destroyed ??= (async () => {
      this.onDestroyed(this);
      await Promise.allSettled([...this.#publishers, ...this.#subscribers].map((member) => member.close()));
      const control = await this.handles.control();
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
