import type { SocketHandlers } from '@plenum/module-core/client';
import { FakePeer, flush } from '@plenum/module-media/client/fakes';
import { describe, expect, it } from 'vitest';
import { type Announcement, ConferenceSession } from './ConferenceSession.js';

const SELF = 'self-participant-00001';
const ANNA = 'anna-participant-00002';
const person = (id: string, displayName: string, joinedAt: number) => ({
  id,
  displayName,
  role: 'participant',
  kind: 'browser',
  presence: 'online',
  joinedAt,
});
const joined = (resumed = false) => ({
  ns: 'core',
  event: 'joined',
  participantId: SELF,
  connectionId: 'connection-id-0000001',
  resumed,
  resume: { participantId: SELF, secret: 'secret-secret-secret-1' },
  reconnectGraceSeconds: 10,
  participants: [person(SELF, 'Sam', 2)],
  modules: { media: { participants: {} } },
});

function fakeTrack(kind: 'audio' | 'video') {
  const track = {
    kind,
    id: `${kind}-1`,
    enabled: true,
    readyState: 'live',
    stopped: false,
    stop() {
      track.stopped = true;
    },
    addEventListener() {},
  };
  return track;
}

function setup(microphoneMuted = false) {
  const sent: Record<string, unknown>[] = [];
  const sockets: SocketHandlers[] = [];
  const peers: FakePeer[] = [];
  const announcements: Announcement[] = [];
  const retries: (() => void)[] = [];
  const microphone = fakeTrack('audio');
  const session = new ConferenceSession(
    {
      displayName: 'Sam',
      microphone: microphone as unknown as MediaStreamTrack,
      camera: null,
      microphoneMuted,
      microphoneDeviceId: '',
      cameraDeviceId: '',
    },
    {
      openSocket: (handlers) => {
        sockets.push(handlers);
        return { send: (data) => sent.push(JSON.parse(data)), close: () => {} };
      },
      schedule: (fn) => {
        retries.push(fn);
        return () => {};
      },
      every: () => () => {},
      now: () => 0,
      createPeer: () => {
        const peer = new FakePeer();
        peers.push(peer);
        return peer;
      },
      mediaDevices: undefined,
      createAudioContext: () => null,
    },
  );
  session.onAnnounce((a) => announcements.push(a));
  const receive = (frame: unknown) => sockets.at(-1)?.onMessage(JSON.stringify(frame));
  return { session, sent, sockets, peers, announcements, retries, microphone, receive };
}

describe('ConferenceSession', () => {
  it('publishesTheMicrophoneAfterJoinedAndAnnouncesMuteOnceAnswered', async () => {
    const t = setup(true);
    t.session.start();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    await flush();
    expect(t.sent.map((f) => `${f.ns}.${f.action}`)).toEqual(['core.join', 'media.publish']);
    expect(t.microphone.enabled).toBe(false);
    t.receive({ ns: 'media', event: 'publishAnswer', sdp: 'v=0 answer' });
    await flush();
    expect(t.sent.at(-1)).toEqual({ ns: 'media', action: 'setMuted', source: 'microphone', muted: true });
    expect(t.announcements).toEqual([{ kind: 'youJoined' }]);
  });

  it('rebuildsThePeerConnectionsAfterAResumedJoin', async () => {
    const t = setup();
    t.session.start();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    await flush();
    t.sockets[0]?.onClose();
    expect(t.session.getSnapshot().connection.phase).toBe('reconnecting');
    expect(t.peers[0]?.closed).toBe(true);
    t.retries[0]?.();
    t.sockets[1]?.onOpen();
    t.receive(joined(true));
    await flush();
    expect(t.peers).toHaveLength(2);
    expect(t.sent.filter((f) => f.action === 'publish')).toHaveLength(2);
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'joined', resumed: true });
  });

  it('announcesOthersJoiningLeavingAndSharingTheirScreen', async () => {
    const t = setup();
    t.session.start();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    t.receive({ ns: 'core', event: 'participantJoined', participant: person(ANNA, 'Anna', 3) });
    const screen = { published: true, muted: false };
    const none = { published: false, muted: false };
    t.receive({
      ns: 'media',
      event: 'mediaStateChanged',
      participantId: ANNA,
      media: { microphone: none, camera: none, screen },
    });
    t.receive({ ns: 'core', event: 'participantLeft', participantId: ANNA, reason: 'left' });
    t.receive({ ns: 'core', event: 'somethingUnknown' });
    expect(t.announcements.slice(1)).toEqual([
      { kind: 'joined', name: 'Anna' },
      { kind: 'shareStarted', name: 'Anna' },
      { kind: 'left', name: 'Anna' },
    ]);
    expect(t.session.getSnapshot().media.participants).toEqual({});
  });

  it('leaveSaysGoodbyeAndReleasesTheDevices', async () => {
    const t = setup();
    t.session.start();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    t.session.leave();
    expect(t.sent.at(-1)).toEqual({ ns: 'core', action: 'leave' });
    expect(t.microphone.stopped).toBe(true);
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'left' });
  });
});
