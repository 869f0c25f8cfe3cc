import { describe, expect, it } from 'vitest';
import { eventually, expectMediaError } from './contractHelpers.js';
import { contractSetup } from './contractSetup.js';
import type { MediaPlaneContractHarness } from './mediaPlaneContract.js';

/** A remote address nobody listens on: the SFU sends the leg's mix there and it is dropped. */
const phoneAt = (port: number) => ({ host: '127.0.0.1', port });

/**
 * The audio mixer part of the MediaPlane contract (ADR 0011), run against the fake and the
 * Janus adapter. Whether audio really flows is the Janus media test's job; this suite pins the
 * lifecycle: what exists, what is refused, what is gone after leave, remove and destroy.
 */
export function audioMixerContract(name: string, factory: () => Promise<MediaPlaneContractHarness>): void {
  describe(`MediaPlane audio mixer contract: ${name}`, () => {
    const { h, closeAfter, room, publish, subscriberFor } = contractSetup('mixer-contract', factory);

    it("a mixer's phones feed is subscribed to like a publisher's audio stream", async () => {
      const r = await room();
      const mixer = await r.createAudioMixer({ label: 'group-1' });
      expect(await h().mixerState(r.id, mixer)).toEqual({ exists: true, legs: 0, feedPublished: true });
      const { subscriber, answer } = await subscriberFor(r);
      const offer = await subscriber.update({ add: [mixer.phonesFeed], remove: [] });
      expect(offer?.streams.map((s) => [s.kind, s.feedId, s.feedMid])).toEqual([
        ['audio', mixer.phonesFeed.feedId, mixer.phonesFeed.feedMid],
      ]);
      await subscriber.answer(await answer(offer?.sdp ?? ''));
    });

    it("the phones feed takes one of the room's publisher places", async () => {
      const r = await room(1);
      await r.createAudioMixer({ label: 'g' });
      const publisher = await r.createPublisher({ label: 'pub' });
      const peer = closeAfter(h().peers.publisher(['audio']));
      await expectMediaError(publisher.negotiate(await peer.offer()), 'limitReached');
    });

    it('two mixers in one room have their own feeds', async () => {
      const r = await room();
      const a = await r.createAudioMixer({ label: 'a' });
      const b = await r.createAudioMixer({ label: 'b' });
      expect(a.id).not.toBe(b.id);
      expect(a.phonesFeed.feedId).not.toBe(b.phonesFeed.feedId);
    });

    it('phone legs get their own local address, can be muted, and are gone once they leave', async () => {
      const r = await room();
      const mixer = await r.createAudioMixer({ label: 'g' });
      const a = await mixer.joinPhone({ label: 'phone-a', codec: 'pcmu', remote: phoneAt(45010), muted: false });
      const b = await mixer.joinPhone({ label: 'phone-b', codec: 'pcma', remote: phoneAt(45012), muted: true });
      expect(a.local.host).toBe('127.0.0.1');
      expect(a.local.port).toBeGreaterThan(0);
      expect(b.local.port).not.toBe(a.local.port);
      expect((await h().mixerState(r.id, mixer)).legs).toBe(2);
      await a.setMuted(true);
      await b.setMuted(false);
      await Promise.all([a.leave(), a.leave()]);
      await a.leave();
      expect((await h().mixerState(r.id, mixer)).legs).toBe(1);
      await expectMediaError(a.setMuted(false), 'notFound');
    });

    it('refuses phone legs without an IPv4 remote address and port, or with another codec', async () => {
      const r = await room();
      const mixer = await r.createAudioMixer({ label: 'g' });
      await expectMediaError(
        mixer.joinPhone({ label: 'p', codec: 'pcmu', remote: phoneAt(0), muted: false }),
        'invalidRequest',
      );
      await expectMediaError(
        mixer.joinPhone({ label: 'p', codec: 'pcmu', remote: { host: '', port: 45020 }, muted: false }),
        'invalidRequest',
      );
      await expectMediaError(
        mixer.joinPhone({ label: 'p', codec: 'pcmu', remote: { host: 'gateway.example', port: 45020 }, muted: false }),
        'invalidRequest',
      );
      const codec = 'opus' as unknown as 'pcmu';
      await expectMediaError(
        mixer.joinPhone({ label: 'p', codec, remote: phoneAt(45022), muted: false }),
        'invalidRequest',
      );
      expect((await h().mixerState(r.id, mixer)).legs).toBe(0);
    });

    it('brings in published audio streams of its own room only, and removes them', async () => {
      const r = await room();
      const other = await room();
      const mixer = await r.createAudioMixer({ label: 'g' });
      const { publisher } = await publish(r, ['audio', 'video']);
      const stranger = await publish(other, ['audio']);
      await expectMediaError(mixer.addPublisherAudio(publisher, '1'), 'invalidRequest');
      await expectMediaError(mixer.addPublisherAudio(publisher, '7'), 'invalidRequest');
      await expectMediaError(mixer.addPublisherAudio(stranger.publisher, '0'), 'invalidRequest');
      const input = await mixer.addPublisherAudio(publisher, '0');
      expect((await h().mixerState(r.id, mixer)).legs).toBe(1);
      await Promise.all([input.remove(), input.remove()]);
      expect((await h().mixerState(r.id, mixer)).legs).toBe(0);
    });

    it('a publisher that leaves takes its mix inputs with it', async () => {
      const r = await room();
      const mixer = await r.createAudioMixer({ label: 'g' });
      const { publisher } = await publish(r, ['audio']);
      await mixer.addPublisherAudio(publisher, '0');
      await publisher.close();
      await eventually(async () => (await h().mixerState(r.id, mixer)).legs, 0);
    });

    it('destroy ends legs, inputs and the phones feed, refuses later calls, and is idempotent', async () => {
      const r = await room();
      const mixer = await r.createAudioMixer({ label: 'g' });
      const { publisher } = await publish(r, ['audio']);
      const phone = await mixer.joinPhone({ label: 'p', codec: 'pcmu', remote: phoneAt(45030), muted: false });
      await mixer.addPublisherAudio(publisher, '0');
      await Promise.all([mixer.destroy(), mixer.destroy()]);
      await mixer.destroy();
      expect(await h().mixerState(r.id, mixer)).toEqual({ exists: false, legs: 0, feedPublished: false });
      await expectMediaError(phone.setMuted(true), 'notFound');
      await expectMediaError(
        mixer.joinPhone({ label: 'late', codec: 'pcmu', remote: phoneAt(45032), muted: false }),
        'notFound',
      );
      await expectMediaError(mixer.addPublisherAudio(publisher, '0'), 'notFound');
      const subscriber = await r.createSubscriber({ label: 'sub' });
      await expectMediaError(subscriber.update({ add: [mixer.phonesFeed], remove: [] }), 'notFound');
    });

    it('destroying the media room destroys its mixers', async () => {
      const r = await room();
      const mixer = await r.createAudioMixer({ label: 'g' });
      await mixer.joinPhone({ label: 'p', codec: 'pcmu', remote: phoneAt(45040), muted: false });
      await r.destroy();
      expect(await h().mixerState(r.id, mixer)).toEqual({ exists: false, legs: 0, feedPublished: false });
      await expectMediaError(r.createAudioMixer({ label: 'late' }), 'notFound');
    });
  });
}
