import { z } from 'zod';

/**
 * REST shapes of signing in that the server sends and the web app reads: one schema for
 * both sides, so they cannot drift apart.
 */

/** `GET /v1/me`: the signed-in user. */
export const MeView = z.object({
  id: z.string(),
  tenantId: z.string(),
  /** The tenant's display name, e.g. "Stadt Musterstadt". */
  tenantName: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: z.string().nullable(),
  isAdmin: z.boolean(),
});
export type MeView = z.infer<typeof MeView>;

/** `POST /auth/logout` answer for scripts (`Accept: application/json`); browsers get a 303 to the same place. */
export const LogoutView = z.object({ redirectTo: z.string().min(1) });
export type LogoutView = z.infer<typeof LogoutView>;
