import { describe, expect, it } from 'vitest';
import type { AudioMixer, MediaPlane } from '../MediaPlane.js';
import { parseSdpMedia } from '../sdp/sdpMedia.js';
import type { ContractPeers } from './ContractPeers.js';
import { expectMediaError } from './contractHelpers.js';
import { contractSetup } from './contractSetup.js';

export interface MixerState {
  readonly exists: boolean;
  readonly legs: number;
  readonly feedPublished: boolean;
}

export interface MediaPlaneContractHarness {
  readonly plane: MediaPlane;
  readonly peers: ContractPeers;
  /** Asks the SFU directly whether a room still exists (to check `destroy` and `close`). */
  roomExists(roomId: string): Promise<boolean>;
  /**
   * Asks the SFU directly what is left of an audio mixer: whether its mix exists, how many legs
   * (phones and inputs) it has, and whether its phones feed is still a publisher of the room.
   */
  mixerState(roomId: string, mixer: AudioMixer): Promise<MixerState>;
  /** Releases what the factory created besides the plane (the plane is closed by the suite). */
  dispose?(): Promise<void>;
}

const mids = (sdp: string) => parseSdpMedia(sdp).map((m) => m.mid);

/**
 * The MediaPlane contract, run against every implementation (the in-memory fake and the Janus
 * adapter) so the room runtime can trust the fake. `factory` yields a fresh plane per test.
 */
