import type { EffectiveTenantSettings } from '@plenum/db';

/** The tenant's flags and quotas with the installation defaults filled in; undefined for an unknown tenant. */
export type TenantSettingsOf = (tenantId: string) => Promise<EffectiveTenantSettings | undefined>;
