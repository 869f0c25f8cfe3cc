import type { Publisher, StreamRef, Subscriber } from '@plenum/media';
import type { ParticipantId } from '@plenum/protocol';
import type { MediaSource } from '../protocol.js';
import { SerialQueue } from './SerialQueue.js';

export interface PublishedSource {
  readonly source: MediaSource;
  readonly kind: 'audio' | 'video';
}

/** The media side of one connection (device): its publisher and its subscriber at the SFU. */
export interface ConnectionMedia {
  readonly participantId: ParticipantId;
  readonly pubQueue: SerialQueue;
  readonly subQueue: SerialQueue;
  /**
   * Generations of the publisher and subscriber handles. Every loopback names the generation
   * it belongs to, so results and events of a replaced handle are ignored.
   */
  pubHandle: number;
  subHandle: number;
  publisher: Promise<Publisher> | undefined;
  feedId: string | undefined;
  /** The SFU confirmed the publisher's WebRTC connection; before that its feed cannot be subscribed. */
  publisherUp: boolean;
  /** Confirmed published streams by mid, with the source the client named. */
  published: Map<string, PublishedSource>;
  subscriber: Promise<Subscriber> | undefined;
  /** Streams the subscriber carries, by `feedId/mid`. */
  subscribed: Map<string, StreamRef>;
  /** A subscription update or its answer is outstanding; further changes wait. */
  subBusy: boolean;
  awaitingAnswer: boolean;
  /** The wanted subscription changed while busy: reconcile when the current step ends. */
  subDirty: boolean;
  subRetries: number;
}

export function newConnectionMedia(participantId: ParticipantId): ConnectionMedia {
  return {
    participantId,
    pubQueue: new SerialQueue(),
    subQueue: new SerialQueue(),
    pubHandle: 0,
    subHandle: 0,
    publisher: undefined,
    feedId: undefined,
    publisherUp: false,
    published: new Map(),
    subscriber: undefined,
    subscribed: new Map(),
    subBusy: false,
    awaitingAnswer: false,
    subDirty: false,
    subRetries: 0,
  };
}

/** Drops the publisher from the state (the caller closes the handle). */
export function forgetPublisher(media: ConnectionMedia): void {
  media.publisher = undefined;
  media.publisherUp = false;
  media.feedId = undefined;
  media.published = new Map();
  media.pubHandle++;
}

/** Drops the subscriber from the state (the caller closes the handle). */
export function forgetSubscriber(media: ConnectionMedia): void {
  media.subscriber = undefined;
  media.subscribed.clear();
  media.subBusy = false;
  media.awaitingAnswer = false;
  media.subDirty = false;
  media.subHandle++;
}

export const streamKey = (r: StreamRef): string => `${r.feedId}/${r.feedMid}`;
