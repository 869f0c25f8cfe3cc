import { describe, expect, it } from 'vitest';
import { checkInviteForm } from './checkInviteForm.js';

describe('checkInviteForm', () => {
  it('sendsTheTrimmedNameAndThePasswordOnlyWhenNeeded', () => {
    expect(checkInviteForm({ name: '  Eva  ', password: 'ignored', passwordRequired: false })).toEqual({
      ok: true,
      body: { displayName: 'Eva' },
    });
    expect(checkInviteForm({ name: 'Eva', password: ' pw 1 ', passwordRequired: true })).toEqual({
      ok: true,
      body: { displayName: 'Eva', password: ' pw 1 ' },
    });
  });

  it('namesEveryProblemAtOnce', () => {
    expect(checkInviteForm({ name: '   ', password: '', passwordRequired: true })).toEqual({
      ok: false,
      name: 'empty',
      passwordMissing: true,
    });
    expect(checkInviteForm({ name: 'x'.repeat(65), password: '', passwordRequired: false })).toEqual({
      ok: false,
      name: 'tooLong',
      passwordMissing: false,
    });
    expect(checkInviteForm({ name: 'Eva\u0007', password: 'pw', passwordRequired: true })).toEqual({
      ok: false,
      name: 'invalidCharacters',
      passwordMissing: false,
    });
    expect(checkInviteForm({ name: 'Eva', password: '', passwordRequired: true })).toEqual({
      ok: false,
      name: null,
      passwordMissing: true,
    });
  });
});
