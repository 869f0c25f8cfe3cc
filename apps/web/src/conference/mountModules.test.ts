import { defineClientModule, type Self } from '@plenum/client-kit';
import { type AnyUiModule, defineUiModule } from '@plenum/client-kit/ui';
import { defineProtocol, type ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mountModules, nameGroup } from './mountModules.js';

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
