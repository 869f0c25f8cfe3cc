import { MediaError } from '../MediaError.js';
import { JanusHandle, type JanusHandleEvent, type JanusHandleListener } from './JanusHandle.js';
import type { JanusRequester } from './JanusRequester.js';

/**
 * One Janus session: owns its handles and routes their events. Janus destroys a session 60 s
 * after its last request, so the client sends a keepalive every `keepaliveMs`. A session is
 * `lost` when Janus says it is gone (timeout, 458 on keepalive or claim): every handle gets a
 * `lost` event once and every later call rejects `notFound`.
 */
export class JanusSession {
  readonly #handles = new Map<number, JanusHandle>();
  readonly #lostListeners = new Set<() => void>();
  #state: 'alive' | 'lost' | 'destroyed' = 'alive';
  #keepalive: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly requester: JanusRequester,
    readonly id: number,
    keepaliveMs: number,
    private readonly forget: (sessionId: number) => void,
  ) {
    this.#keepalive = setInterval(() => void this.keepalive(), keepaliveMs);
    this.#keepalive.unref();
  }

  get alive(): boolean {
    return this.#state === 'alive';
  }

  /** Called once when the session is lost (not when we destroy it). */
  onLost(listener: () => void): () => void {
    this.#lostListeners.add(listener);
    return () => this.#lostListeners.delete(listener);
  }

  async attach(plugin: string, listener: JanusHandleListener): Promise<JanusHandle> {
    this.assertAlive();
    const reply = await this.requester.request({ janus: 'attach', session_id: this.id, plugin }, 'result', 'attach');
    if (reply.janus !== 'success' || reply.data === undefined) {
      throw new MediaError('internal', `janus: unexpected reply '${reply.janus}' to attach`);
    }
    const handle = new JanusHandle(this.requester, this.id, reply.data.id, plugin, listener, (id) =>
      this.#handles.delete(id),
    );
    if (this.#state !== 'alive') {
      // Lost while attaching: the new handle is dead too.
      handle.dispatch({ type: 'lost' });
      throw new MediaError('notFound', 'janus: session lost');
    }
    this.#handles.set(handle.id, handle);
    return handle;
  }

  /** Destroys the session and with it every handle; idempotent. */
  async destroy(): Promise<void> {
    if (this.#state !== 'alive') return;
    this.#state = 'destroyed';
    this.stopKeepalive();
    this.forget(this.id);
    this.#handles.clear();
    try {
      await this.requester.request({ janus: 'destroy', session_id: this.id }, 'result', 'destroy');
    } catch (error) {
      if (!(error instanceof MediaError && (error.kind === 'notFound' || error.kind === 'unavailable'))) throw error;
    }
  }

  /** Routes an event from Janus to the handle it names; events for unknown handles are dropped. */
  dispatch(handleId: number, event: JanusHandleEvent): void {
    const handle = this.#handles.get(handleId);
    if (handle === undefined) return;
    if (event.type === 'detached') this.#handles.delete(handleId);
    handle.dispatch(event);
  }

  /** Marks the session lost and tells every handle; idempotent. */
  markLost(): void {
    if (this.#state !== 'alive') return;
    this.#state = 'lost';
    this.stopKeepalive();
    this.forget(this.id);
    const handles = [...this.#handles.values()];
    this.#handles.clear();
    for (const handle of handles) handle.dispatch({ type: 'lost' });
    for (const listener of this.#lostListeners) listener();
  }

  private async keepalive(): Promise<void> {
    if (this.#state !== 'alive') return;
    try {
      await this.requester.request({ janus: 'keepalive', session_id: this.id }, 'ack', 'keepalive');
    } catch (error) {
      if (error instanceof MediaError && error.kind === 'notFound') this.markLost();
      // unavailable: the client reconnects and claims the session.
    }
  }

  private stopKeepalive(): void {
    if (this.#keepalive !== null) clearInterval(this.#keepalive);
    this.#keepalive = null;
  }

  private assertAlive(): void {
    if (this.#state !== 'alive') throw new MediaError('notFound', 'janus: session lost or destroyed');
  }
}
