import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/http.js';
import { dashboardProblem } from './dashboardProblem.js';

describe('dashboardProblem', () => {
  it('readsTheServersCodes', () => {
    expect(dashboardProblem(new ApiFailure('unauthenticated', 401))).toBe('signedOut');
    expect(dashboardProblem(new ApiFailure('roomNotFound', 404))).toBe('notFound');
    expect(dashboardProblem(new ApiFailure('featureDisabled', 403))).toBe('guestsDisabled');
    expect(dashboardProblem(new ApiFailure('invalidBody', 400))).toBe('invalid');
    expect(dashboardProblem(new ApiFailure('network', 0))).toBe('network');
    expect(dashboardProblem(new ApiFailure('internal', 500))).toBe('other');
    expect(dashboardProblem(new TypeError('x'))).toBe('other');
  });
});
