import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { RemoteTrack } from '@plenum/module-media/client';
import { describe, expect, it } from 'vitest';
import { buildTiles, type TileInput, tileMarker } from './buildTiles.js';

const SELF = 'self-participant-00001';
const ANNA = 'anna-participant-00002';
const person = (id: string, displayName: string, joinedAt: number) =>
  ({
    id,
    displayName,
    role: 'participant',
    kind: 'browser',
    registered: true,
    presence: 'online',
    joinedAt,
    group: null,
  }) as ParticipantInfo;
const track = (id: string) => ({ id, kind: 'video' }) as MediaStreamTrack;
const on = { published: true, muted: false };
const off = { published: false, muted: false };

const base: TileInput = {
  selfId: SELF,
  selfName: 'Me',
  participants: [person(ANNA, 'Anna', 1), person(SELF, 'Sam', 2)],
  media: {
    participants: { [ANNA]: { microphone: { published: true, muted: true }, camera: on, screen: on } },
    talking: [],
  },
  remote: [
    { mid: '1', participantId: ANNA, source: 'camera', kind: 'video', track: track('anna-cam') },
    { mid: '2', participantId: ANNA, source: 'screen', kind: 'video', track: track('anna-screen') },
  ] as RemoteTrack[],
  local: { camera: track('my-cam'), screen: null, microphone: null, microphoneMuted: false },
};

describe('buildTiles', () => {
  it('putsScreensFirstThenSelfThenOthers', () => {
    const tiles = buildTiles(base);
    expect(tiles.map((t) => [t.participantId, t.source, t.track?.id ?? null, t.isSelf, t.microphoneMuted])).toEqual([
      [ANNA, 'screen', 'anna-screen', false, true],
      [SELF, 'camera', 'my-cam', true, true],
      [ANNA, 'camera', 'anna-cam', false, true],
    ]);
    expect(tiles[1]?.name).toBe('Sam');
  });

  it('showsAnAvatarForAPausedOrUnpublishedCamera', () => {
    const paused = buildTiles({
      ...base,
      media: {
        participants: { [ANNA]: { microphone: on, camera: { published: true, muted: true }, screen: off } },
        talking: [],
      },
    });
    expect(paused.map((t) => [t.participantId, t.source, t.track?.id ?? null, t.microphoneMuted])).toEqual([
      [SELF, 'camera', 'my-cam', true],
      [ANNA, 'camera', null, false],
    ]);
  });
});

describe('buildTiles in breakout rooms', () => {
  const BEN = 'ben-participant-000003';
  const inGroup = (p: ParticipantInfo, group: string | null) => ({ ...p, group }) as ParticipantInfo;
  const media = {
    participants: {
      [ANNA]: { microphone: on, camera: on, screen: on },
      [BEN]: { microphone: on, camera: on, screen: off },
    },
    talking: [],
  };
  const remote = [
    ...base.remote,
    { mid: '3', participantId: BEN, source: 'camera', kind: 'video', track: track('ben-cam') },
  ] as RemoteTrack[];

  it('showsOnlyThePeopleOfTheOwnRoom', () => {
    const participants = [
      inGroup(person(ANNA, 'Anna', 1), null),
      inGroup(person(SELF, 'Sam', 2), 'r1'),
      inGroup(person(BEN, 'Ben', 3), 'r1'),
    ];
    const tiles = buildTiles({ ...base, participants, media, remote });
    expect(tiles.map((t) => [t.participantId, t.source])).toEqual([
      [SELF, 'camera'],
      [BEN, 'camera'],
    ]);
  });

  it('showsTheMainRoomToThoseLeftInIt', () => {
    const participants = [
      inGroup(person(ANNA, 'Anna', 1), null),
      inGroup(person(SELF, 'Sam', 2), null),
      inGroup(person(BEN, 'Ben', 3), 'r1'),
    ];
    const tiles = buildTiles({ ...base, participants, media, remote });
    expect(tiles.map((t) => [t.participantId, t.source])).toEqual([
      [ANNA, 'screen'],
      [SELF, 'camera'],
      [ANNA, 'camera'],
    ]);
  });
});

describe('tileMarker', () => {
  it('marksGuestsAndPhoneCallersButNotMembers', () => {
    expect(tileMarker({ role: 'guest', kind: 'browser' })).toBe('guest');
    expect(tileMarker({ role: 'participant', kind: 'phone' })).toBe('phone');
    expect(tileMarker({ role: 'guest', kind: 'phone' })).toBe('phone');
    expect(tileMarker({ role: 'participant', kind: 'browser' })).toBeNull();
    expect(tileMarker({ role: 'moderator', kind: 'browser' })).toBeNull();
    expect(tileMarker(undefined)).toBeNull();
  });

  it('marksAGuestWhoTookTheOwnersName', () => {
    const guest = { ...person(ANNA, 'Sam', 1), role: 'guest' } as ParticipantInfo;
    const tiles = buildTiles({ ...base, participants: [guest, person(SELF, 'Sam', 2)] });
    expect(tiles.map((t) => [t.participantId, t.source, t.name, t.marker])).toEqual([
      [ANNA, 'screen', 'Sam', 'guest'],
      [SELF, 'camera', 'Sam', null],
      [ANNA, 'camera', 'Sam', 'guest'],
    ]);
  });
});
