import type { AnyClientModule } from '@plenum/client-kit';
import { chatClient } from '@plenum/module-chat/client';
import type { SocketHandlers } from '@plenum/module-core/client';
import { type LobbyState, lobbyClient } from '@plenum/module-lobby/client';
import { lobbyProtocol } from '@plenum/module-lobby/protocol';
import { FakeClock, FakePeer, flush } from '@plenum/module-media/client/fakes';
import { moderationClient } from '@plenum/module-moderation/client';
import { describe, expect, it } from 'vitest';
import { type Announcement, ConferenceSession } from './ConferenceSession.js';
import { memoryDevicePreferences } from './devicePreferences.js';
import { briefNoticeMs } from './notices/NoticeBoard.js';
import type { ResumeStore } from './resumeStore.js';

const SELF = 'self-participant-00001';
const TICKET = `access-ticket-${'x'.repeat(32)}`;
const ANNA = 'anna-participant-00002';
const PHONE = 'phone-participant-0003';
const person = (id: string, displayName: string, joinedAt: number) => ({
  id,
  displayName,
  role: 'participant',
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt,
  permissions: { microphone: true, screen: false },
  group: null,
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
  // The room policy the core protocol is gaining (issue 5); ignored by a core without it.
  policy: { selfRename: true, switchedOff: [] },
  modules: { media: { participants: {} } },
});

type Kind = 'audio' | 'video';

function fakeTrack(kind: Kind, id = `${kind}-1`, deviceId = `${kind}-device-default`) {
  const listeners: (() => void)[] = [];
  const track = {
    kind,
    id,
    enabled: true,
    readyState: 'live',
    stopped: false,
    stop() {
      track.stopped = true;
      track.readyState = 'ended';
    },
    getSettings: () => ({ deviceId }),
    addEventListener(type: string, fn: () => void) {
      if (type === 'ended') listeners.push(fn);
    },
    /** The device was unplugged: the browser ends the track and fires `ended`. */
    unplug() {
      track.readyState = 'ended';
      for (const fn of listeners) fn();
    },
  };
  return track;
}
type FakeTrack = ReturnType<typeof fakeTrack>;

/** A fake `navigator.mediaDevices`: a device list, getUserMedia by exact id, and `devicechange`. */
function fakeDevices() {
  const list: { kind: MediaDeviceKind; deviceId: string }[] = [
    { kind: 'audioinput', deviceId: 'audio-device-default' },
    { kind: 'audioinput', deviceId: 'headset' },
    { kind: 'videoinput', deviceId: 'video-device-default' },
    { kind: 'videoinput', deviceId: 'doc-cam' },
    { kind: 'audiooutput', deviceId: 'speakers' },
    { kind: 'audiooutput', deviceId: 'usb-speakers' },
  ];
  const opened: FakeTrack[] = [];
  const changeListeners: (() => void)[] = [];
  let count = 0;
  const devices = {
    list,
    opened,
    failWith: null as string | null,
    async getUserMedia(constraints: MediaStreamConstraints) {
      const kind: Kind = constraints.audio ? 'audio' : 'video';
      const c = (constraints.audio || constraints.video) as MediaTrackConstraints;
      const wanted = (c.deviceId as { exact?: string } | undefined)?.exact ?? `${kind}-device-default`;
      if (devices.failWith) throw Object.assign(new Error('x'), { name: devices.failWith });
      if (!list.some((d) => d.deviceId === wanted)) throw Object.assign(new Error('x'), { name: 'NotFoundError' });
      const track = fakeTrack(kind, `${kind}-opened-${++count}`, wanted);
      opened.push(track);
      return {
        getAudioTracks: () => (kind === 'audio' ? [track] : []),
        getVideoTracks: () => (kind === 'video' ? [track] : []),
      };
    },
    async enumerateDevices() {
      return list.map((d) => ({ ...d, label: '', groupId: '' }));
    },
    async getDisplayMedia() {
      const track = fakeTrack('video', `screen-${++count}`, 'screen');
      opened.push(track);
      return { getVideoTracks: () => [track] };
    },
    addEventListener(type: string, fn: () => void) {
      if (type === 'devicechange') changeListeners.push(fn);
    },
    removeEventListener(type: string, fn: () => void) {
      if (type === 'devicechange') changeListeners.splice(changeListeners.indexOf(fn), 1);
    },
    /** Removes a device and fires `devicechange`. */
    unplug(deviceId: string) {
      list.splice(
        list.findIndex((d) => d.deviceId === deviceId),
        1,
      );
      for (const fn of [...changeListeners]) fn();
    },
  };
  return devices;
}

/** The newest notice on show, or null. */
function noticeOf(session: ConferenceSession) {
  return session.getSnapshot().notices.at(-1)?.notice ?? null;
}

/** The lobby module's state in the session's snapshot (the registry puts it under its namespace). */
function lobbyOf(session: ConferenceSession): LobbyState | undefined {
  return session.getSnapshot().modules.lobby as LobbyState | undefined;
}

interface SetupOptions {
  camera?: boolean;
  /** Start without a microphone track (none handed over). */
  noMicrophone?: boolean;
  resume?: { participantId: string; secret: string };
  open?: { microphone: boolean; camera: boolean };
  /** The registered modules besides core and media (default: the lobby). */
  modules?: readonly AnyClientModule[];
}

/** A resume store that records what the session told it. */
function recordingResumeStore() {
  const calls: unknown[][] = [];
  const store: ResumeStore = {
    load: () => null,
    issued: (record) => calls.push(['issued', record]),
    dropped: (media) => calls.push(['dropped', media]),
    clear: () => calls.push(['clear']),
  };
  return { store, calls };
}

