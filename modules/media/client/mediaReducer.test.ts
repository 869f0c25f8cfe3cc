import type { ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { mediaProtocol } from '../protocol.js';
import {
  initialMediaRoomState,
  isLive,
  type MediaEvent,
  mediaReducer,
  mediaStateOf,
  nothingPublished,
  parseMediaJoinState,
} from './mediaReducer.js';

const ALICE = 'alice-participant-0001' as ParticipantId;
const BOB = 'bob-participant-00002' as ParticipantId;
const PHONE = 'phone-participant-0003' as ParticipantId;

const talks = (participantId: ParticipantId, talking: boolean): MediaEvent => ({
  event: 'talkingChanged',
  ...mediaProtocol.events.talkingChanged.parse({ participantId, talking }),
});

const aliceCameraOn = {
  microphone: { published: true, muted: false },
  camera: { published: true, muted: false },
  screen: { published: false, muted: false },
};

/** Golden frame of the `modules` field of a core `joined`. */
const joinedModules = { media: { participants: { [ALICE]: aliceCameraOn } }, chat: { anything: true } };

const changed: MediaEvent = {
  event: 'mediaStateChanged',
  ...mediaProtocol.events.mediaStateChanged.parse({
    participantId: BOB,
    media: { ...aliceCameraOn, microphone: { published: true, muted: true } },
  }),
};

describe('mediaReducer', () => {
  it('takesTheJoinStateFromTheJoinedModulesMap', () => {
    const join = parseMediaJoinState(joinedModules);
    expect(join).not.toBeNull();
    if (!join) return;
    const state = mediaReducer(initialMediaRoomState, { type: 'joined', state: join });
    expect(mediaStateOf(state, ALICE)).toEqual(aliceCameraOn);
    expect(mediaStateOf(state, BOB)).toEqual(nothingPublished);
  });

  it('treatsAMissingOrBrokenMediaModuleAsOff', () => {
    expect(parseMediaJoinState({})).toBeNull();
    expect(parseMediaJoinState({ media: { participants: { x: 'nope' } } })).toBeNull();
  });

  it('mediaStateChangedReplacesOneParticipantAndLeaveForgetsThem', () => {
    const state = mediaReducer(initialMediaRoomState, { type: 'event', event: changed });
    expect(isLive(mediaStateOf(state, BOB), 'microphone')).toBe(false);
    expect(isLive(mediaStateOf(state, BOB), 'camera')).toBe(true);
    const left = mediaReducer(state, { type: 'participantLeft', participantId: BOB });
    expect(left.participants).toEqual({});
    expect(mediaReducer(left, { type: 'participantLeft', participantId: BOB })).toBe(left);
  });

  it('negotiationEventsLeaveTheStateAlone', () => {
    const event: MediaEvent = { event: 'publishAnswer', sdp: 'v=0 answer' };
    expect(mediaReducer(initialMediaRoomState, { type: 'event', event })).toBe(initialMediaRoomState);
  });

  it('takesTheTalkingCallersFromTheJoinStateAndReadsNoneWhenAbsent', () => {
    const join = parseMediaJoinState({ media: { participants: {}, talking: [PHONE] } });
    expect(join && mediaReducer(initialMediaRoomState, { type: 'joined', state: join }).talking).toEqual([PHONE]);
    const without = parseMediaJoinState({ media: { participants: {} } });
    expect(without && mediaReducer(initialMediaRoomState, { type: 'joined', state: without }).talking).toEqual([]);
    expect(parseMediaJoinState({ media: { participants: {}, talking: ['x'] } })).toBeNull();
  });

  it('talkingChangedAddsAndRemovesACallerInTheOrderTheyStarted', () => {
    const first = mediaReducer(initialMediaRoomState, { type: 'event', event: talks(PHONE, true) });
    const both = mediaReducer(first, { type: 'event', event: talks(BOB, true) });
    expect(both.talking).toEqual([PHONE, BOB]);
    expect(mediaReducer(both, { type: 'event', event: talks(BOB, true) })).toBe(both);
    const one = mediaReducer(both, { type: 'event', event: talks(PHONE, false) });
    expect(one.talking).toEqual([BOB]);
    expect(mediaReducer(one, { type: 'event', event: talks(PHONE, false) })).toBe(one);
  });

  it('aCallerWhoLeavesTalksNoMore', () => {
    const talking = mediaReducer(initialMediaRoomState, { type: 'event', event: talks(PHONE, true) });
    const left = mediaReducer(talking, { type: 'participantLeft', participantId: PHONE });
    expect(left.talking).toEqual([]);
    expect(left.participants).toBe(talking.participants);
  });

  it('ignoresInheritedPropertyNames', () => {
    expect(mediaStateOf(initialMediaRoomState, 'toString')).toEqual(nothingPublished);
  });
});
