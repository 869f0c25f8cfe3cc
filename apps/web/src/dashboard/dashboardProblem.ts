import { ApiFailure } from '../api/http.js';

/**
 * What went wrong with a request of the dashboard, in the owner's terms: the session ended, the room is gone, guests
 * are not allowed, a field was refused, the server cannot be reached, or anything else.
 */
export type DashboardProblem = 'signedOut' | 'notFound' | 'guestsDisabled' | 'invalid' | 'network' | 'other';

export function dashboardProblem(error: unknown): DashboardProblem {
  if (!(error instanceof ApiFailure)) return 'other';
  switch (error.code) {
    case 'unauthenticated':
      return 'signedOut';
    case 'roomNotFound':
    case 'notFound':
      return 'notFound';
    case 'featureDisabled':
      return 'guestsDisabled';
    case 'invalidBody':
      return 'invalid';
    case 'network':
      return 'network';
    default:
      return 'other';
  }
}
