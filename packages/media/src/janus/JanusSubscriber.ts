import { MediaError } from '../MediaError.js';
import type {
  IceCandidateInit,
  MediaEventListener,
  Sdp,
  StreamRef,
  SubscribedStream,
  Subscriber,
  SubscriberOffer,
} from '../MediaPlane.js';
import type { JanusHandle, JanusHandleEvent } from './JanusHandle.js';
import { toMediaEvent } from './toMediaEvent.js';
import {
  parseReply,
  type SubscriberStreamInfo,
  startedSchema,
  subscriptionSchema,
  toJanusFeedId,
} from './videoroomMessages.js';

const toJanusRef = (ref: StreamRef) => ({ feed: toJanusFeedId(ref.feedId), mid: ref.feedMid });

function toSubscribedStreams(streams: readonly SubscriberStreamInfo[]): SubscribedStream[] {
  return streams.flatMap((s): SubscribedStream[] =>
    s.type === 'data' || s.active === false || s.feed_id === undefined || s.feed_mid === undefined
      ? []
      : [{ mid: s.mid, feedId: String(s.feed_id), feedMid: s.feed_mid, kind: s.type }],
  );
}

/**
 * A VideoRoom subscriber on its own handle. The first `update` that adds streams `join`s
 * (`ptype: subscriber`, `autoupdate: false`, so Janus never sends an offer on its own when a
 * publisher leaves: the runtime decides when to renegotiate); later ones send `update`.
 *
 * Removing the last stream still yields an offer (Janus keeps the m-lines, now inactive, and
 * the browser must answer it to stay in sync); `null` only means Janus had nothing to
 * renegotiate. An `update` while an offer is unanswered is refused with `invalidRequest`
 * (Janus would postpone it and later push the offer unsolicited).
 */
export class JanusSubscriber implements Subscriber {
  #joined = false;
  #awaitingAnswer = false;
  #streams: readonly SubscribedStream[] = [];

  constructor(
    private readonly handle: JanusHandle,
    private readonly roomId: number,
    private readonly onEvent: MediaEventListener | undefined,
    private readonly onClosed: (subscriber: JanusSubscriber) => void,
  ) {}

  handleEvent(event: JanusHandleEvent): void {
    const mediaEvent = toMediaEvent(event);
    if (mediaEvent !== null) this.onEvent?.(mediaEvent);
  }

  async update(change: { add: readonly StreamRef[]; remove: readonly StreamRef[] }): Promise<SubscriberOffer | null> {
    if (this.handle.gone) throw new MediaError('notFound', 'subscriber is closed');
    if (this.#awaitingAnswer) throw new MediaError('invalidRequest', 'the previous offer was not answered yet');
    const add = change.add.map(toJanusRef);
    const remove = change.remove.flatMap((ref) => this.#unsubscription(ref));
    let body: Record<string, unknown>;
    if (!this.#joined) {
      if (add.length === 0) return null;
      body = { request: 'join', ptype: 'subscriber', room: this.roomId, autoupdate: false, streams: add };
    } else {
      if (add.length === 0 && remove.length === 0) return null;
      body = {
        request: 'update',
        ...(add.length > 0 ? { subscribe: add } : {}),
        ...(remove.length > 0 ? { unsubscribe: remove } : {}),
      };
    }
    const reply = await this.handle.message(body);
    const subscription = parseReply(subscriptionSchema, reply.data, String(body.request));
    this.#joined = true;
    if (subscription.videoroom === 'updating') {
      throw new MediaError('internal', 'janus postponed the update (offer unanswered)');
    }
    if (reply.jsep === undefined) return null;
    if (reply.jsep.type !== 'offer') throw new MediaError('negotiationFailed', 'janus: expected an offer');
    this.#streams = toSubscribedStreams(subscription.streams ?? []);
    this.#awaitingAnswer = true;
    return { sdp: reply.jsep.sdp, streams: this.#streams };
  }

  /**
   * How to name a stream to drop: by our own mid where we know it. Janus skips a `feed` whose publisher has left or
   * hung up, and then renegotiates nothing, so the client would keep a dead m-line mapped to someone who is gone.
   */
  #unsubscription(ref: StreamRef): Record<string, unknown>[] {
    const mids = this.#streams.filter((s) => s.feedId === ref.feedId && s.feedMid === ref.feedMid).map((s) => s.mid);
    return mids.length > 0 ? mids.map((mid) => ({ sub_mid: mid })) : [toJanusRef(ref)];
  }

  async answer(sdp: Sdp): Promise<void> {
    if (this.handle.gone) throw new MediaError('notFound', 'subscriber is closed');
    if (!this.#awaitingAnswer) throw new MediaError('invalidRequest', 'no offer to answer');
    const reply = await this.handle.message({ request: 'start' }, { type: 'answer', sdp });
    parseReply(startedSchema, reply.data, 'start');
    this.#awaitingAnswer = false;
  }

  async trickle(candidate: IceCandidateInit | null): Promise<void> {
    await this.handle.trickle(candidate);
  }

  async selectLayer(mid: string, layer: number): Promise<void> {
    if (this.handle.gone) throw new MediaError('notFound', 'subscriber is closed');
    const stream = this.#streams.find((s) => s.mid === mid);
    if (stream?.kind !== 'video') throw new MediaError('invalidRequest', `no subscribed video stream '${mid}'`);
    if (!Number.isInteger(layer) || layer < 0 || layer > 2) {
      throw new MediaError('invalidRequest', 'simulcast layer must be 0, 1 or 2');
    }
    await this.handle.message({ request: 'configure', streams: [{ mid, substream: layer }] });
  }

  async close(): Promise<void> {
    this.onClosed(this);
    await this.handle.detach().catch(() => undefined);
  }
}
