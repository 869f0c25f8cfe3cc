import { afterEach, beforeEach } from 'vitest';
import type { MediaEvent, MediaRoom, PublishedStream, Publisher, Subscriber } from '../MediaPlane.js';
import type { ContractPublisherPeer } from './ContractPeers.js';
import { waitFor } from './contractHelpers.js';
import type { MediaPlaneContractHarness } from './mediaPlaneContract.js';

/**
 * The set-up the MediaPlane contract suites share, called inside their `describe`: a fresh harness from `factory`
 * before each test (`h()`), and after it the peers the test opened, the plane and the harness closed. Rooms are
 * labelled `label`.
 */
export function contractSetup(label: string, factory: () => Promise<MediaPlaneContractHarness>) {
  let harness: MediaPlaneContractHarness | undefined;
  const peersToClose: { close(): Promise<void> }[] = [];

  beforeEach(async () => {
    harness = await factory();
  });

  afterEach(async () => {
    await Promise.allSettled(peersToClose.splice(0).map((p) => p.close()));
    await harness?.plane.close();
    await harness?.dispose?.();
    harness = undefined;
  });

  /** The harness of the running test. */
  const h = (): MediaPlaneContractHarness => {
    if (!harness) throw new Error('the contract harness exists only while a test runs');
    return harness;
  };

  /** A peer the test opened, closed after it. */
  const closeAfter = <P extends { close(): Promise<void> }>(peer: P): P => {
    peersToClose.push(peer);
    return peer;
  };

  const room = (maxPublishers = 4) => h().plane.createRoom({ label, maxPublishers });

  /** Publishes `kinds` and waits until the SFU reports the connection up (feeds are subscribable from then). */
  async function publish(
    r: MediaRoom,
    kinds: readonly ('audio' | 'video')[],
  ): Promise<{
    publisher: Publisher;
    peer: ContractPublisherPeer;
    streams: readonly PublishedStream[];
    answer: string;
    events: MediaEvent[];
  }> {
    const events: MediaEvent[] = [];
    const publisher = await r.createPublisher({ label: 'pub', onEvent: (e) => events.push(e) });
    const peer = closeAfter(h().peers.publisher(kinds));
    const { answer, streams } = await publisher.negotiate(await peer.offer());
    await peer.accept(answer);
    await waitFor(events, 'webrtcUp');
    return { publisher, peer, streams, answer, events };
  }

  /** A subscriber of `r` with a peer of its own: `answer` is that peer's answer to an offer of the subscriber. */
  async function subscriberFor(
    r: MediaRoom,
  ): Promise<{ subscriber: Subscriber; answer: (sdp: string) => Promise<string> }> {
    const subscriber = await r.createSubscriber({ label: 'sub' });
    const peer = closeAfter(h().peers.subscriber());
    return { subscriber, answer: (offer) => peer.answer(offer) };
  }

  return { h, closeAfter, room, publish, subscriberFor };
}
