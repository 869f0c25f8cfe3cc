import { z } from 'zod';

/**
 * The error `ctx.requireModerator` answers with, to the issuer only. A module that uses the
 * helper lists it under `errors.forbidden` in its protocol, so clients can parse it. Imported
 * by protocol files through `@plenum/room-kit/forbidden`, which browsers can load (the package
 * root pulls in the Node-only runtime).
 */
export const Forbidden = z.object({ required: z.literal('moderator') });
export type Forbidden = z.infer<typeof Forbidden>;
