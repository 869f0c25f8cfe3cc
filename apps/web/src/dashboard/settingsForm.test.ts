import { RoomView } from '@plenum/protocol';
import { describe, expect, it } from 'vitest';
import {
  firstInvalidField,
  initialSettingsForm,
  isUnchanged,
  settingsChanges,
  settingsFieldOf,
} from './settingsForm.js';

const ROOM = RoomView.parse({
  id: 'AbCdEfGhIjKlMnOpQrSt_-12',
  title: 'Rat',
  createdAt: '2026-11-26T08:00:00.000Z',
  url: 'http://localhost/r/AbCdEfGhIjKlMnOpQrSt_-12',
  waitingRoom: 'off',
  guestAccess: 'disabled',
  hasPassword: true,
});

describe('settingsForm', () => {
  it('startsFromTheRoomWithoutAPassword', () => {
    expect(initialSettingsForm(ROOM)).toEqual({
      title: 'Rat',
      waitingRoom: 'off',
      guestAccess: 'disabled',
      password: 'keep',
      newPassword: '',
    });
  });

  it('sendsOnlyWhatChanged', () => {
    const form = initialSettingsForm(ROOM);
    const unchanged = settingsChanges(ROOM, { ...form, title: '  Rat ' });
    expect(unchanged).toEqual({ ok: true, changes: {} });
    expect(isUnchanged(unchanged)).toBe(true);
    expect(
      settingsChanges(ROOM, { ...form, title: ' Stadtrat ', waitingRoom: 'guests', guestAccess: 'direct' }),
    ).toEqual({ ok: true, changes: { title: 'Stadtrat', waitingRoom: 'guests', guestAccess: 'direct' } });
  });

  it('setsOrRemovesThePassword', () => {
    const form = initialSettingsForm(ROOM);
    expect(settingsChanges(ROOM, { ...form, password: 'set', newPassword: 'geheim' })).toEqual({
      ok: true,
      changes: { password: 'geheim' },
    });
    expect(settingsChanges(ROOM, { ...form, password: 'remove' })).toEqual({ ok: true, changes: { password: null } });
    expect(settingsChanges({ ...ROOM, hasPassword: false }, { ...form, password: 'remove' })).toEqual({
      ok: true,
      changes: {},
    });
    expect(settingsChanges(ROOM, { ...form, password: 'keep', newPassword: 'typed but kept' })).toEqual({
      ok: true,
      changes: {},
    });
  });

  it('namesTheFieldsTheServerWouldRefuse', () => {
    const form = initialSettingsForm(ROOM);
    expect(settingsChanges(ROOM, { ...form, password: 'set', newPassword: 'abc' })).toEqual({
      ok: false,
      invalid: ['password'],
    });
    expect(
      settingsChanges(ROOM, { ...form, title: `a${'\u0007'}b`, password: 'set', newPassword: 'x'.repeat(129) }),
    ).toEqual({ ok: false, invalid: ['title', 'password'] });
  });

  it('mapsIssuePathsToFields', () => {
    expect(settingsFieldOf('title')).toBe('title');
    expect(settingsFieldOf('password')).toBe('password');
    expect(settingsFieldOf('guestAccess.0')).toBe('guestAccess');
    expect(settingsFieldOf('other')).toBeNull();
    expect(settingsFieldOf('')).toBeNull();
  });
});

describe('firstInvalidField', () => {
  it('picksTheFirstRefusedFieldInTheFormsOrder', () => {
    expect(firstInvalidField(['guestAccess', 'password'])).toBe('password');
    expect(firstInvalidField(['waitingRoom', 'title'])).toBe('title');
    expect(firstInvalidField([])).toBeNull();
  });
});