export function mediaPlaneContract(name: string, factory: () => Promise<MediaPlaneContractHarness>): void {
  describe(`MediaPlane contract: ${name}`, () => {
    const { h, closeAfter, room, publish, subscriberFor } = contractSetup('contract', factory);

    it('creates rooms with distinct ids that exist until destroyed', async () => {
      const a = await room();
      const b = await room();
      expect(a.id).not.toBe(b.id);
      expect(await h().roomExists(a.id)).toBe(true);
      await a.destroy();
      expect(await h().roomExists(a.id)).toBe(false);
      expect(await h().roomExists(b.id)).toBe(true);
    });

    it('destroy is idempotent, also when called concurrently', async () => {
      const r = await room();
      await Promise.all([r.destroy(), r.destroy()]);
      await r.destroy();
      expect(await h().roomExists(r.id)).toBe(false);
    });

    it('a destroyed room refuses new publishers and subscribers with notFound', async () => {
      const r = await room();
      await r.destroy();
      await expectMediaError(r.createPublisher({ label: 'late' }), 'notFound');
      await expectMediaError(r.createSubscriber({ label: 'late' }), 'notFound');
    });

    it('rejects a room without publishers as invalidRequest', async () => {
      await expectMediaError(h().plane.createRoom({ label: 'x', maxPublishers: 0 }), 'invalidRequest');
    });

    it('ping measures a round trip', async () => {
      const ms = await h().plane.ping();
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(5_000);
    });

    it('publish answers the offer and reports the published streams', async () => {
      const r = await room();
      const { publisher, streams, answer, events } = await publish(r, ['audio', 'video']);
      expect(publisher.feedId).toMatch(/^\S+$/);
      expect(streams).toEqual([
        { mid: '0', kind: 'audio', simulcast: false },
        { mid: '1', kind: 'video', simulcast: false },
      ]);
      expect(mids(answer)).toEqual(['0', '1']);
      expect(parseSdpMedia(answer).map((m) => m.direction)).toEqual(['recvonly', 'recvonly']);
      expect(events.map((e) => e.type)).toContain('webrtcUp');
    });

    it('renegotiation adds and removes a stream', async () => {
      const r = await room();
      const { publisher, peer } = await publish(r, ['audio']);
      peer.addTrack('video');
      const added = await publisher.negotiate(await peer.offer());
      await peer.accept(added.answer);
      expect(added.streams.map((s) => [s.mid, s.kind])).toEqual([
        ['0', 'audio'],
        ['1', 'video'],
      ]);
      expect(mids(added.answer)).toEqual(['0', '1']);
      peer.removeTrack('0');
      const removed = await publisher.negotiate(await peer.offer());
      await peer.accept(removed.answer);
      expect(removed.streams.map((s) => [s.mid, s.kind])).toEqual([['1', 'video']]);
    });

    it('enforces maxPublishers with limitReached', async () => {
      const r = await room(1);
      await publish(r, ['audio']);
      const second = await r.createPublisher({ label: 'second' });
      const peer = closeAfter(h().peers.publisher(['audio']));
      await expectMediaError(second.negotiate(await peer.offer()), 'limitReached');
    });

    it('gates streams and asks for keyframes on published mids only', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio', 'video']);
      await publisher.setStreamActive('0', false);
      await publisher.setStreamActive('0', true);
      await publisher.requestKeyframe();
      await expectMediaError(publisher.setStreamActive('9', false), 'invalidRequest');
    });

    it('subscribing to a feed yields an offer and the mid mapping', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio', 'video']);
      const { subscriber, answer } = await subscriberFor(r);
      const offer = await subscriber.update({
        add: [
          { feedId: publisher.feedId, feedMid: '0' },
          { feedId: publisher.feedId, feedMid: '1' },
        ],
        remove: [],
      });
      expect(offer).not.toBeNull();
      if (offer === null) return;
      expect(offer.streams.map((s) => ({ feedId: s.feedId, feedMid: s.feedMid, kind: s.kind }))).toEqual([
        { feedId: publisher.feedId, feedMid: '0', kind: 'audio' },
        { feedId: publisher.feedId, feedMid: '1', kind: 'video' },
      ]);
      const media = parseSdpMedia(offer.sdp);
      for (const stream of offer.streams) {
        const line = media.find((m) => m.mid === stream.mid);
        expect(line?.kind).toBe(stream.kind);
        expect(line?.direction).toBe('sendonly');
      }
      await subscriber.answer(await answer(offer.sdp));
    });

    it('update adds and removes streams, and removing the last one does not break', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio', 'video']);
      const { subscriber, answer } = await subscriberFor(r);
      const audio = { feedId: publisher.feedId, feedMid: '0' };
      const video = { feedId: publisher.feedId, feedMid: '1' };

      const first = await subscriber.update({ add: [audio], remove: [] });
      expect(first?.streams.map((s) => s.kind)).toEqual(['audio']);
      await subscriber.answer(await answer(first?.sdp ?? ''));

      const both = await subscriber.update({ add: [video], remove: [] });
      expect(both?.streams.map((s) => s.kind)).toEqual(['audio', 'video']);
      await subscriber.answer(await answer(both?.sdp ?? ''));

      const videoOnly = await subscriber.update({ add: [], remove: [audio] });
      expect(videoOnly?.streams.map((s) => [s.kind, s.feedMid])).toEqual([['video', '1']]);
      await subscriber.answer(await answer(videoOnly?.sdp ?? ''));

      const none = await subscriber.update({ add: [], remove: [video] });
      if (none !== null) {
        expect(none.streams).toEqual([]);
        await subscriber.answer(await answer(none.sdp));
      }

      const again = await subscriber.update({ add: [audio], remove: [] });
      expect(again?.streams.map((s) => [s.kind, s.feedMid])).toEqual([['audio', '0']]);
      await subscriber.answer(await answer(again?.sdp ?? ''));
    });

    it('removing the streams of a publisher that has left still yields an offer without them', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio', 'video']);
      const other = await publish(r, ['audio']);
      const { subscriber, answer } = await subscriberFor(r);
      const gone = [
        { feedId: publisher.feedId, feedMid: '0' },
        { feedId: publisher.feedId, feedMid: '1' },
      ];
      const stays = { feedId: other.publisher.feedId, feedMid: '0' };
      const first = await subscriber.update({ add: [...gone, stays], remove: [] });
      await subscriber.answer(await answer(first?.sdp ?? ''));
      await publisher.close();
      const after = await subscriber.update({ add: [], remove: gone });
      expect(after).not.toBeNull();
      expect(after?.streams.map((s) => [s.feedId, s.feedMid])).toEqual([[other.publisher.feedId, '0']]);
      await subscriber.answer(await answer(after?.sdp ?? ''));
    });

    it('an update that changes nothing resolves null', async () => {
      const r = await room();
      const { subscriber } = await subscriberFor(r);
      expect(await subscriber.update({ add: [], remove: [] })).toBeNull();
    });

    it('refuses an update before the previous offer was answered, and an answer without offer', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio', 'video']);
      const { subscriber, answer } = await subscriberFor(r);
      await expectMediaError(subscriber.answer('v=0\r\n'), 'invalidRequest');
      const offer = await subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '0' }], remove: [] });
      await expectMediaError(
        subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '1' }], remove: [] }),
        'invalidRequest',
      );
      await subscriber.answer(await answer(offer?.sdp ?? ''));
    });

    it('selects simulcast layers on subscribed video streams only', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio', 'video']);
      const { subscriber, answer } = await subscriberFor(r);
      const offer = await subscriber.update({
        add: [
          { feedId: publisher.feedId, feedMid: '0' },
          { feedId: publisher.feedId, feedMid: '1' },
        ],
        remove: [],
      });
      await subscriber.answer(await answer(offer?.sdp ?? ''));
      const videoMid = offer?.streams.find((s) => s.kind === 'video')?.mid ?? '';
      const audioMid = offer?.streams.find((s) => s.kind === 'audio')?.mid ?? '';
      await subscriber.selectLayer(videoMid, 0);
      await expectMediaError(subscriber.selectLayer(audioMid, 0), 'invalidRequest');
    });

    it('accepts trickled candidates and end-of-candidates', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio']);
      const candidate = {
        candidate: 'candidate:1 1 udp 2130706431 192.0.2.10 50000 typ host',
        sdpMid: '0',
        sdpMLineIndex: 0,
      };
      await publisher.trickle(candidate);
      await publisher.trickle(null);
      const { subscriber, answer } = await subscriberFor(r);
      const offer = await subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '0' }], remove: [] });
      await subscriber.answer(await answer(offer?.sdp ?? ''));
      await subscriber.trickle(candidate);
      await subscriber.trickle(null);
    });

    it('unknown feeds and mids are notFound', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio']);
      const { subscriber } = await subscriberFor(r);
      await expectMediaError(
        subscriber.update({ add: [{ feedId: '123456789', feedMid: '0' }], remove: [] }),
        'notFound',
      );
      await expectMediaError(
        subscriber.update({ add: [{ feedId: 'not-a-feed', feedMid: '0' }], remove: [] }),
        'notFound',
      );
      await expectMediaError(
        subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '7' }], remove: [] }),
        'notFound',
      );
    });

    it('a closed publisher is no longer a feed', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio']);
      await publisher.close();
      await publisher.close();
      const { subscriber } = await subscriberFor(r);
      await expectMediaError(
        subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '0' }], remove: [] }),
        'notFound',
      );
      await expectMediaError(publisher.requestKeyframe(), 'notFound');
    });

    it('destroying a room ends its publishers and subscribers', async () => {
      const r = await room();
      const { publisher } = await publish(r, ['audio']);
      const { subscriber } = await subscriberFor(r);
      await r.destroy();
      await expectMediaError(publisher.requestKeyframe(), 'notFound');
      await expectMediaError(
        subscriber.update({ add: [{ feedId: publisher.feedId, feedMid: '0' }], remove: [] }),
        'notFound',
      );
    });

    it('close releases everything and is idempotent', async () => {
      const a = await room();
      const b = await room();
      await publish(a, ['audio']);
      await h().plane.close();
      await h().plane.close();
      expect(await h().roomExists(a.id)).toBe(false);
      expect(await h().roomExists(b.id)).toBe(false);
      await expectMediaError(h().plane.createRoom({ label: 'after', maxPublishers: 1 }), 'unavailable');
    });
  });
}