function setup(microphoneMuted = false, options: SetupOptions = {}) {
  const sent: Record<string, unknown>[] = [];
  const sockets: SocketHandlers[] = [];
  const peers: FakePeer[] = [];
  const announcements: Announcement[] = [];
  const chimes: string[] = [];
  const clock = new FakeClock();
  const devices = fakeDevices();
  const preferences = memoryDevicePreferences();
  const microphone = fakeTrack('audio', 'audio-1', 'audio-device-default');
  const resume = recordingResumeStore();
  const camera = options.camera ? fakeTrack('video', 'video-1', 'video-device-default') : null;
  const session = new ConferenceSession(
    {
      displayName: 'Sam',
      microphone: options.noMicrophone ? null : (microphone as unknown as MediaStreamTrack),
      camera: camera as unknown as MediaStreamTrack | null,
      microphoneMuted,
      microphoneDeviceId: '',
      cameraDeviceId: '',
      speakerDeviceId: '',
      resume: options.resume as never,
      open: options.open,
    },
    {
      ticket: async () => ({ kind: 'ticket', ticket: TICKET }),
      openSocket: (handlers) => {
        sockets.push(handlers);
        return { send: (data) => sent.push(JSON.parse(data)), close: () => {} };
      },
      schedule: clock.schedule,
      every: () => () => {},
      now: () => clock.now,
      createPeer: () => {
        const peer = new FakePeer();
        peers.push(peer);
        return peer;
      },
      mediaDevices: devices as unknown as MediaDevices,
      createAudioContext: () => null,
      preferences,
      resume: resume.store,
      modules: options.modules ?? [lobbyClient],
      playSound: (ns) => {
        chimes.push(ns);
      },
    },
  );
  session.onAnnounce((a) => announcements.push(a));
  const receive = (frame: unknown) => sockets.at(-1)?.onMessage(JSON.stringify(frame));
  const actions = () => sent.map((f) => `${f.ns}.${f.action}`);
  /** Starts, joins, and answers the first publish. */
  const joinAndPublish = async () => {
    session.start();
    await flush();
    sockets[0]?.onOpen();
    receive(joined());
    await flush();
    receive({ ns: 'media', event: 'publishAnswer', sdp: 'v=0 answer' });
    await flush();
  };
  return {
    session,
    sent,
    sockets,
    peers,
    announcements,
    clock,
    devices,
    preferences,
    resume: resume.calls,
    microphone,
    camera,
    receive,
    actions,
    joinAndPublish,
    chimes,
  };
}

/** A subscriber offer of Anna's camera, her one stream. */
const annaCameraOffer = (sdp: string, generation: number) => ({
  ns: 'media',
  event: 'subscriberOffer',
  sdp,
  streams: [{ mid: '0', participantId: ANNA, source: 'camera', kind: 'video' }],
  generation,
});

/** Joins and publishes; then Anna joins with her camera on and her camera's first subscriber offer is applied. */
async function joinWithAnnaOnCamera(t: ReturnType<typeof setup>) {
  await t.joinAndPublish();
  t.receive({ ns: 'core', event: 'participantJoined', participant: person(ANNA, 'Anna', 3) });
  const on = { published: true, muted: false };
  const off = { published: false, muted: false };
  t.receive({
    ns: 'media',
    event: 'mediaStateChanged',
    participantId: ANNA,
    media: { microphone: off, camera: on, screen: off },
  });
  t.receive(annaCameraOffer('v=0 m-lines=1', 0));
  await flush();
}

