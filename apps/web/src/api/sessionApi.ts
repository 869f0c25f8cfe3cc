import { z } from 'zod';
import { loginFailedPath } from '../router/matchRoute.js';
import { ApiFailure, createHttpClient, type HttpClient } from './http.js';

/** `GET /v1/me`: the signed-in user (mirrors the server's `MeView`). */
export const Me = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: z.string().nullable(),
  isAdmin: z.boolean(),
});
export type Me = z.infer<typeof Me>;

/** `POST /auth/logout` with `Accept: application/json`: where to send the browser (the provider's logout, or `/`). */
export const LogoutAnswer = z.object({ redirectTo: z.string().min(1) });

/** Who is signed in, and signing out. Signing in is a full-page navigation (see `loginHref`). */
export function createSessionApi(http: HttpClient = createHttpClient()) {
  return {
    /** The signed-in user, or null when nobody is (401). Other failures throw. */
    async me(): Promise<Me | null> {
      try {
        return await http.request('/v1/me', Me);
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 401) return null;
        throw error;
      }
    },
    /** Ends the session; returns where the browser must go next. */
    async logout(): Promise<string> {
      return (await http.request('/auth/logout', LogoutAnswer, { method: 'POST' })).redirectTo;
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
