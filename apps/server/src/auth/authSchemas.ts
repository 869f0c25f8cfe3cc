import { z } from 'zod';

/** `GET /auth/login` query. */
export const LoginQuery = z.object({ returnTo: z.string().max(2048).optional() });

/** `GET /auth/callback` query: the provider's answer (the library re-reads the full URL). */
export const CallbackQuery = z.object({ error: z.string().max(200).optional() });

/** `POST /auth/backchannel-logout` form body. */
export const BackchannelLogoutBody = z.object({ logout_token: z.string().min(1).max(16_384) });

/** `POST /auth/logout` answer for scripts (`Accept: application/json`); browsers get a 303 to the same place. */
export const LogoutView = z.object({ redirectTo: z.string() });

/** `GET /v1/me`: the signed-in user. */
export const MeView = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: z.string().nullable(),
  isAdmin: z.boolean(),
});
export type MeView = z.infer<typeof MeView>;