describe('ConferenceSession', () => {
  it('publishesTheMicrophoneAfterJoinedAndAnnouncesMuteOnceAnswered', async () => {
    const t = setup(true);
    t.session.start();
    await flush();
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
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    await flush();
    t.sockets[0]?.onClose();
    expect(t.session.getSnapshot().connection.phase).toBe('reconnecting');
    expect(t.peers[0]?.closed).toBe(true);
    t.clock.advance(1_000);
    await flush();
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
    await flush();
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

  it('aTalkingPhoneCallerIsTheActiveSpeakerWithoutAnyAnnouncement', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive({
      ns: 'core',
      event: 'participantJoined',
      participant: { ...person(PHONE, 'Telefon 1', 3), kind: 'phone', registered: false },
    });
    const said = t.announcements.length;
    const talks = (talking: boolean) =>
      t.receive({ ns: 'media', event: 'talkingChanged', participantId: PHONE, talking });
    talks(true);
    expect(t.session.getSnapshot().activeSpeaker).toBe(PHONE);
    talks(false);
    expect(t.session.getSnapshot().activeSpeaker).toBeNull();
    talks(true);
    t.receive({ ns: 'core', event: 'participantLeft', participantId: PHONE, reason: 'left' });
    expect(t.session.getSnapshot().activeSpeaker).toBeNull();
    expect(t.announcements.slice(said)).toEqual([{ kind: 'left', name: 'Telefon 1' }]);
  });

  it('aJoinerSeesTheCallerWhoIsAlreadyTalking', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({
      ...joined(),
      participants: [person(SELF, 'Sam', 2), { ...person(PHONE, 'Telefon 1', 1), kind: 'phone', registered: false }],
      modules: { media: { participants: {}, talking: [PHONE] } },
    });
    await flush();
    expect(t.session.getSnapshot().activeSpeaker).toBe(PHONE);
  });

  it('saysWhatHappenedWhenSomeoneLeavesNotJustThatTheyLeft', async () => {
    const t = setup();
    await t.joinAndPublish();
    const reasons = ['timedOut', 'removed', 'sentToWaitingRoom', 'left', 'roomClosed'] as const;
    for (const [i, reason] of reasons.entries()) {
      const id = `other-participant-0000${i}`;
      t.receive({ ns: 'core', event: 'participantJoined', participant: person(id, `P${i}`, 3 + i) });
      t.receive({ ns: 'core', event: 'participantLeft', participantId: id, reason });
    }
    expect(t.announcements.filter((a) => a.kind !== 'joined' && a.kind !== 'youJoined')).toEqual([
      { kind: 'lostConnection', name: 'P0' },
      { kind: 'removed', name: 'P1' },
      { kind: 'sentToWaitingRoom', name: 'P2' },
      { kind: 'left', name: 'P3' },
    ]);
  });

  it('leaveSaysGoodbyeAndReleasesTheDevices', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    t.session.leave();
    expect(t.sent.at(-1)).toEqual({ ns: 'core', action: 'leave' });
    expect(t.microphone.stopped).toBe(true);
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'left' });
  });

  it('rebuildsAFailedPublisherAfterABackoffWhileShowingAndAnnouncingRestoring', async () => {
    const t = setup(true);
    await t.joinAndPublish();
    t.peers[0]?.setConnectionState('connected');
    t.peers[0]?.setConnectionState('failed');
    expect(t.session.getSnapshot().mediaRestoring).toBe(true);
    expect(t.announcements.at(-1)).toEqual({ kind: 'mediaRestoring' });
    const before = t.sent.length;
    t.clock.advance(999);
    expect(t.sent.length).toBe(before);
    t.clock.advance(1);
    await flush();
    expect(t.peers[0]?.closed).toBe(true);
    expect(t.actions().slice(before)).toEqual(['media.unpublish', 'media.publish']);
    t.receive({ ns: 'media', event: 'publishAnswer', sdp: 'v=0 answer 2' });
    await flush();
    // Still muted on the new publisher.
    expect(t.sent.at(-1)).toEqual({ ns: 'media', action: 'setMuted', source: 'microphone', muted: true });
    t.peers[1]?.setConnectionState('connected');
    expect(t.session.getSnapshot().mediaRestoring).toBe(false);
    expect(t.announcements.at(-1)).toEqual({ kind: 'mediaRestored' });
  });

  it('aPublishWithoutAnswerTimesOutAndIsRepublished', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    await flush();
    t.clock.advance(15_000);
    await flush();
    expect(t.session.getSnapshot().mediaRestoring).toBe(true);
    t.clock.advance(1_000);
    await flush();
    expect(t.actions()).toEqual(['core.join', 'media.publish', 'media.unpublish', 'media.publish']);
  });

  it('rebuildsAFailedSubscriberWithResubscribeAndAFreshPeer', async () => {
    const t = setup();
    await joinWithAnnaOnCamera(t);
    const subscriberPeer = t.peers[1];
    expect(t.session.getSnapshot().remote).toHaveLength(1);
    subscriberPeer?.setConnectionState('disconnected');
    t.clock.advance(5_000);
    expect(t.session.getSnapshot().mediaRestoring).toBe(true);
    t.clock.advance(1_000);
    expect(subscriberPeer?.closed).toBe(true);
    expect(t.sent.at(-1)).toEqual({ ns: 'media', action: 'resubscribe' });
    expect(t.session.getSnapshot().remote).toEqual([]);
    // A late renegotiation of the old subscriber is ignored; the new subscriber's offer is applied.
    t.receive(annaCameraOffer('v=0 m-lines=1 stale', 0));
    await flush();
    expect(t.peers).toHaveLength(2);
    t.receive(annaCameraOffer('v=0 m-lines=1 again', 1));
    await flush();
    expect(t.peers).toHaveLength(3);
    expect(t.peers[2]?.remote).toEqual([{ type: 'offer', sdp: 'v=0 m-lines=1 again' }]);
    t.peers[2]?.setConnectionState('connected');
    expect(t.session.getSnapshot().mediaRestoring).toBe(false);
  });

  it('rebuildsPublisherAndSubscriberAtOnceWhenTheServerSaysTheSfuLostThem', async () => {
    const t = setup();
    await joinWithAnnaOnCamera(t);
    t.peers[0]?.setConnectionState('connected');
    t.peers[1]?.setConnectionState('connected');
    // The SFU restarted: the server drops both and says so, unasked (no command id), once per lost handle.
    t.receive({ ns: 'media', error: 'mediaUnavailable' });
    t.receive({ ns: 'media', error: 'mediaUnavailable' });
    expect(t.session.getSnapshot().mediaRestoring).toBe(true);
    expect(t.announcements.at(-1)).toEqual({ kind: 'mediaRestoring' });
    const before = t.sent.length;
    t.clock.advance(1_000);
    await flush();
    expect(t.peers[0]?.closed).toBe(true);
    expect(t.peers[1]?.closed).toBe(true);
    expect(t.actions().slice(before).sort()).toEqual(['media.publish', 'media.resubscribe', 'media.unpublish']);
  });

  it('aMediaUnavailableAnswerToAPublishIsNotARebuild', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.peers[0]?.setConnectionState('connected');
    t.receive({ ns: 'media', id: 'some-command', error: 'mediaUnavailable' });
    t.clock.advance(5_000);
    await flush();
    expect(t.session.getSnapshot().mediaRestoring).toBe(false);
    expect(t.peers[0]?.closed).toBe(false);
  });

  it('aSignallingReconnectCancelsAPendingMediaRebuild', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.peers[0]?.setConnectionState('failed');
    t.sockets[0]?.onClose();
    expect(t.session.getSnapshot().mediaRestoring).toBe(false);
    const before = t.sent.length;
    t.clock.advance(500);
    expect(t.actions().slice(before)).not.toContain('media.unpublish');
  });

  it('switchingTheMicrophoneReplacesTheTrackWithoutRenegotiatingAndKeepsMute', async () => {
    const t = setup(true);
    await t.joinAndPublish();
    const publishes = t.actions().filter((a) => a === 'media.publish').length;
    expect(await t.session.selectMicrophone('headset')).toBeNull();
    const headset = t.devices.opened[0];
    expect(headset?.getSettings().deviceId).toBe('headset');
    expect(t.peers[0]?.transceivers[0]?.sender.track).toBe(headset);
    expect(headset?.enabled).toBe(false);
    expect(t.microphone.stopped).toBe(true);
    expect(t.actions().filter((a) => a === 'media.publish')).toHaveLength(publishes);
    expect(t.session.getSnapshot().local.microphone).toBe(headset);
    expect(t.session.getSnapshot().devices.microphone).toBe('headset');
    expect(t.preferences.saved.at(-1)).toEqual({ camera: '', microphone: 'headset', speaker: '' });
  });

  it('aCameraThatCannotBeOpenedKeepsTheOldOneAndSaysWhy', async () => {
    const t = setup(false, { camera: true });
    await t.joinAndPublish();
    t.devices.failWith = 'NotReadableError';
    expect(await t.session.selectCamera('doc-cam')).toBe('inUse');
    expect(t.session.getSnapshot().local.camera).toBe(t.camera);
    expect(t.camera?.stopped).toBe(false);
    expect(t.session.getSnapshot().devices.camera).toBe('');
  });

  it('withTheCameraOffAChosenCameraIsUsedWhenItIsTurnedOn', async () => {
    const t = setup();
    await t.joinAndPublish();
    expect(await t.session.selectCamera('doc-cam')).toBeNull();
    expect(t.devices.opened).toEqual([]);
    void t.session.toggleCamera();
    await flush();
    expect(t.devices.opened[0]?.getSettings().deviceId).toBe('doc-cam');
    expect(t.session.getSnapshot().local.camera).toBe(t.devices.opened[0]);
    // A new source: this one does renegotiate.
    expect(t.actions().at(-1)).toBe('media.publish');
  });

  it('anUnpluggedMicrophoneFallsBackToTheDefaultAndTellsThePerson', async () => {
    const t = setup();
    await t.joinAndPublish();
    await t.session.selectMicrophone('headset');
    const headset = t.devices.opened[0];
    t.devices.unplug('headset');
    headset?.unplug();
    await flush();
    const fallback = t.devices.opened[1];
    expect(fallback?.getSettings().deviceId).toBe('audio-device-default');
    expect(t.devices.opened).toHaveLength(2);
    expect(t.session.getSnapshot().local.microphone).toBe(fallback);
    expect(t.peers[0]?.transceivers[0]?.sender.track).toBe(fallback);
    expect(noticeOf(t.session)).toEqual({ kind: 'microphoneFallback' });
    expect(t.session.getSnapshot().devices.microphone).toBe('');
  });

  it('aDeviceChangeThatRemovesTheCameraInUseAlsoFallsBack', async () => {
    const t = setup(false, { camera: true });
    await t.joinAndPublish();
    await t.session.selectCamera('doc-cam');
    t.devices.unplug('doc-cam');
    await flush();
    expect(t.session.getSnapshot().local.camera?.getSettings().deviceId).toBe('video-device-default');
    expect(noticeOf(t.session)).toEqual({ kind: 'cameraFallback' });
  });

  it('rememberTheSpeakerAndFallBackWhenItIsUnplugged', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.session.selectSpeaker('usb-speakers');
    expect(t.session.getSnapshot().devices.speaker).toBe('usb-speakers');
    expect(t.preferences.saved.at(-1)?.speaker).toBe('usb-speakers');
    t.devices.unplug('usb-speakers');
    await flush();
    expect(t.session.getSnapshot().devices.speaker).toBe('');
    expect(noticeOf(t.session)).toEqual({ kind: 'speakerFallback' });
  });

  it('saysWhyTheMicrophoneCannotBeStartedInTheMeeting', async () => {
    const t = setup(false, { noMicrophone: true });
    await t.joinAndPublish();
    t.devices.failWith = 'NotAllowedError';
    await t.session.toggleMicrophone();
    expect(noticeOf(t.session)).toEqual({ kind: 'micProblem', failure: 'denied' });
    t.devices.failWith = 'NotReadableError';
    await t.session.toggleCamera();
    expect(noticeOf(t.session)).toEqual({ kind: 'cameraProblem', failure: 'inUse' });
    expect(t.session.getSnapshot().local.microphone).toBeNull();
  });

  it('keepsTheResumeTicketOfEveryJoinedAndDropsItOnLeave', async () => {
    const t = setup(true);
    await t.joinAndPublish();
    expect(t.resume).toEqual([
      [
        'issued',
        {
          ticket: { participantId: SELF, secret: 'secret-secret-secret-1' },
          displayName: 'Sam',
          graceSeconds: 10,
          microphone: 'muted',
          camera: false,
        },
      ],
    ]);
    t.session.leave();
    expect(t.resume.at(-1)).toEqual(['clear']);
  });

  it('suspendClosesWithoutLeaveAndNotesTheMediaStateForTheReload', async () => {
    const t = setup(false, { camera: true });
    await t.joinAndPublish();
    t.session.suspend();
    expect(t.actions()).not.toContain('core.leave');
    expect(t.resume.at(-1)).toEqual(['dropped', { microphone: 'on', camera: true }]);
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'suspended' });
    expect(t.microphone.stopped).toBe(true);
  });

  it('afterAReloadResumesWithTheTicketAndOpensTheRememberedDevicesMuted', async () => {
    const ticket = { participantId: SELF, secret: 'secret-from-before-reload' };
    const t = setup(true, { noMicrophone: true, resume: ticket, open: { microphone: true, camera: true } });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    expect(t.sent[0]).toEqual({ ns: 'core', action: 'join', displayName: 'Sam', ticket: TICKET, resume: ticket });
    await flush();
    const [mic, cam] = [
      t.devices.opened.find((d) => d.kind === 'audio'),
      t.devices.opened.find((d) => d.kind === 'video'),
    ];
    expect(t.session.getSnapshot().local.microphone).toBe(mic);
    expect(t.session.getSnapshot().local.camera).toBe(cam);
    expect(mic?.enabled).toBe(false);
    t.receive(joined(true));
    await flush();
    expect(t.actions()).toContain('media.publish');
    expect(t.peers[0]?.transceivers.map((x) => x.sender.track)).toEqual(expect.arrayContaining([mic, cam]));
  });

  it('aRejectedTicketFromBeforeAReloadEndsTheSessionAndDropsTheTicket', async () => {
    const t = setup(false, { resume: { participantId: SELF, secret: 'secret-from-before-reload' } });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({ ns: 'core', error: 'resumeRejected' });
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'resumeRejected' });
    expect(t.resume).toEqual([['clear']]);
    expect(t.microphone.stopped).toBe(true);
  });

  it('waitsWithoutMediaAnnouncesItAndAnnouncesBeingLetIn', async () => {
    const t = setup(false, { camera: true });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({
      ns: 'core',
      event: 'waiting',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      sentBack: false,
      moderatorPresent: true,
    });
    await flush();
    const waiting = t.session.getSnapshot();
    expect(waiting.connection).toEqual({ phase: 'waiting', sentBack: false });
    expect(waiting.room.admission).toMatchObject({ status: 'waiting', sentBack: false });
    expect(t.peers).toHaveLength(0);
    expect(t.actions()).toEqual(['core.join']);
    expect(waiting.local.camera).toBe(t.camera);
    expect(t.announcements).toEqual([{ kind: 'waiting' }]);
    t.receive(joined());
    await flush();
    expect(t.actions()).toContain('media.publish');
    expect(t.announcements).toEqual([{ kind: 'waiting' }, { kind: 'admitted' }]);
  });

  it('aWaitingPersonIsToldWhetherAModeratorIsThereToLetThemIn', async () => {
    const t = setup(false);
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({
      ns: 'core',
      event: 'waiting',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      sentBack: false,
      moderatorPresent: false,
    });
    await flush();
    expect(t.session.getSnapshot().room.admission).toMatchObject({ status: 'waiting', moderatorPresent: false });
    t.receive({ ns: 'core', event: 'moderatorPresence', present: true });
    expect(t.session.getSnapshot().room.admission).toMatchObject({ status: 'waiting', moderatorPresent: true });
    t.receive({ ns: 'core', event: 'moderatorPresence', present: true });
    t.receive({ ns: 'core', event: 'moderatorPresence', present: false });
    expect(t.announcements).toEqual([
      { kind: 'waitingForModerator' },
      { kind: 'moderatorArrived' },
      { kind: 'moderatorGone' },
    ]);
  });

  it('beingSentBackReleasesTheMediaConnectionsAndDropsTheResumeTicket', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive({
      ns: 'core',
      event: 'waiting',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      sentBack: true,
      moderatorPresent: true,
    });
    expect(t.peers.every((p) => p.closed)).toBe(true);
    expect(t.session.getSnapshot().room.participants).toEqual([]);
    expect(t.resume.at(-1)).toEqual(['clear']);
    expect(t.announcements.at(-1)).toEqual({ kind: 'sentBack' });
  });

  it('notAdmittedEndsTheSession', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({
      ns: 'core',
      event: 'waiting',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      sentBack: false,
      moderatorPresent: true,
    });
    t.receive({ ns: 'core', event: 'notAdmitted', reason: 'rejected' });
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'notAdmitted' });
    expect(t.session.getSnapshot().room.admission).toEqual({ status: 'notAdmitted', reason: 'rejected' });
    expect(t.microphone.stopped).toBe(true);
  });

  it('aRemovedParticipantEndsWithTheReasonAndDoesNotComeBack', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(joined());
    t.receive({ ns: 'core', event: 'removed', reason: 'banned', by: 'alice-participant-0001' });
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'banned' });
    expect(t.session.getSnapshot().room.admission).toMatchObject({ status: 'removed', reason: 'banned' });
    t.sockets[0]?.onClose();
    await flush();
    expect(t.sockets).toHaveLength(1);
  });

  it('aBannedJoinEndsTheSession', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({ ns: 'core', error: 'banned' });
    expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason: 'banned' });
  });

  it('aModeratorSeesWhoWaitsHearsAChimeAndIsToldTheName', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    const me = { ...person(SELF, 'Sam', 2), role: 'moderator', owner: true };
    t.receive({
      ...joined(),
      participants: [me],
      modules: { media: { participants: {} }, lobby: { policy: 'guests', guestLinksWait: false, waiting: [] } },
    });
    expect(t.session.getSnapshot().modules).toEqual({
      lobby: { policy: 'guests', guestLinksWait: false, waiting: [] },
    });
    const dora = {
      participantId: 'dora-participant-00004',
      displayName: 'Dora',
      role: 'guest',
      kind: 'browser',
      since: 5,
      sentBack: false,
    };
    t.receive({ ns: 'lobby', event: 'waitingStarted', person: dora });
    expect(lobbyOf(t.session)?.waiting?.map((p) => p.displayName)).toEqual(['Dora']);
    expect(t.chimes).toEqual(['lobby']);
    expect(t.announcements.at(-1)).toEqual({
      kind: 'module',
      ns: 'lobby',
      announcement: { key: 'waitingStarted', params: { name: 'Dora' }, sound: true },
    });
    const send = t.session.sender(lobbyProtocol);
    send({ action: 'admit', participantId: dora.participantId as never });
    send({ action: 'admitAll' });
    send({ action: 'reject', participantId: dora.participantId as never });
    send({ action: 'setWaitingRoom', policy: 'everyone' });
    const id = send({ action: 'sendToWaitingRoom', participantId: ANNA as never });
    expect(t.sent.at(-1)).toEqual({ ns: 'lobby', id, action: 'sendToWaitingRoom', participantId: ANNA });
    t.session.promote(ANNA as never);
    t.session.demote(ANNA as never);
    expect(t.actions().slice(-7)).toEqual([
      'lobby.admit',
      'lobby.admitAll',
      'lobby.reject',
      'lobby.setWaitingRoom',
      'lobby.sendToWaitingRoom',
      'core.promote',
      'core.demote',
    ]);
    t.receive({ ns: 'lobby', id, error: 'roomFull', maxParticipants: 3 });
    expect(noticeOf(t.session)).toEqual({
      kind: 'module',
      ns: 'lobby',
      announcement: { key: 'admitRoomFull', params: { maxParticipants: 3 }, notice: true },
    });
    expect(t.announcements.filter((a) => a.kind === 'module')).toHaveLength(1);
    t.receive({ ns: 'core', error: 'cannotBeModerator', participantId: ANNA });
    expect(noticeOf(t.session)).toEqual({ kind: 'moderationFailed' });
  });

  it('aModuleChangesItsOwnStateLocallyOnlyWhileItIsOn', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({
      ...joined(),
      modules: { media: { participants: {} }, lobby: { policy: 'guests', guestLinksWait: false } },
    });
    const before = t.session.getSnapshot();
    t.session.updateModule('lobby', (state) => state);
    expect(t.session.getSnapshot()).toBe(before);
    t.session.updateModule('lobby', (state) => ({ ...(state as object), policy: 'off' }));
    expect(lobbyOf(t.session)?.policy).toBe('off');
    t.session.updateModule('nope', () => 'on');
    expect(Object.keys(t.session.getSnapshot().modules)).toEqual(['lobby']);
    expect(t.sent.filter((f) => (f as { ns?: string }).ns === 'lobby')).toEqual([]);
  });

  it('announcesOwnRoleChangesAndForgetsTheWaitingListWhenDemoted', async () => {
    const t = setup();
    await t.joinAndPublish();
    const me = person(SELF, 'Sam', 2);
    t.receive({ ns: 'core', event: 'participantUpdated', participant: { ...me, role: 'moderator' } });
    expect(t.announcements.at(-1)).toEqual({ kind: 'youAreModerator' });
    t.receive({ ns: 'lobby', event: 'waitingList', waiting: [] });
    // The joined frame of this test has no lobby state: the module is off and hears nothing.
    expect(t.session.getSnapshot().modules).toEqual({});
    t.receive({ ns: 'core', event: 'participantUpdated', participant: me });
    expect(t.announcements.at(-1)).toEqual({ kind: 'youAreNoLongerModerator' });
    t.receive({ ns: 'core', event: 'participantUpdated', participant: { ...me, displayName: 'Samuel' } });
    expect(t.announcements.at(-1)).toEqual({ kind: 'youAreNoLongerModerator' });
    expect(t.announcements.filter((a) => a.kind === 'youAreNoLongerModerator')).toHaveLength(1);
  });

  it('takesManyParticipantChangesFromOneBatchFrame', async () => {
    const t = setup();
    await t.joinAndPublish();
    const anna = person(ANNA, 'Anna', 3);
    t.receive({ ns: 'core', event: 'participantJoined', participant: anna });
    t.receive({
      ns: 'core',
      event: 'participantsUpdated',
      participants: [
        { ...person(SELF, 'Sam', 2), group: 'r1' },
        { ...anna, group: 'r2' },
      ],
    });
    expect(t.session.getSnapshot().room.participants.map((p) => [p.id, p.group])).toEqual([
      [SELF, 'r1'],
      [ANNA, 'r2'],
    ]);
  });

  it('routesRuntimeChangesToModulesAndResetsThemWhileWaiting', async () => {
    const t = setup();
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    const me = { ...person(SELF, 'Sam', 2), role: 'moderator' };
    const dora = {
      participantId: 'dora-participant-00004',
      displayName: 'Dora',
      role: 'guest',
      kind: 'browser',
      since: 5,
      sentBack: false,
    };
    t.receive({
      ...joined(),
      participants: [me],
      modules: { media: { participants: {} }, lobby: { policy: 'guests', guestLinksWait: false, waiting: [dora] } },
    });
    expect(lobbyOf(t.session)?.waiting).toHaveLength(1);
    t.receive({ ns: 'core', event: 'participantUpdated', participant: { ...me, role: 'participant' } });
    expect(lobbyOf(t.session)).toEqual({ policy: 'guests', guestLinksWait: false, waiting: null });
    t.receive({
      ns: 'core',
      event: 'waiting',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      sentBack: true,
      moderatorPresent: true,
    });
    expect(t.session.getSnapshot().modules).toEqual({});
    t.receive({ ns: 'lobby', event: 'waitingRoomChanged', policy: 'off' });
    expect(t.session.getSnapshot().modules).toEqual({});
  });
});

