import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/http.js';
import { inviteProblem, isFinalProblem } from './inviteProblem.js';

describe('inviteProblem', () => {
  it('namesWhyTheLinkCannotBeUsed', () => {
    expect(inviteProblem(new ApiFailure('inviteNotFound', 404))).toEqual({ kind: 'notFound' });
    expect(inviteProblem(new ApiFailure('inviteExpired', 410))).toEqual({ kind: 'expired' });
    expect(inviteProblem(new ApiFailure('inviteRevoked', 410))).toEqual({ kind: 'revoked' });
    expect(inviteProblem(new ApiFailure('inviteUsedUp', 410))).toEqual({ kind: 'usedUp' });
    expect(inviteProblem(new ApiFailure('featureDisabled', 403))).toEqual({ kind: 'guestsDisabled' });
  });

  it('namesWhatToFixInTheForm', () => {
    expect(inviteProblem(new ApiFailure('passwordRequired', 401))).toEqual({ kind: 'passwordRequired' });
    expect(inviteProblem(new ApiFailure('passwordWrong', 403))).toEqual({ kind: 'passwordWrong' });
    const name = new ApiFailure('invalidBody', 400, { issues: [{ path: 'displayName', message: 'too long' }] });
    expect(inviteProblem(name)).toEqual({ kind: 'nameRefused' });
    const password = new ApiFailure('invalidBody', 400, { issues: [{ path: 'password', message: 'too long' }] });
    expect(inviteProblem(password)).toEqual({ kind: 'passwordWrong' });
    expect(inviteProblem(new ApiFailure('invalidBody', 400))).toEqual({ kind: 'other' });
  });

  it('saysHowLongToWaitWhenKnown', () => {
    expect(inviteProblem(new ApiFailure('tooManyAttempts', 429, { retryAfterSeconds: 30 }))).toEqual({
      kind: 'tooManyAttempts',
      seconds: 30,
    });
    expect(inviteProblem(new ApiFailure('tooManyAttempts', 429))).toEqual({ kind: 'tooManyAttempts', seconds: null });
  });

  it('tellsNetworkFailuresFromEverythingElse', () => {
    expect(inviteProblem(new ApiFailure('network', 0))).toEqual({ kind: 'network' });
    expect(inviteProblem(new ApiFailure('internal', 500))).toEqual({ kind: 'other' });
    expect(inviteProblem(new Error('boom'))).toEqual({ kind: 'other' });
  });

  it('treatsOnlyBadLinksAsFinal', () => {
    for (const kind of ['notFound', 'expired', 'revoked', 'usedUp', 'guestsDisabled'] as const)
      expect(isFinalProblem({ kind })).toBe(true);
    for (const kind of ['passwordRequired', 'passwordWrong', 'nameRefused', 'network', 'other'] as const)
      expect(isFinalProblem({ kind })).toBe(false);
    expect(isFinalProblem({ kind: 'tooManyAttempts', seconds: 5 })).toBe(false);
  });
});
