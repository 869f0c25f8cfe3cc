import { MediaError } from '../MediaError.js';
import type { IceCandidateInit, MediaEventListener, PublishedStream, Publisher, Sdp } from '../MediaPlane.js';
import type { JanusHandle, JanusHandleEvent } from './JanusHandle.js';
import { toMediaEvent } from './toMediaEvent.js';
import { configuredSchema, parseReply } from './videoroomMessages.js';

/**
 * A VideoRoom publisher on its own handle, already joined (`ptype: publisher`). The first
 * offer is sent with `publish`, later ones (tracks added or removed) with `configure`; after a
 * hangup Janus unpublishes, so the next offer is a `publish` again.
 */
export class JanusPublisher implements Publisher {
  #published = false;
  #streams: readonly PublishedStream[] = [];

  constructor(
    private readonly handle: JanusHandle,
    readonly feedId: string,
    private readonly onEvent: MediaEventListener | undefined,
    private readonly onClosed: (publisher: JanusPublisher) => void,
  ) {}

  /** Routed from the handle's listener. */
  handleEvent(event: JanusHandleEvent): void {
    if (event.type === 'hangup' || event.type === 'lost') this.#published = false;
    const mediaEvent = toMediaEvent(event);
    if (mediaEvent !== null) this.onEvent?.(mediaEvent);
  }

  async negotiate(offer: Sdp): Promise<{ answer: Sdp; streams: readonly PublishedStream[] }> {
    const request = this.#published ? 'configure' : 'publish';
    const reply = await this.handle.message({ request }, { type: 'offer', sdp: offer });
    const configured = parseReply(configuredSchema, reply.data, request);
    if (reply.jsep?.type !== 'answer') throw new MediaError('negotiationFailed', `janus: no answer to '${request}'`);
    this.#published = true;
    this.#streams = (configured.streams ?? []).flatMap((s): PublishedStream[] =>
      s.type === 'data' || s.disabled === true ? [] : [{ mid: s.mid, kind: s.type, simulcast: s.simulcast === true }],
    );
    return { answer: reply.jsep.sdp, streams: this.#streams };
  }

  /** True when `mid` is a published audio stream right now (what a mixer input can forward). */
  publishesAudio(mid: string): boolean {
    return !this.handle.gone && this.#streams.some((s) => s.mid === mid && s.kind === 'audio');
  }

  async trickle(candidate: IceCandidateInit | null): Promise<void> {
    await this.handle.trickle(candidate);
  }

  async setStreamActive(mid: string, active: boolean): Promise<void> {
    this.assertStream(mid);
    await this.handle.message({ request: 'configure', streams: [{ mid, send: active }] });
  }

  async requestKeyframe(): Promise<void> {
    if (this.handle.gone) throw new MediaError('notFound', 'publisher is closed');
    await this.handle.message({ request: 'configure', keyframe: true });
  }

  /**
   * `leave` first: Janus removes the feed from the room before it replies, so nobody can
   * subscribe to it afterwards (a bare detach tears the publisher down asynchronously).
   */
  async close(): Promise<void> {
    this.onClosed(this);
    if (!this.handle.gone) await this.handle.message({ request: 'leave' }).catch(() => undefined);
    await this.handle.detach().catch(() => undefined);
  }

  private assertStream(mid: string): void {
    if (this.handle.gone) throw new MediaError('notFound', 'publisher is closed');
    if (!this.#streams.some((s) => s.mid === mid))
      throw new MediaError('invalidRequest', `no published stream '${mid}'`);
  }
}