describe('ConferenceSession: notices and what the person is told', () => {
  const me = person(SELF, 'Sam', 2);
  const updated = (changes: object) => ({
    ns: 'core',
    event: 'participantUpdated',
    participant: { ...me, ...changes },
  });
  const chatJoined = () => ({ ...joined(), modules: { media: { participants: {} }, chat: { messages: [] } } });
  const policy = (...switchedOff: string[]) => ({
    ns: 'core',
    event: 'policyChanged',
    policy: { selfRename: true, switchedOff },
  });

  it('aRevokedScreenShareSaysAModeratorStoppedItAndTheNoticeGoesWhenSharingIsAllowedAgain', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ permissions: { microphone: true, screen: true } }));
    void t.session.toggleScreen();
    await flush();
    expect(t.announcements.at(-1)).toEqual({ kind: 'youShare' });
    t.receive(updated({ permissions: { microphone: true, screen: false } }));
    t.receive({ ns: 'media', event: 'screenShareRevoked' });
    expect(t.session.getSnapshot().local.screen).toBeNull();
    expect(t.announcements).not.toContainEqual({ kind: 'youStopShare' });
    // One notice, the one that says the share was stopped (not also "your permission was taken").
    expect(t.session.getSnapshot().notices.map((n) => n.notice)).toEqual([{ kind: 'screenShareRevoked' }]);
    const said = t.announcements.length;
    t.receive(updated({ permissions: { microphone: true, screen: true } }));
    expect(t.session.getSnapshot().notices.map((n) => n.notice)).toEqual([{ kind: 'screenShareAllowed' }]);
    expect(t.announcements).toHaveLength(said);
  });

  it('aRevokedShareIsToldBrieflyAndTheNoticeGoesByItself', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ permissions: { microphone: true, screen: true } }));
    expect(noticeOf(t.session)).toEqual({ kind: 'screenShareAllowed' });
    void t.session.toggleScreen();
    await flush();
    // Sharing is what the permission was for: its notice has done its job.
    expect(t.session.getSnapshot().notices).toEqual([]);
    t.receive(updated({ permissions: { microphone: true, screen: false } }));
    t.receive({ ns: 'media', event: 'screenShareRevoked' });
    t.clock.advance(briefNoticeMs - 1);
    expect(noticeOf(t.session)).toEqual({ kind: 'screenShareRevoked' });
    t.clock.advance(1);
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('sharingWithoutPermissionExplainsWhyInsteadOfAskingForAScreen', async () => {
    const t = setup();
    await t.joinAndPublish();
    await t.session.toggleScreen();
    expect(noticeOf(t.session)).toEqual({ kind: 'screenShareNotAllowed' });
    expect(t.devices.opened).toEqual([]);
    expect(t.session.getSnapshot().local.screen).toBeNull();
  });

  it('aModeratorTakingThePermissionWhileNotSharingIsToldBrieflyButARoleChangeIsNot', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ permissions: { microphone: true, screen: true } }));
    t.receive(updated({ permissions: { microphone: true, screen: false } }));
    expect(t.session.getSnapshot().notices.map((n) => n.notice)).toEqual([{ kind: 'screenShareTaken' }]);
    t.receive(updated({ role: 'moderator', permissions: { microphone: true, screen: true } }));
    expect(t.session.getSnapshot().notices).toEqual([]);
    t.receive(updated({ permissions: { microphone: true, screen: false } }));
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('stoppingTheShareOneselfIsStillSaidSo', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ role: 'moderator', permissions: { microphone: true, screen: true } }));
    void t.session.toggleScreen();
    await flush();
    void t.session.toggleScreen();
    await flush();
    expect(t.announcements.at(-1)).toEqual({ kind: 'youStopShare' });
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('theRestrictionNoticeGoesWhenTheRestrictionEnds', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ permissions: { microphone: false, screen: false } }));
    t.receive({ ns: 'media', error: 'microphoneRestricted' });
    expect(noticeOf(t.session)).toEqual({ kind: 'microphoneRestricted' });
    t.receive(updated({ permissions: { microphone: false, screen: false }, presence: 'reconnecting' }));
    expect(noticeOf(t.session)).toEqual({ kind: 'microphoneRestricted' });
    const said = t.announcements.length;
    t.receive(updated({ permissions: { microphone: true, screen: false } }));
    expect(t.session.getSnapshot().notices).toEqual([]);
    // The moderation module says "You may speak again"; the session adds nothing.
    expect(t.announcements).toHaveLength(said);
  });

  it('noticesOfTheSameKindDoNotPileUpAndEachCanBeDismissed', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive({ ns: 'core', error: 'forbidden', action: 'promote' });
    t.receive({ ns: 'core', error: 'unknownParticipant', participantId: ANNA });
    t.devices.unplug('speakers');
    t.session.selectSpeaker('usb-speakers');
    t.devices.unplug('usb-speakers');
    await flush();
    const notices = t.session.getSnapshot().notices;
    expect(notices.map((n) => n.notice.kind)).toEqual(['moderationFailed', 'speakerFallback']);
    t.session.dismissNotice(notices[0]?.id ?? 0);
    expect(t.session.getSnapshot().notices.map((n) => n.notice.kind)).toEqual(['speakerFallback']);
  });

  it('aModeratorsRenameIsShownBrieflyAndNotAfterTheWaitingRoom', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ displayName: 'Samuel' }));
    t.clock.advance(briefNoticeMs);
    expect(t.session.getSnapshot().notices).toEqual([]);
    t.receive(updated({ displayName: 'Sami' }));
    expect(noticeOf(t.session)).toEqual({ kind: 'renamedByModerator', name: 'Sami' });
    t.receive({
      ns: 'core',
      event: 'waiting',
      participantId: SELF,
      connectionId: 'connection-id-0000001',
      sentBack: true,
      moderatorPresent: true,
    });
    expect(t.session.getSnapshot().room.admission.status).toBe('waiting');
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('aModeratorsRenameIsShownAndOnesOwnRenameIsAnnounced', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive(updated({ displayName: 'Samuel' }));
    expect(noticeOf(t.session)).toEqual({ kind: 'renamedByModerator', name: 'Samuel' });
    expect(t.resume.at(-1)).toMatchObject(['issued', { displayName: 'Samuel' }]);

    t.session.rename('Sam Meier');
    expect(t.sent.at(-1)).toEqual({ ns: 'core', action: 'rename', displayName: 'Sam Meier' });
    t.receive(updated({ displayName: 'Sam Meier' }));
    expect(t.announcements.at(-1)).toEqual({ kind: 'nameChanged', name: 'Sam Meier' });
    expect(t.session.getSnapshot().notices).toEqual([]);
    expect(t.resume.at(-1)).toMatchObject(['issued', { displayName: 'Sam Meier' }]);
  });

  it('aRefusedRenameIsShownUntilRenamingIsAllowedAgain', async () => {
    const t = setup();
    await t.joinAndPublish();
    t.receive({ ns: 'core', event: 'policyChanged', policy: { selfRename: false, switchedOff: [] } });
    t.session.rename('Sam Meier');
    t.receive({ ns: 'core', error: 'renameLocked' });
    expect(noticeOf(t.session)).toEqual({ kind: 'renameLocked' });
    // The refused request is forgotten: a later change of the name is a moderator's.
    t.receive(updated({ displayName: 'Samuel' }));
    expect(noticeOf(t.session)).toEqual({ kind: 'renamedByModerator', name: 'Samuel' });
    t.receive({ ns: 'core', error: 'renameLocked' });
    t.receive({ ns: 'core', event: 'policyChanged', policy: { selfRename: true, switchedOff: [] } });
    expect(t.session.getSnapshot().notices).toEqual([]);
    expect(t.announcements.at(-1)).toEqual({ kind: 'renameAllowed' });
  });

  it('theModeratorWhoEndedTheMeetingIsToldItWasThem', async () => {
    for (const [by, reason] of [
      [SELF, 'youEndedMeeting'],
      [ANNA, 'meetingEnded'],
    ] as const) {
      const t = setup();
      await t.joinAndPublish();
      t.receive({ ns: 'core', event: 'removed', reason: 'meetingEnded', by });
      expect(t.session.getSnapshot().connection).toEqual({ phase: 'closed', reason });
      expect(t.microphone.stopped).toBe(true);
    }
  });

  it('participantsHearWhenChatIsSwitchedOffAndOnAndARefusedMessageIsExplained', async () => {
    const t = setup(false, { modules: [chatClient] });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(chatJoined());
    t.receive(policy('chat'));
    expect(t.session.getSnapshot().room.policy.switchedOff).toEqual(['chat']);
    expect(t.announcements.at(-1)).toEqual({
      kind: 'module',
      ns: 'chat',
      announcement: { key: 'switchedOff', params: {}, topic: 'switch' },
    });
    t.receive({ ns: 'signaling', id: 'c1', error: 'moduleSwitchedOff', namespace: 'chat' });
    expect(noticeOf(t.session)).toEqual({
      kind: 'module',
      ns: 'chat',
      announcement: { key: 'refusedSwitchedOff', params: {}, notice: true, topic: 'switch' },
    });
    t.receive(policy('chat', 'reactions'));
    expect(t.announcements.filter((a) => a.kind === 'module')).toHaveLength(1);
    t.receive(policy());
    expect(t.announcements.at(-1)).toMatchObject({ kind: 'module', ns: 'chat', announcement: { key: 'switchedOn' } });
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('moderatorsAreToldChatIsOffForTheOthers', async () => {
    const t = setup(false, { modules: [chatClient] });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive({ ...chatJoined(), participants: [{ ...me, role: 'moderator' }] });
    t.receive(policy('chat'));
    expect(t.announcements.at(-1)).toMatchObject({ announcement: { key: 'switchedOffForOthers' } });
  });

  it('aSlowDownNoticeCountsDownAndGoesWhenTheWaitIsOver', async () => {
    const t = setup(false, { modules: [chatClient] });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(chatJoined());
    const slowDown = { ns: 'chat', id: 'c1', error: 'slowDown', retryAfterMs: 2500, burst: 5, refillMs: 2000 };
    t.receive(slowDown);
    t.receive({ ...slowDown, id: 'c2' });
    const [notice] = t.session.getSnapshot().notices;
    expect(t.session.getSnapshot().notices).toHaveLength(1);
    expect(notice?.countdown?.seconds).toBe(3);
    t.clock.advance(2999);
    expect(t.session.getSnapshot().notices).toHaveLength(1);
    t.clock.advance(1);
    expect(t.session.getSnapshot().notices).toEqual([]);
  });
});

