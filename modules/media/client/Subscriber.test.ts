import { describe, expect, it } from 'vitest';
import { FakeClock, FakePeer, flush } from './fakes.test-support.js';
import { isCurrentOffer, type RemoteTrack, Subscriber } from './Subscriber.js';

const ALICE = 'alice-participant-0001';

describe('Subscriber', () => {
  it('answersEachOfferAndMapsMidsToStreams', async () => {
    const answers: string[] = [];
    const trickles: unknown[] = [];
    const seen: (readonly RemoteTrack[])[] = [];
    const peer = new FakePeer();
    const subscriber = new Subscriber({
      createPeer: () => peer,
      schedule: new FakeClock().schedule,
      commands: {
        subscriberAnswer: (sdp) => answers.push(sdp),
        trickle: (target, candidate) => trickles.push([target, candidate]),
        resubscribe: () => trickles.push('resubscribe'),
      },
      onTracks: (tracks) => seen.push(tracks),
      onError: (e) => {
        throw e;
      },
    });
    void subscriber.handleOffer({
      sdp: 'v=0 m-lines=2',
      generation: 0,
      streams: [
        { mid: '0', participantId: ALICE as never, source: 'microphone', kind: 'audio' },
        { mid: '1', participantId: ALICE as never, source: 'camera', kind: 'video' },
      ],
    });
    await subscriber.handleOffer({
      sdp: 'v=0 m-lines=2 second',
      generation: 0,
      streams: [{ mid: '1', participantId: ALICE as never, source: 'camera', kind: 'video' }],
    });
    expect(answers).toEqual(['v=0 answer to v=0 m-lines=2', 'v=0 answer to v=0 m-lines=2 second']);
    expect(seen.map((tracks) => tracks.map((t) => [t.mid, t.source, t.track.id]))).toEqual([
      [
        ['0', 'microphone', 'remote-0'],
        ['1', 'camera', 'remote-1'],
      ],
      [['1', 'camera', 'remote-1']],
    ]);
    peer.emitCandidate(null);
    expect(trickles).toEqual([['subscriber', null]]);
    await flush();
  });

  it('aFailedPeerIsReportedAndRestartAppliesTheNextOfferToAFreshPeer', async () => {
    const peers: FakePeer[] = [];
    const sent: string[] = [];
    const seen: (readonly RemoteTrack[])[] = [];
    const failures: number[] = [];
    const clock = new FakeClock();
    const subscriber = new Subscriber({
      createPeer: () => {
        const peer = new FakePeer();
        peers.push(peer);
        return peer;
      },
      schedule: clock.schedule,
      commands: {
        subscriberAnswer: (sdp) => sent.push(`answer ${sdp}`),
        trickle: () => undefined,
        resubscribe: () => sent.push('resubscribe'),
      },
      onTracks: (tracks) => seen.push(tracks),
      onError: (e) => {
        throw e;
      },
      onFailed: () => failures.push(peers.length),
    });
    const stream = { mid: '0', participantId: ALICE as never, source: 'camera' as const, kind: 'video' as const };
    await subscriber.handleOffer({ sdp: 'v=0 m-lines=1', streams: [stream], generation: 0 });
    peers[0]?.setConnectionState('disconnected');
    clock.advance(5_000);
    expect(failures).toEqual([1]);

    expect(subscriber.restart()).toBe(true);
    expect(peers[0]?.closed).toBe(true);
    expect(seen.at(-1)).toEqual([]);
    expect(sent.at(-1)).toBe('resubscribe');
    await subscriber.handleOffer({ sdp: 'v=0 m-lines=1 fresh', streams: [stream], generation: 1 });
    expect(peers).toHaveLength(2);
    expect(peers[1]?.remote).toEqual([{ type: 'offer', sdp: 'v=0 m-lines=1 fresh' }]);
    expect(sent.at(-1)).toBe('answer v=0 answer to v=0 m-lines=1 fresh');
    expect(seen.at(-1)?.map((t) => t.track.id)).toEqual(['remote-0']);
  });

  it('restartWithoutAnySubscriptionExpectsNoOffer', () => {
    const sent: string[] = [];
    const subscriber = new Subscriber({
      createPeer: () => new FakePeer(),
      schedule: new FakeClock().schedule,
      commands: { subscriberAnswer: () => undefined, trickle: () => undefined, resubscribe: () => sent.push('r') },
      onTracks: () => undefined,
      onError: () => undefined,
    });
    expect(subscriber.restart()).toBe(false);
    expect(sent).toEqual(['r']);
  });

  it('ignoresOffersOfTheOldSubscriberAfterResubscribeAndAppliesNewerOnes', async () => {
    const peers: FakePeer[] = [];
    const sent: string[] = [];
    const subscriber = new Subscriber({
      createPeer: () => {
        const peer = new FakePeer();
        peers.push(peer);
        return peer;
      },
      schedule: new FakeClock().schedule,
      commands: {
        subscriberAnswer: (sdp) => sent.push(`answer ${sdp}`),
        trickle: () => undefined,
        resubscribe: () => sent.push('resubscribe'),
      },
      onTracks: () => undefined,
      onError: (e) => {
        throw e;
      },
    });
    const stream = { mid: '0', participantId: ALICE as never, source: 'camera' as const, kind: 'video' as const };
    await subscriber.handleOffer({ sdp: 'v=0 gen3', streams: [stream], generation: 3 });
    subscriber.restart();
    // The old subscriber's renegotiation crossed our resubscribe on the wire.
    await subscriber.handleOffer({ sdp: 'v=0 gen3 late', streams: [stream], generation: 3 });
    await subscriber.handleOffer({ sdp: 'v=0 gen2 later', streams: [stream], generation: 2 });
    expect(peers).toHaveLength(1);
    expect(sent).toEqual(['answer v=0 answer to v=0 gen3', 'resubscribe']);
    await subscriber.handleOffer({ sdp: 'v=0 gen4', streams: [stream], generation: 4 });
    await subscriber.handleOffer({ sdp: 'v=0 gen4 again', streams: [stream], generation: 4 });
    expect(peers).toHaveLength(2);
    expect(peers[1]?.remote.map((d) => d.sdp)).toEqual(['v=0 gen4', 'v=0 gen4 again']);
  });

  it('dropsAnOfferQueuedBeforeARestartEvenIfItRunsAfterIt', async () => {
    const peers: FakePeer[] = [];
    const subscriber = new Subscriber({
      createPeer: () => {
        const peer = new FakePeer();
        peers.push(peer);
        return peer;
      },
      schedule: new FakeClock().schedule,
      commands: { subscriberAnswer: () => undefined, trickle: () => undefined, resubscribe: () => undefined },
      onTracks: () => undefined,
      onError: (e) => {
        throw e;
      },
    });
    const stream = { mid: '0', participantId: ALICE as never, source: 'camera' as const, kind: 'video' as const };
    const first = subscriber.handleOffer({ sdp: 'v=0 gen0', streams: [stream], generation: 0 });
    const queued = subscriber.handleOffer({ sdp: 'v=0 gen1', streams: [stream], generation: 1 });
    await first;
    subscriber.restart();
    await queued;
    expect(peers).toHaveLength(1);
    await subscriber.handleOffer({ sdp: 'v=0 gen2', streams: [stream], generation: 2 });
    expect(peers).toHaveLength(2);
  });

  it('decidesWhichGenerationIsCurrent', () => {
    expect(isCurrentOffer(0, -1, -1)).toBe(true);
    expect(isCurrentOffer(2, 2, -1)).toBe(true);
    expect(isCurrentOffer(1, 2, -1)).toBe(false);
    expect(isCurrentOffer(3, -1, 3)).toBe(false);
    expect(isCurrentOffer(4, 3, 3)).toBe(true);
  });
});
