import { describe, expect, it } from 'vitest';
import { FakePeer, fakeTrack, flush } from './fakes.test-support.js';
import type { MediaCommands } from './mediaCommands.js';
import { Publisher } from './Publisher.js';

type Call = [keyof MediaCommands, ...unknown[]];

function setup() {
  const calls: Call[] = [];
  const peers: FakePeer[] = [];
  const errors: unknown[] = [];
  const publisher = new Publisher({
    createPeer: () => {
      const peer = new FakePeer();
      peers.push(peer);
      return peer;
    },
    commands: {
      publish: (sdp, tracks) => calls.push(['publish', sdp, tracks]),
      unpublish: () => calls.push(['unpublish']),
      setMuted: (source, muted) => calls.push(['setMuted', source, muted]),
      trickle: (target, candidate) => calls.push(['trickle', target, candidate]),
    },
    onError: (e) => errors.push(e),
  });
  return { publisher, calls, peers, errors };
}

describe('Publisher', () => {
  it('publishesAnOfferListingEachSourceByMidWithSimulcastForTheCamera', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    void t.publisher.setTrack('camera', fakeTrack('video'));
    await flush();
    // The camera was added while the microphone offer was in flight: only one publish so far.
    expect(t.calls).toEqual([['publish', 'v=0 offer 1', [{ mid: '0', source: 'microphone' }]]]);
    expect(t.peers[0]?.transceivers[1]?.init?.sendEncodings?.map((e) => e.rid)).toEqual(['l', 'm', 'h']);
    expect(t.peers[0]?.transceivers[0]?.init?.direction).toBe('sendonly');

    t.publisher.handleAnswer('v=0 answer 1');
    await flush();
    expect(t.calls.at(-1)).toEqual([
      'publish',
      'v=0 offer 2',
      [
        { mid: '0', source: 'microphone' },
        { mid: '1', source: 'camera' },
      ],
    ]);
    t.publisher.handleAnswer('v=0 answer 2');
    await t.publisher.whenIdle();
    expect(t.peers[0]?.remote).toEqual([
      { type: 'answer', sdp: 'v=0 answer 1' },
      { type: 'answer', sdp: 'v=0 answer 2' },
    ]);
  });

  it('announcesMutedSourcesOnlyOnceTheyArePublished', async () => {
    const t = setup();
    t.publisher.setMuted('microphone', true);
    expect(t.calls).toEqual([]);
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.publisher.handleAnswer('v=0 answer');
    await t.publisher.whenIdle();
    expect(t.calls.at(-1)).toEqual(['setMuted', 'microphone', true]);
    t.publisher.setMuted('microphone', false);
    expect(t.calls.at(-1)).toEqual(['setMuted', 'microphone', false]);
  });

  it('swapsAndClearsTracksWithoutRenegotiating', async () => {
    const t = setup();
    void t.publisher.setTrack('camera', fakeTrack('video', 'a'));
    await flush();
    t.publisher.handleAnswer('v=0 answer');
    await t.publisher.whenIdle();
    await t.publisher.clearTrack('camera');
    expect(t.peers[0]?.transceivers[0]?.sender.track).toBeNull();
    await t.publisher.setTrack('camera', fakeTrack('video', 'b'));
    expect(t.peers[0]?.transceivers[0]?.sender.track?.id).toBe('b');
    expect(t.calls.filter((c) => c[0] === 'publish')).toHaveLength(1);
  });

  it('removingASourceStopsItsTransceiverAndRenegotiates', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.publisher.handleAnswer('v=0 a1');
    await t.publisher.whenIdle();
    void t.publisher.setTrack('screen', fakeTrack('video'));
    await flush();
    t.publisher.handleAnswer('v=0 a2');
    await t.publisher.whenIdle();
    void t.publisher.removeSource('screen');
    await flush();
    expect(t.peers[0]?.transceivers[1]?.stopped).toBe(true);
    expect(t.calls.at(-1)).toEqual(['publish', 'v=0 offer 3', [{ mid: '0', source: 'microphone' }]]);
  });

  it('unpublishesAndDropsThePeerWhenNothingIsLeft', async () => {
    const t = setup();
    void t.publisher.setTrack('screen', fakeTrack('video'));
    await flush();
    t.publisher.handleAnswer('v=0 a1');
    await t.publisher.whenIdle();
    await t.publisher.removeSource('screen');
    expect(t.calls.at(-1)).toEqual(['unpublish']);
    expect(t.peers[0]?.closed).toBe(true);
    void t.publisher.setTrack('screen', fakeTrack('video'));
    await flush();
    expect(t.peers).toHaveLength(2);
  });

  it('aRejectedPublishRollsBackReportsAndKeepsTheQueueGoing', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.publisher.handleRejected('negotiationFailed');
    await t.publisher.whenIdle();
    expect(t.errors).toHaveLength(1);
    expect(t.peers[0]?.localDescription).toBeNull();
    void t.publisher.setTrack('camera', fakeTrack('video'));
    await flush();
    expect(t.calls.filter((c) => c[0] === 'publish')).toHaveLength(2);
  });

  it('tricklesPublisherCandidatesAndEndOfCandidates', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.peers[0]?.emitCandidate({
      candidate: 'candidate:1 1 udp 1 10.0.0.1 5000 typ host',
      sdpMid: '0',
      sdpMLineIndex: 0,
    });
    t.peers[0]?.emitCandidate(null);
    expect(t.calls.slice(-2)).toEqual([
      [
        'trickle',
        'publisher',
        { candidate: 'candidate:1 1 udp 1 10.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 },
      ],
      ['trickle', 'publisher', null],
    ]);
  });
});
