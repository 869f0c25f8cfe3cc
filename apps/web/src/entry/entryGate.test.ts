import { describe, expect, it } from 'vitest';
import { entryGateOf } from './entryGate.js';

describe('entryGateOf', () => {
  it('asksForThePasswordAndSaysWhatWasWrongWithIt', () => {
    expect(entryGateOf({ kind: 'passwordRequired' })).toEqual({ state: 'password', error: null });
    expect(entryGateOf({ kind: 'passwordWrong' })).toEqual({ state: 'password', error: { kind: 'wrong' } });
    expect(entryGateOf({ kind: 'tooManyAttempts', retryAfterSeconds: 9 })).toEqual({
      state: 'password',
      error: { kind: 'tooManyAttempts', retryAfterSeconds: 9 },
    });
  });

  it('sendsTheSignedOutToSignInAndNamesTheRefusals', () => {
    expect(entryGateOf({ kind: 'signInRequired' })).toEqual({ state: 'signIn' });
    expect(entryGateOf({ kind: 'guestsDisabled' })).toEqual({ state: 'refused', reason: 'guestsDisabled' });
    expect(entryGateOf({ kind: 'inviteRevoked' })).toEqual({ state: 'refused', reason: 'inviteRevoked' });
    expect(entryGateOf({ kind: 'notFound' })).toEqual({ state: 'notFound' });
    expect(entryGateOf({ kind: 'unavailable' })).toEqual({ state: 'failed' });
  });
});