describe('ConferenceSession: microphone notices', () => {
  const me = person(SELF, 'Sam', 2);
  const moderationJoined = () => ({
    ...joined(),
    participants: [me, person(ANNA, 'Anna', 1)],
    modules: { media: { participants: {} }, moderation: { restrictions: { on: false, allowed: [] } } },
  });
  const mutedByAnna = { ns: 'moderation', event: 'muted', by: ANNA, byName: 'Anna' };
  const updated = (changes: object) => ({
    ns: 'core',
    event: 'participantUpdated',
    participant: { ...me, ...changes },
  });
  const restrictions = (on: boolean) => ({
    ns: 'moderation',
    event: 'microphoneRestrictionsChanged',
    restrictions: { on, allowed: [] },
  });
  const keys = (session: ConferenceSession) =>
    session.getSnapshot().notices.map((n) => (n.notice.kind === 'module' ? n.notice.announcement.key : n.notice.kind));

  async function joinWithModeration(microphoneMuted: boolean) {
    const t = setup(microphoneMuted, { modules: [moderationClient] });
    t.session.start();
    await flush();
    t.sockets[0]?.onOpen();
    t.receive(moderationJoined());
    await flush();
    return t;
  }

  it('unmutingOneselfEndsTheNoticeThatAModeratorMutedYou', async () => {
    const t = await joinWithModeration(true);
    t.receive(mutedByAnna);
    expect(keys(t.session)).toEqual(['mutedBy']);
    await t.session.toggleMicrophone();
    expect(t.session.getSnapshot().local.microphoneMuted).toBe(false);
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('theNoticeThatAModeratorMutedYouGoesByItself', async () => {
    const t = await joinWithModeration(true);
    t.receive(mutedByAnna);
    t.clock.advance(briefNoticeMs);
    expect(t.session.getSnapshot().notices).toEqual([]);
  });

  it('restrictionsReplaceTheMutedNoticeAndARefusedUnmuteSaysItOnceMore', async () => {
    const t = await joinWithModeration(false);
    t.receive(mutedByAnna);
    t.receive(restrictions(true));
    t.receive(updated({ permissions: { microphone: false, screen: false } }));
    expect(keys(t.session)).toEqual(['restrictedYou']);
    // Muted by Anna while restrictions hold anyway: nothing new to tell.
    t.receive(mutedByAnna);
    expect(keys(t.session)).toEqual(['restrictedYou']);
    t.receive({ ns: 'media', error: 'microphoneRestricted' });
    expect(keys(t.session)).toEqual(['microphoneRestricted']);
    // Restrictions are a state: their notice does not go by itself.
    t.clock.advance(5 * briefNoticeMs);
    expect(keys(t.session)).toEqual(['microphoneRestricted']);
  });

  it('becomingModeratorEndsTheRestrictionNoticeAndSaysYouMaySpeak', async () => {
    const t = await joinWithModeration(true);
    t.receive(restrictions(true));
    t.receive(updated({ permissions: { microphone: false, screen: false } }));
    expect(keys(t.session)).toEqual(['restrictedYou']);
    t.receive(updated({ role: 'moderator', permissions: { microphone: true, screen: true } }));
    expect(t.session.getSnapshot().notices).toEqual([]);
    expect(t.announcements.at(-2)).toEqual({
      kind: 'module',
      ns: 'moderation',
      announcement: { key: 'allowedYou', params: {}, topic: 'microphone' },
    });
  });
});
