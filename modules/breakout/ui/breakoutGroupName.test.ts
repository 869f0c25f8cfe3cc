import { deviceClock, selfOf } from '@plenum/client-kit';
import { describe, expect, it } from 'vitest';
import type { BreakoutState } from '../client/breakoutReducer.js';
import { BOB, roster } from '../client/goldenFrames.test-support.js';
import { breakoutMessages } from './breakoutMessages.js';
import { breakoutUi } from './breakoutUi.js';

const state: BreakoutState = {
  session: {
    rooms: [
      { id: 'r1', number: 1, name: 'Nord' },
      { id: 'r2', number: 2, name: null },
    ],
    assignments: {},
    endsAt: null,
    closing: null,
    freeChoice: false,
    message: null,
    clock: deviceClock,
  },
  lastError: null,
};

const nameIn = (s: BreakoutState, locale: 'en' | 'de', group: string) =>
  breakoutUi.groupName?.(
    {
      state: s,
      self: selfOf(BOB, roster),
      send: () => 'c1',
      participants: roster,
      locale,
      messages: breakoutMessages[locale],
    },
    group,
  );

describe('breakoutUi.groupName', () => {
  it('namesTheBreakoutRoomsItOpenedAndNoOtherGroup', () => {
    expect(nameIn(state, 'en', 'r1')).toBe('Room 1: Nord');
    expect(nameIn(state, 'de', 'r2')).toBe('Raum 2');
    expect(nameIn(state, 'en', 'r3')).toBeNull();
    expect(nameIn({ session: null, lastError: null }, 'en', 'r1')).toBeNull();
  });
});
