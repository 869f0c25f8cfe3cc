import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';
import type { MediaEvent } from '../MediaPlane.js';
import type { EmbeddedJanus } from './embeddedJanus.js';
import { JanusMediaPlane } from './JanusMediaPlane.js';
import { startTestJanus } from './testJanus.js';

/**
 * Media integration: a werift publisher really sends RTP (a silent Opus frame every 20 ms, a
 * tiny VP8 payload every 33 ms) and a werift subscriber receives it through Janus. Checked with
 * packet and byte counters, not pixels.
 */

let janus: EmbeddedJanus & { dispose(): Promise<void> };

beforeAll(async () => {
  janus = await startTestJanus({ min: 40400, max: 40599 });
});

afterAll(async () => {
  await janus.dispose();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Writes packets to a track at a fixed pace until stopped. */
function pace(track: MediaStreamTrack, everyMs: number, clockRate: number, payload: () => Buffer): () => void {
  let sequenceNumber = 0;
  let timestamp = 0;
  const step = Math.round((clockRate * everyMs) / 1000);
  const timer = setInterval(() => {
    sequenceNumber = (sequenceNumber + 1) & 0xffff;
    timestamp = (timestamp + step) >>> 0;
    track.writeRtp(new RtpPacket(new RtpHeader({ sequenceNumber, timestamp, marker: true }), payload()));
  }, everyMs);
  return () => clearInterval(timer);
}

/** Opus TOC for a 20 ms CELT frame plus a few bytes: what a silent Opus encoder emits. */
const opusFrame = () => Buffer.from([0xf8, 0xff, 0xfe]);
/** VP8 payload descriptor (start of partition) and a small non-keyframe body. */
const vp8Frame = () => Buffer.concat([Buffer.from([0x10, 0x01]), Buffer.alloc(120, 7)]);

describe('media through Janus', () => {
  it('forwards RTP from a publisher to a subscriber, and stops forwarding a gated stream', async () => {
    const plane = await JanusMediaPlane.connect({
      url: janus.url,
      apiSecret: janus.apiSecret,
      adminKey: janus.adminKey,
    });
    const pubPc = new RTCPeerConnection({ iceUseIpv6: false });
    const subPc = new RTCPeerConnection({ iceUseIpv6: false });
    const stops: (() => void)[] = [];
    try {
      const room = await plane.createRoom({ label: 'flow', maxPublishers: 2 });
      const publisherEvents: MediaEvent[] = [];
      const publisher = await room.createPublisher({ label: 'p', onEvent: (e) => publisherEvents.push(e) });
      const audio = new MediaStreamTrack({ kind: 'audio' });
      const video = new MediaStreamTrack({ kind: 'video' });
      pubPc.addTransceiver(audio, { direction: 'sendonly' });
      pubPc.addTransceiver(video, { direction: 'sendonly' });
      await pubPc.setLocalDescription(await pubPc.createOffer());
      const { answer } = await publisher.negotiate(pubPc.localDescription?.sdp ?? '');
      await pubPc.setRemoteDescription({ type: 'answer', sdp: answer });
      stops.push(pace(audio, 20, 48_000, opusFrame), pace(video, 33, 90_000, vp8Frame));
      await until(() => publisherEvents.some((e) => e.type === 'webrtcUp'), 'publisher webrtcUp');

      const received = { audio: { packets: 0, bytes: 0 }, video: { packets: 0, bytes: 0 } };
      subPc.onTrack.subscribe((track) => {
        track.onReceiveRtp.subscribe((rtp) => {
          const counter = received[track.kind === 'audio' ? 'audio' : 'video'];
          counter.packets++;
          counter.bytes += rtp.payload.length;
        });
      });
      const subscriberEvents: MediaEvent[] = [];
      const subscriber = await room.createSubscriber({ label: 's', onEvent: (e) => subscriberEvents.push(e) });
      const offer = await subscriber.update({
        add: [
          { feedId: publisher.feedId, feedMid: '0' },
          { feedId: publisher.feedId, feedMid: '1' },
        ],
        remove: [],
      });
      expect(offer?.streams).toHaveLength(2);
      await subPc.setRemoteDescription({ type: 'offer', sdp: offer?.sdp ?? '' });
      await subPc.setLocalDescription(await subPc.createAnswer());
      await subscriber.answer(subPc.localDescription?.sdp ?? '');

      await until(() => received.audio.packets > 20 && received.video.packets > 10, 'media at the subscriber');
      const before = structuredClone(received);
      await sleep(500);
      expect(received.audio.packets).toBeGreaterThan(before.audio.packets + 10);
      expect(received.audio.bytes).toBeGreaterThan(before.audio.bytes);
      expect(received.video.packets).toBeGreaterThan(before.video.packets + 5);
      expect(received.video.bytes).toBeGreaterThan(before.video.bytes + 500);
      expect(subscriberEvents.some((e) => e.type === 'webrtcUp')).toBe(true);
      expect(publisherEvents).toContainEqual({ type: 'mediaFlow', kind: 'audio', receiving: true });

      // Enforced mute: Janus stops relaying the audio while video keeps flowing.
      await publisher.setStreamActive('0', false);
      await sleep(150);
      const muted = structuredClone(received);
      await sleep(500);
      expect(received.audio.packets).toBe(muted.audio.packets);
      expect(received.video.packets).toBeGreaterThan(muted.video.packets + 5);
      await publisher.setStreamActive('0', true);
      await until(() => received.audio.packets > muted.audio.packets + 10, 'audio after unmute');

      // The publisher leaves while media flows and the subscriber drops its streams at once, racing Janus's
      // teardown of the publisher: this must still renegotiate, or the client keeps m-lines mapped to someone gone.
      await publisher.close();
      const after = await subscriber.update({
        add: [],
        remove: [
          { feedId: publisher.feedId, feedMid: '0' },
          { feedId: publisher.feedId, feedMid: '1' },
        ],
      });
      expect(after).not.toBeNull();
      expect(after?.streams).toEqual([]);
    } finally {
      for (const stop of stops) stop();
      await Promise.allSettled([pubPc.close(), subPc.close()]);
      await plane.close();
    }
  });
});
