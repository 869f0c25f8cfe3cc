import { describe, expect, it } from 'vitest';
import { FakeClock, FakePeer, fakeTrack, flush } from './fakes.test-support.js';
import type { MediaCommands } from './mediaCommands.js';
import { Publisher } from './Publisher.js';

type Call = [keyof MediaCommands, ...unknown[]];

function setup() {
  const calls: Call[] = [];
  const peers: FakePeer[] = [];
  const errors: unknown[] = [];
  const failures: string[] = [];
  const connected: number[] = [];
  const clock = new FakeClock();
  const publisher = new Publisher({
    schedule: clock.schedule,
    onFailed: (reason) => failures.push(reason),
    onConnected: () => connected.push(peers.length),
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
  return { publisher, calls, peers, errors, failures, connected, clock };
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

  it('reportsAFailedPeerConnectionOnceAndAConnectedOne', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.peers[0]?.setConnectionState('connecting');
    t.peers[0]?.setConnectionState('connected');
    expect(t.connected).toEqual([1]);
    t.peers[0]?.setConnectionState('failed');
    t.peers[0]?.setConnectionState('failed');
    expect(t.failures).toEqual(['connection']);
  });

  it('aDisconnectCountsAsFailedOnlyAfterTheGracePeriod', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.peers[0]?.setConnectionState('disconnected');
    t.clock.advance(4_000);
    t.peers[0]?.setConnectionState('connected');
    t.clock.advance(10_000);
    expect(t.failures).toEqual([]);
    t.peers[0]?.setConnectionState('disconnected');
    t.clock.advance(5_000);
    expect(t.failures).toEqual(['connection']);
  });

  it('restartUnpublishesAndPublishesTheLiveTracksOnAFreshPeer', async () => {
    const t = setup();
    t.publisher.setMuted('microphone', true);
    void t.publisher.setTrack('microphone', fakeTrack('audio', 'mic'));
    await flush();
    t.publisher.handleAnswer('v=0 a1');
    await t.publisher.whenIdle();
    void t.publisher.setTrack('camera', fakeTrack('video', 'cam'));
    await flush();
    t.publisher.handleAnswer('v=0 a2');
    await t.publisher.whenIdle();
    // Camera off: its m-line stays but sends nothing; a rebuild does not carry it over.
    await t.publisher.clearTrack('camera');
    t.calls.length = 0;

    expect(t.publisher.restart()).toBe(true);
    await flush();
    expect(t.peers[0]?.closed).toBe(true);
    expect(t.peers).toHaveLength(2);
    expect(t.peers[1]?.transceivers.map((x) => x.sender.track?.id)).toEqual(['mic']);
    expect(t.calls).toEqual([['unpublish'], ['publish', 'v=0 offer 1', [{ mid: '0', source: 'microphone' }]]]);
    t.publisher.handleAnswer('v=0 a3');
    await t.publisher.whenIdle();
    expect(t.calls.at(-1)).toEqual(['setMuted', 'microphone', true]);
    // The old peer's late events are ignored.
    t.peers[0]?.setConnectionState('failed');
    expect(t.failures).toEqual([]);
  });

  it('restartDuringAnOutstandingPublishAbandonsItQuietly', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.publisher.restart();
    await flush();
    expect(t.calls.map((c) => c[0])).toEqual(['publish', 'unpublish', 'publish']);
    t.publisher.handleAnswer('v=0 answer');
    await t.publisher.whenIdle();
    expect(t.peers[1]?.remote).toEqual([{ type: 'answer', sdp: 'v=0 answer' }]);
    expect(t.errors).toEqual([]);
  });

  it('restartWithNothingToSendOnlyUnpublishes', async () => {
    const t = setup();
    expect(t.publisher.restart()).toBe(false);
    expect(t.calls).toEqual([['unpublish']]);
    expect(t.peers).toHaveLength(0);
  });

  it('anUnansweredPublishTimesOutAsAFailureAndUnblocksTheQueue', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    void t.publisher.setTrack('camera', fakeTrack('video'));
    t.clock.advance(14_999);
    await flush();
    expect(t.failures).toEqual([]);
    t.clock.advance(1);
    await flush();
    expect(t.failures).toEqual(['timeout']);
    expect(t.errors).toEqual([]);
    // The coalesced camera request runs after the timed-out one instead of waiting forever.
    expect(t.calls.filter((c) => c[0] === 'publish')).toHaveLength(2);
    t.publisher.handleAnswer('v=0 late but fine');
    await t.publisher.whenIdle();
    expect(t.clock.pending).toEqual([]);
  });

  it('anAnsweredPublishCancelsItsTimeout', async () => {
    const t = setup();
    void t.publisher.setTrack('microphone', fakeTrack('audio'));
    await flush();
    t.publisher.handleAnswer('v=0 answer');
    await t.publisher.whenIdle();
    t.clock.advance(60_000);
    expect(t.failures).toEqual([]);
  });
});
