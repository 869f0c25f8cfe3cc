import type { ParticipantInfo, RoomPolicy } from '@plenum/module-core/protocol';
import { defineProtocol, type ParticipantId } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ClientModule, defineClientModule } from './ClientModule.js';
import type { ModuleContext } from './ModuleContext.js';
import { refusedAnnouncement, switchAnnouncements } from './moduleSwitches.js';
import { selfOf } from './Self.js';

const notesProtocol = defineProtocol({
  ns: 'notes',
  commands: {},
  events: {},
  errors: {},
  joinState: z.undefined(),
});
type NotesAnnouncements = {
  readonly off: { readonly moderator: boolean };
  readonly on: Readonly<Record<string, never>>;
  readonly refused: Readonly<Record<string, never>>;
};

/** A module that says how it was switched, and that is told whether this client is a moderator. */
const notes = defineClientModule<typeof notesProtocol, 'on', NotesAnnouncements>({
  protocol: notesProtocol,
  init: () => 'on',
  reduce: (state) => state,
  announceSwitch: (change, _state, { self }) => {
    switch (change) {
      case 'switchedOff':
        return { key: 'off', params: { moderator: self.moderator } };
      case 'switchedOn':
        return { key: 'on', params: {} };
      case 'refused':
        return { key: 'refused', params: {}, notice: true };
    }
  },
});

/** A module that has its own events for being switched and says nothing here. */
const silent: ClientModule<ReturnType<typeof silentProtocol>, 'on'> = {
  protocol: silentProtocol(),
  init: () => 'on',
  reduce: (state) => state,
};
function silentProtocol() {
  return defineProtocol({ ns: 'silent', commands: {}, events: {}, errors: {}, joinState: z.undefined() });
}

const registry = [notes, silent];
const BOB = 'bob-participant-00002' as ParticipantId;
const roster = [{ id: BOB, displayName: 'Bob', role: 'participant' } as ParticipantInfo];
const asBob: ModuleContext = { self: selfOf(BOB, roster), participants: roster };
const policy = (...switchedOff: string[]): RoomPolicy => ({ selfRename: true, switchedOff });
const on = { notes: 'on', silent: 'on' };

describe('switchAnnouncements', () => {
  it('asksEachModuleWhoseSwitchChangedWhatToSay', () => {
    expect(switchAnnouncements(registry, on, policy(), policy('notes', 'silent'), asBob)).toEqual([
      { ns: 'notes', announcement: { key: 'off', params: { moderator: false } } },
    ]);
    expect(switchAnnouncements(registry, on, policy('notes'), policy(), asBob)).toEqual([
      { ns: 'notes', announcement: { key: 'on', params: {} } },
    ]);
  });

  it('saysNothingWhenTheModuleStaysAsItWasOrIsOff', () => {
    expect(switchAnnouncements(registry, on, policy('notes'), policy('notes', 'silent'), asBob)).toEqual([]);
    expect(switchAnnouncements(registry, { silent: 'on' }, policy(), policy('notes'), asBob)).toEqual([]);
  });
});

describe('refusedAnnouncement', () => {
  it('letsTheModuleOfTheRefusedCommandSayWhy', () => {
    expect(refusedAnnouncement(registry, on, 'notes', asBob)).toEqual([
      { ns: 'notes', announcement: { key: 'refused', params: {}, notice: true } },
    ]);
    expect(refusedAnnouncement(registry, on, 'silent', asBob)).toEqual([]);
    expect(refusedAnnouncement(registry, on, 'unknown', asBob)).toEqual([]);
    expect(refusedAnnouncement(registry, {}, 'notes', asBob)).toEqual([]);
  });
});
