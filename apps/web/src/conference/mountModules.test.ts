import { defineClientModule, type Self } from '@plenum/client-kit';
import { type AnyUiModule, defineUiModule } from '@plenum/client-kit/ui';
import { defineProtocol, type ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actionsFor, microphoneOf, mountModules, nameGroup } from './mountModules.js';

const protocol = defineProtocol({ ns: 'rooms', commands: {}, events: {}, errors: {}, joinState: z.undefined() });
const messages = { en: { announce: {} }, de: { announce: {} } };
/** A module that opened breakout rooms `r1` and `r2` (its state: the names by id). */
const rooms = defineUiModule<typeof protocol, Record<string, string>, (typeof messages)['en']>({
  client: defineClientModule<typeof protocol, Record<string, string>>({
    protocol,
    init: () => ({}),
    reduce: (s) => s,
  }),
  messages,
  groupName: ({ state }, group) => state[group] ?? null,
  // Offers to move anyone to another room, and to send them to the waiting room (which takes them out).
  participantMenu: (_, target) => [
    { key: 'sendAway', label: `Send ${target.displayName} away`, removes: true, onSelect: () => undefined },
    { key: 'move', label: `Move ${target.displayName}`, onSelect: () => undefined },
  ],
});
const registry = [rooms] as unknown as readonly AnyUiModule[];
const self: Self = {
  participantId: 'sam-participant-000001' as ParticipantId,
  role: 'participant',
  owner: false,
  moderator: false,
};
const session = {
  sender: () => () => 'c1',
  updateModule: () => undefined,
  getSnapshot: () => ({ room: { policy: { selfRename: true, switchedOff: [] } } }),
} as unknown as Parameters<typeof mountModules>[5];
const words = { mainRoom: 'Main room', otherRoom: 'Other room' };

describe('nameGroup', () => {
  it('namesTheMainRoomAndAsksTheModulesForTheRest', () => {
    const mounted = mountModules(registry, { rooms: { r1: 'Room 1: Nord' } }, self, [], 'en', session, words);
    expect(nameGroup(mounted, words, null)).toBe('Main room');
    expect(nameGroup(mounted, words, 'r1')).toBe('Room 1: Nord');
    expect(nameGroup(mounted, words, 'r9')).toBe('Other room');
    expect(nameGroup([], words, 'r1')).toBe('Other room');
  });

  it('givesEverySlotTheSameNames', () => {
    const [mounted] = mountModules(registry, { rooms: { r2: 'Room 2' } }, self, [], 'en', session, words);
    expect(mounted?.props.groupName?.('r2')).toBe('Room 2');
    expect(mounted?.props.groupName?.(null)).toBe('Main room');
  });
});

describe('microphoneOf', () => {
  const sam = self.participantId;
  const snapshot = (local: { microphone: object | null; microphoneMuted: boolean }) =>
    ({
      room: { self: { participantId: sam } },
      local,
      media: {
        participants: {
          anna: { microphone: { published: true, muted: true }, camera: {}, screen: {} },
          ben: { microphone: { published: true, muted: false }, camera: {}, screen: {} },
        },
      },
    }) as unknown as Parameters<typeof microphoneOf>[0];

  it('tellsOthersMicrophonesAsTheMediaModuleSaidAndOnesOwnAsItIsHere', () => {
    const here = snapshot({ microphone: {}, microphoneMuted: true });
    expect(['anna', 'ben', 'gone', sam].map((id) => microphoneOf(here, id))).toEqual(['muted', 'on', 'off', 'muted']);
    expect(microphoneOf(snapshot({ microphone: {}, microphoneMuted: false }), sam)).toBe('on');
    expect(microphoneOf(snapshot({ microphone: null, microphoneMuted: false }), sam)).toBe('off');
  });

  it('isGivenToEverySlot', () => {
    const here = snapshot({ microphone: null, microphoneMuted: false });
    const withMedia = { ...session, getSnapshot: () => ({ ...here, room: { ...here.room, policy: {} } }) } as never;
    const [mounted] = mountModules(registry, { rooms: {} }, self, [], 'en', withMedia, words);
    expect(mounted?.props.microphone?.('ben')).toBe('on');
  });
});

describe('actionsFor', () => {
  const ben = { id: 'ben', displayName: 'Ben' } as unknown as Parameters<typeof actionsFor>[2];
  const core = () => [{ key: 'promote', label: 'Make moderator', onSelect: () => undefined }];

  it('offersTheCoresActionsAndEveryModulesInMenuOrder', () => {
    const mounted = mountModules(registry, { rooms: {} }, self, [], 'en', session, words, core);
    expect(actionsFor(mounted, core, ben).map((a) => a.key)).toEqual(['promote', 'move', 'sendAway']);
  });

  it('givesEverySlotTheSameActionsAsTheParticipantList', () => {
    const [mounted] = mountModules(registry, { rooms: {} }, self, [], 'en', session, words, core);
    expect(mounted?.props.participantActions?.(ben).map((a) => a.label)).toEqual([
      'Make moderator',
      'Move Ben',
      'Send Ben away',
    ]);
  });
});
