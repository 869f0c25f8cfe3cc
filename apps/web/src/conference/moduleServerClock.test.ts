import type { SocketHandlers } from '@plenum/module-core/client';
import { FakeClock, FakePeer, flush } from '@plenum/module-media/client/fakes';
import { type TimerState, timerClient } from '@plenum/module-timer/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConferenceSession } from './ConferenceSession.js';
import { memoryDevicePreferences } from './devicePreferences.js';

const SELF = 'self-participant-00001';
const person = {
  id: SELF,
  displayName: 'Sam',
  role: 'participant',
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt: 2,
  permissions: { microphone: true, screen: false },
  group: null,
};

/** A session with the timer module only, its socket's `receive`. */
function session() {
  const sockets: SocketHandlers[] = [];
  const clock = new FakeClock();
  const conference = new ConferenceSession(
    {
      displayName: 'Sam',
      microphone: null,
      camera: null,
      microphoneMuted: false,
      microphoneDeviceId: '',
      cameraDeviceId: '',
      speakerDeviceId: '',
    },
    {
      ticket: async () => ({ kind: 'ticket', ticket: `access-ticket-${'x'.repeat(32)}` }),
      openSocket: (handlers) => {
        sockets.push(handlers);
        return { send: () => {}, close: () => {} };
      },
      schedule: clock.schedule,
      every: () => () => {},
      now: () => clock.now,
      createPeer: () => new FakePeer(),
      mediaDevices: undefined,
      createAudioContext: () => null,
      preferences: memoryDevicePreferences(),
      modules: [timerClient],
    },
  );
  const receive = (frame: unknown) => sockets.at(-1)?.onMessage(JSON.stringify(frame));
  return { conference, sockets, receive };
}

describe('the server clock of modules', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('isLearnedWhenEachFrameArrivesNotWhenAViewFirstShowsIt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // This device's clock is 14 s behind the server's.
    const serverJoin = Date.UTC(2026, 10, 26, 10, 0, 0);
    vi.setSystemTime(serverJoin - 14_000);
    const { conference, sockets, receive } = session();
    conference.start();
    await flush();
    sockets[0]?.onOpen();
    receive({
      ns: 'core',
      event: 'joined',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      resumed: false,
      resume: { participantId: SELF, secret: 'secret-secret-secret-1' },
      reconnectGraceSeconds: 10,
      participants: [person],
      policy: { selfRename: true, switchedOff: [] },
      modules: { timer: { running: null, serverNow: serverJoin } },
    });
    await flush();
    const timer = () => conference.getSnapshot().modules.timer as TimerState;
    expect(timer().clock).toEqual({ offset: 14_000 });
    // A minute later a countdown starts; the frame takes 200 ms, and the device clock has drifted by 1 s meanwhile.
    const startedAt = serverJoin + 60_000;
    vi.setSystemTime(startedAt - 14_000 - 1000 + 200);
    receive({
      ns: 'timer',
      event: 'started',
      timer: {
        id: 'timer-1',
        kind: 'countdown',
        title: '',
        style: 'normal',
        readyCheck: false,
        startedBy: SELF,
        startedAt,
        endsAt: startedAt + 60_000,
      },
    });
    expect(timer().clock).toEqual({ offset: 14_800 });
    conference.dispose();
  });
});
