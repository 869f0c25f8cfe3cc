import { z } from 'zod';

/** `GET /auth/login` query. */
export const LoginQuery = z.object({ returnTo: z.string().max(2048).optional() });

/** `GET /auth/callback` query: the provider's answer (the library re-reads the full URL). */
export const CallbackQuery = z.object({ error: z.string().max(200).optional() });

/** `POST /auth/backchannel-logout` form body. */
export const BackchannelLogoutBody = z.object({ logout_token: z.string().min(1).max(16_384) });

export { LogoutView, MeView } from '@plenum/protocol';
