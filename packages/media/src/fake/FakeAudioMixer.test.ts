import { describe, expect, it } from 'vitest';
import { fixturePeers } from '../contract/fixturePeers.js';
import { FakeMediaPlane } from './FakeMediaPlane.js';

/** What the fake mixer offers beyond the contract: who hears whom, for the media module's scenario tests. */
describe('FakeAudioMixer', () => {
  async function setup() {
    const plane = new FakeMediaPlane();
    const room = await plane.createRoom({ label: 'r', maxPublishers: 3 });
    const mixer = await room.createAudioMixer({ label: 'group' });
    const phone = (label: string, muted = false) =>
      mixer.joinPhone({ label, codec: 'pcmu', remote: { host: '192.0.2.7', port: 4000 }, muted });
    return { plane, room, mixer, phone };
  }

  it('the phones feed carries the unmuted phones, and each phone hears the others but never itself', async () => {
    const { mixer, phone } = await setup();
    const a = await phone('a');
    const b = await phone('b');
    const c = await phone('c', true);
    expect(mixer.feedCarries()).toEqual(['a', 'b']);
    expect(mixer.heardBy(a)).toEqual(['b']);
    expect(mixer.heardBy(c)).toEqual(['a', 'b']);
    await b.setMuted(true);
    expect(mixer.feedCarries()).toEqual(['a']);
    expect(mixer.heardBy(a)).toEqual([]);
    await a.leave();
    expect(mixer.phones.map((p) => p.label)).toEqual(['b', 'c']);
    expect(mixer.heardBy(a)).toEqual([]);
  });

  it('phones hear a publisher input only while its stream is forwarded, and it never enters the phones feed', async () => {
    const { room, mixer, phone } = await setup();
    const a = await phone('a');
    const publisher = await room.createPublisher({ label: 'alice' });
    await publisher.negotiate(await fixturePeers().publisher(['audio']).offer());
    await Promise.resolve();
    const input = await mixer.addPublisherAudio(publisher, '0');
    expect(mixer.heardBy(a)).toEqual([`feed:${publisher.feedId}/0`]);
    expect(mixer.feedCarries()).toEqual(['a']);
    await publisher.setStreamActive('0', false); // enforced mute stops the forwarder too
    expect(mixer.heardBy(a)).toEqual([]);
    await publisher.setStreamActive('0', true);
    await input.remove();
    expect(mixer.heardBy(a)).toEqual([]);
    expect(mixer.inputs).toEqual([]);
  });

  it('the phones feed is a publisher of the room and counts against maxPublishers', async () => {
    const { room, mixer } = await setup();
    expect(room.publishers.get(mixer.phonesFeed.feedId)?.connected).toBe(true);
    const peers = fixturePeers();
    for (const label of ['p1', 'p2']) {
      const p = await room.createPublisher({ label });
      await p.negotiate(await peers.publisher(['audio']).offer());
      await Promise.resolve();
    }
    const third = await room.createPublisher({ label: 'p3' });
    await expect(third.negotiate(await peers.publisher(['audio']).offer())).rejects.toMatchObject({
      kind: 'limitReached',
    });
  });

  it('fails mixer calls on demand, once', async () => {
    const { plane, room, phone } = await setup();
    plane.failNext('unavailable', 'joinPhone');
    await expect(phone('a')).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(phone('a')).resolves.toBeDefined();
    plane.failNext('internal', 'createAudioMixer');
    await expect(room.createAudioMixer({ label: 'x' })).rejects.toMatchObject({ kind: 'internal' });
    expect(room.mixers.size).toBe(1);
  });
});
