import { describe, expect, it } from 'vitest';
import { fixturePeers } from '../contract/fixturePeers.js';
import { MediaError } from '../MediaError.js';
import type { MediaEvent } from '../MediaPlane.js';
import { FakeMediaPlane } from './FakeMediaPlane.js';

/** What the fake offers beyond the contract: inspection and failure injection. */
describe('FakeMediaPlane', () => {
  async function setup(options: { autoConnect?: boolean } = {}) {
    const plane = new FakeMediaPlane(options);
    const peers = fixturePeers();
    const room = await plane.createRoom({ label: 'r', maxPublishers: 2 });
    const events: MediaEvent[] = [];
    const publisher = await room.createPublisher({ label: 'alice', onEvent: (e) => events.push(e) });
    const peer = peers.publisher(['audio', 'video']);
    await publisher.negotiate(await peer.offer());
    return { plane, peers, room, publisher, events };
  }

  it('is deterministic: same calls, same ids and SDP', async () => {
    const a = await setup();
    const b = await setup();
    expect(a.room.id).toBe(b.room.id);
    expect(a.publisher.feedId).toBe(b.publisher.feedId);
    expect(a.publisher.answers).toEqual(b.publisher.answers);
  });

  it('emits webrtcUp after negotiate resolved, or leaves it to the test', async () => {
    const plane = new FakeMediaPlane();
    const room = await plane.createRoom({ label: 'r', maxPublishers: 2 });
    const events: MediaEvent[] = [];
    const publisher = await room.createPublisher({ label: 'alice', onEvent: (e) => events.push(e) });
    await publisher.negotiate(await fixturePeers().publisher(['audio']).offer());
    expect(events).toEqual([]); // the caller resumes first, as with a real SFU
    await Promise.resolve();
    expect(events).toEqual([{ type: 'webrtcUp' }]);

    const manual = await setup({ autoConnect: false });
    const subscriber = await manual.room.createSubscriber({ label: 's' });
    const add = [{ feedId: manual.publisher.feedId, feedMid: '0' }];
    await expect(subscriber.update({ add, remove: [] })).rejects.toMatchObject({ kind: 'notFound' });
    manual.publisher.emit({ type: 'webrtcUp' });
    await expect(subscriber.update({ add, remove: [] })).resolves.not.toBeNull();
  });

  it('shows what a subscriber receives, honouring inactive streams and departed publishers', async () => {
    const { plane, peers, room, publisher } = await setup();
    await Promise.resolve();
    const subscriber = await room.createSubscriber({ label: 'bob' });
    const offer = await subscriber.update({
      add: [
        { feedId: publisher.feedId, feedMid: '0' },
        { feedId: publisher.feedId, feedMid: '1' },
      ],
      remove: [],
    });
    expect(subscriber.receiving).toEqual([]); // not answered yet
    await subscriber.answer(await peers.subscriber().answer(offer?.sdp ?? ''));
    await Promise.resolve();
    await Promise.resolve();
    expect(subscriber.receiving.map((s) => s.kind)).toEqual(['audio', 'video']);

    await publisher.setStreamActive('0', false);
    expect(plane.room(room.id).publishers.get(publisher.feedId)?.inactiveMids).toEqual(new Set(['0']));
    expect(subscriber.receiving.map((s) => s.kind)).toEqual(['video']);

    await publisher.close();
    expect(subscriber.receiving).toEqual([]);
    expect(room.publishers.size).toBe(0);
    // The next update renegotiates the departed streams away, even if it asks for nothing new.
    const cleaned = await subscriber.update({ add: [], remove: [{ feedId: publisher.feedId, feedMid: '0' }] });
    expect(cleaned?.streams).toEqual([]);
  });

  it('fails the next call on demand, once', async () => {
    const { plane, publisher } = await setup();
    plane.failNext('unavailable', 'requestKeyframe');
    await expect(publisher.trickle(null)).resolves.toBeUndefined();
    const error = await publisher.requestKeyframe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).kind).toBe('unavailable');
    await expect(publisher.requestKeyframe()).resolves.toBeUndefined();
    expect(publisher.keyframeRequests).toBe(1);

    plane.failNext('limitReached');
    await expect(plane.createRoom({ label: 'x', maxPublishers: 1 })).rejects.toMatchObject({ kind: 'limitReached' });
  });

  it('records candidates and selected layers', async () => {
    const { room, publisher, peers } = await setup();
    await Promise.resolve();
    await publisher.trickle({ candidate: 'candidate:1 1 udp 1 192.0.2.1 9 typ host', sdpMid: '0' });
    await publisher.trickle(null);
    expect(publisher.candidates).toHaveLength(2);
    const subscriber = await room.createSubscriber({ label: 's' });
    const offer = await subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '1' }], remove: [] });
    await subscriber.answer(await peers.subscriber().answer(offer?.sdp ?? ''));
    await subscriber.selectLayer(offer?.streams[0]?.mid ?? '', 2);
    expect([...subscriber.layers]).toEqual([[offer?.streams[0]?.mid, 2]]);
  });

  it('restartsLosingEveryRoomWhichSaysSoItselfAndThroughItsMembers', async () => {
    const { plane, room, events } = await setup();
    const lost: string[] = [];
    const empty = await plane.createRoom({ label: 'e', maxPublishers: 1, onLost: () => lost.push('empty') });
    const gone = await plane.createRoom({ label: 'g', maxPublishers: 1, onLost: () => lost.push('gone') });
    await gone.destroy();
    plane.restart();
    expect(lost).toEqual(['empty']);
    expect(events).toContainEqual({ type: 'lost' });
    expect(room.destroyed && empty.destroyed).toBe(true);
    await expect(empty.createPublisher({ label: 'late' })).rejects.toMatchObject({ kind: 'notFound' });
    expect(plane.rooms.size).toBe(0);
  });
});
