import {
  type TenantChoiceKey,
  type TenantFlagKey,
  type TenantLanguage,
  type TenantQuotaKey,
  tenantChoiceKeys,
  tenantFlagKeys,
  tenantLanguages,
  tenantQuotaKeys,
  tenantSettingKeys,
} from '@plenum/db';
import { z } from 'zod';
import { FlagText, flagSpellingsText } from '../config/FlagText.js';

/**
 * A tenant id: a lower-case slug of 2–40 characters (letters, digits, inner dashes). Stricter than the database's
 * check constraint on purpose: ids also appear in ID-token claims and URLs, so the CLI only creates tidy ones.
 */
export const TenantIdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$/,
    'must be 2–40 lower-case letters, digits or dashes, not starting or ending with a dash',
  );

/** A display name: trimmed, 1–200 characters, no control characters. */
export const TenantNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters');

export const FlagKeySchema = z.enum(tenantFlagKeys as [TenantFlagKey, ...TenantFlagKey[]]);
export const QuotaKeySchema = z.enum(tenantQuotaKeys as [TenantQuotaKey, ...TenantQuotaKey[]]);
export const ChoiceKeySchema = z.enum(tenantChoiceKeys as [TenantChoiceKey, ...TenantChoiceKey[]]);
export const SettingKeySchema = z.union([FlagKeySchema, QuotaKeySchema, ChoiceKeySchema], {
  error: `must be one of ${tenantSettingKeys.join(', ')}`,
});

/** A flag value as typed on the command line: the spellings the configuration accepts too (`true`, `no`, `1` …). */
export const FlagValueSchema = FlagText;

/** A quota value as typed on the command line: a positive whole number that fits the database column. */
export const QuotaValueSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be a positive whole number')
  .transform(Number)
  .refine((value) => value <= 2_147_483_647, 'must be at most 2147483647');

/** A language as typed on the command line: exactly `de` or `en`. */
export const LanguageValueSchema = z.enum(tenantLanguages, { error: `must be ${tenantLanguages.join(' or ')}` });

/** One validated `plenum tenants …` command. */
export type TenantsCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'list' }
  | { readonly kind: 'show'; readonly id: string }
  | { readonly kind: 'create'; readonly id: string; readonly name: string }
  | { readonly kind: 'rename'; readonly id: string; readonly name: string }
  | { readonly kind: 'set'; readonly id: string; readonly key: TenantFlagKey; readonly value: boolean }
  | { readonly kind: 'set'; readonly id: string; readonly key: TenantQuotaKey; readonly value: number }
  | { readonly kind: 'set'; readonly id: string; readonly key: TenantChoiceKey; readonly value: TenantLanguage }
  | { readonly kind: 'unset'; readonly id: string; readonly key: TenantFlagKey | TenantQuotaKey | TenantChoiceKey };

export const tenantsUsage = `Usage: plenum tenants <command>

  list                              every tenant
  show <id>                         a tenant and its settings (own value or installation default)
  create <id> --name <name>         a new tenant, every setting at its default
  rename <id> --name <name>         a new display name
  set <id> <key> <value>            a tenant's own value for one setting
  unset <id> <key>                  back to the installation default

Tenant ids: 2–40 lower-case letters, digits or dashes.
Flags (${flagSpellingsText}): ${tenantFlagKeys.join(', ')}
Quotas (positive whole numbers): ${tenantQuotaKeys.join(', ')}
Language of generated records and phone prompts (${tenantLanguages.join('|')}): language
Defaults come from the configuration (tenantDefaults).`;
