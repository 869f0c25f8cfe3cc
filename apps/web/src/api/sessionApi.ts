import { LogoutView, MeView } from '@plenum/protocol';
import { loginFailedPath } from '../router/matchRoute.js';
import { ApiFailure, createHttpClient, type HttpClient } from './http.js';

/** The signed-in user as `/v1/me` describes it. */
export type Me = MeView;

/** Who is signed in, and signing out. Signing in is a full-page navigation (see `loginHref`). */
export function createSessionApi(http: HttpClient = createHttpClient()) {
  return {
    /** The signed-in user, or null when nobody is (401). Other failures throw. */
    async me(): Promise<Me | null> {
      try {
        return await http.request('/v1/me', MeView);
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 401) return null;
        throw error;
      }
    },
    /** Ends the session; returns where the browser must go next. */
    async logout(): Promise<string> {
      return (await http.request('/auth/logout', LogoutView, { method: 'POST' })).redirectTo;
    },
  };
}

export type SessionApi = ReturnType<typeof createSessionApi>;

/** Pages that make no sense to come back to after signing in. */
const noReturn = new Set([loginFailedPath, `${loginFailedPath}/`]);

/** The server's login entry, returning to `path` (a relative path with query and hash) afterwards. */
export function loginHref(path: string): string {
  const pathname = path.split(/[?#]/, 1)[0] ?? '/';
  const returnTo = path.startsWith('/') && !path.startsWith('//') && !noReturn.has(pathname) ? path : '/';
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
