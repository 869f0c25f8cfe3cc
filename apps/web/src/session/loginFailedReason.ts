import type { Catalogue } from '../i18n/en.js';

export type LoginFailedReason = keyof Catalogue['loginFailed']['reasons'];

/** The server's error code in `?reason=` picks the explanation; anything else gets the general one. */
export function loginFailedReason(search: string): LoginFailedReason {
  const reason = new URLSearchParams(search).get('reason');
  return reason === 'loginFailed' || reason === 'tenantUnknown' || reason === 'unavailable' ? reason : 'other';
}
