import { describe, expect, it } from 'vitest';
import { loginFailedReason } from './loginFailedReason.js';

describe('loginFailedReason', () => {
  it('knowsTheServersLoginErrorCodesAndFallsBackForAnythingElse', () => {
    expect(loginFailedReason('?reason=loginFailed')).toBe('loginFailed');
    expect(loginFailedReason('?reason=tenantUnknown')).toBe('tenantUnknown');
    expect(loginFailedReason('?reason=unavailable')).toBe('unavailable');
    expect(loginFailedReason('?reason=<script>')).toBe('other');
    expect(loginFailedReason('?reason=toString')).toBe('other');
    expect(loginFailedReason('')).toBe('other');
  });
});
