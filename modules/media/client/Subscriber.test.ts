import { describe, expect, it } from 'vitest';
import { FakePeer, flush } from './fakes.test-support.js';
import { type RemoteTrack, Subscriber } from './Subscriber.js';

const ALICE = 'alice-participant-0001';

describe('Subscriber', () => {
  it('answersEachOfferAndMapsMidsToStreams', async () => {
    const answers: string[] = [];
    const trickles: unknown[] = [];
    const seen: (readonly RemoteTrack[])[] = [];
    const peer = new FakePeer();
    const subscriber = new Subscriber({
      createPeer: () => peer,
      commands: {
        subscriberAnswer: (sdp) => answers.push(sdp),
        trickle: (target, candidate) => trickles.push([target, candidate]),
      },
      onTracks: (tracks) => seen.push(tracks),
      onError: (e) => {
        throw e;
      },
    });
    void subscriber.handleOffer({
      sdp: 'v=0 m-lines=2',
      streams: [
        { mid: '0', participantId: ALICE as never, source: 'microphone', kind: 'audio' },
        { mid: '1', participantId: ALICE as never, source: 'camera', kind: 'video' },
      ],
    });
    await subscriber.handleOffer({
      sdp: 'v=0 m-lines=2 second',
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
});
