import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/http.js';
import { entryGateOf, roomLoadProblemOf } from './entryGate.js';

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
    expect(entryGateOf({ kind: 'banned' })).toEqual({ state: 'refused', reason: 'banned' });
    expect(entryGateOf({ kind: 'notFound' })).toEqual({ state: 'notFound' });
    expect(entryGateOf({ kind: 'unavailable' })).toEqual({ state: 'failed' });
  });
});

describe('roomLoadProblemOf', () => {
  it('refusesARevokedOrUnwelcomeGuestInsteadOfOfferingARetry', () => {
    expect(roomLoadProblemOf(new ApiFailure('inviteRevoked', 410))).toEqual({
      state: 'refused',
      reason: 'inviteRevoked',
    });
    expect(roomLoadProblemOf(new ApiFailure('featureDisabled', 403))).toEqual({
      state: 'refused',
      reason: 'guestsDisabled',
    });
  });

  it('tellsNotFoundAndSignInFromPassingTrouble', () => {
    expect(roomLoadProblemOf(new ApiFailure('roomNotFound', 404))).toEqual({ state: 'notFound' });
    expect(roomLoadProblemOf(new ApiFailure('unauthenticated', 401))).toEqual({ state: 'signIn' });
    expect(roomLoadProblemOf(new ApiFailure('network', 0))).toEqual({ state: 'failed' });
    expect(roomLoadProblemOf(new ApiFailure('internal', 500))).toEqual({ state: 'failed' });
    expect(roomLoadProblemOf(new Error('boom'))).toEqual({ state: 'failed' });
  });
});
