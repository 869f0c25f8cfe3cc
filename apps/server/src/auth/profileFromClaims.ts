import type { UserProfile } from '@plenum/db';
import { z } from 'zod';

export interface ClaimMapping {
  readonly tenantClaim: string;
  readonly groupsClaim: string;
  readonly adminGroup: string;
}

const Text = (max: number) => z.string().trim().min(1).max(max);
const StandardClaims = z.looseObject({
  sub: Text(255),
  name: Text(200).optional().catch(undefined),
  preferred_username: Text(200).optional().catch(undefined),
  email: z.email().max(320).optional().catch(undefined),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/)
    .optional()
    .catch(undefined),
});
const TenantId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);
const Groups = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .catch(undefined);

export type ProfileResult =
  | { readonly ok: true; readonly profile: UserProfile }
  | { readonly ok: false; readonly reason: 'invalidClaims' | 'tenantMissing' };

/**
 * Maps verified ID-token claims to the user Plenum stores. The tenant comes from the configured claim and must be a
 * tenant id (the caller checks that it exists); admin is membership of the configured group in the groups claim
 * (an array, or a single string). Optional claims that are malformed are dropped rather than failing the login;
 * a missing or malformed `sub` or tenant fails it. The display name falls back to `preferred_username`, then to a
 * neutral word, never to the e-mail address.
 */
export function profileFromClaims(issuer: string, claims: unknown, mapping: ClaimMapping): ProfileResult {
  const parsed = StandardClaims.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: 'invalidClaims' };
  const c = parsed.data;
  const tenant = TenantId.safeParse(c[mapping.tenantClaim]);
  if (!tenant.success) return { ok: false, reason: 'tenantMissing' };
  const groups = Groups.parse(c[mapping.groupsClaim]);
  const groupList = groups === undefined ? [] : typeof groups === 'string' ? [groups] : groups;
  return {
    ok: true,
    profile: {
      issuer,
      subject: c.sub,
      tenantId: tenant.data,
      displayName: c.name ?? c.preferred_username ?? 'Unbenannt',
      email: c.email ?? null,
      locale: c.locale ?? null,
      isAdmin: groupList.includes(mapping.adminGroup),
    },
  };
}
