/** Feature flags a tenant may have switched on or off. */
export interface TenantFlags {
  readonly guestsAllowed: boolean;
  readonly phoneDialIn: boolean;
  readonly recording: boolean;
  readonly streaming: boolean;
  /** The room chat is kept beyond the meeting (for `chatRetentionDays`); off: it ends with the meeting. */
  readonly keepChat: boolean;
}

/** Limits of a tenant; all positive integers. */
export interface TenantQuotas {
  readonly maxParticipantsPerRoom: number;
  readonly maxMeetingMinutes: number;
  readonly storageMegabytes: number;
  /** How long a kept chat message is kept, in days (only matters with `keepChat`). */
  readonly chatRetentionDays: number;
}

/** The languages a tenant may choose. */
export type TenantLanguage = 'de' | 'en';

/** Every tenant language. */
export const tenantLanguages: readonly [TenantLanguage, ...TenantLanguage[]] = ['de', 'en'];

/** Settings that pick one of a few values. */
export interface TenantChoices {
  /** The language of the room's generated records (vote reports, minutes) and of the phone prompts callers hear. */
  readonly language: TenantLanguage;
}

/** What applies to a tenant once the installation defaults have filled every gap. */
export type EffectiveTenantSettings = TenantFlags & TenantQuotas & TenantChoices;

/** What a tenant has chosen itself: `null` means "use the installation default". */
export type TenantSettings = { readonly [K in keyof EffectiveTenantSettings]: EffectiveTenantSettings[K] | null };

export type TenantFlagKey = keyof TenantFlags;
export type TenantQuotaKey = keyof TenantQuotas;
export type TenantChoiceKey = keyof TenantChoices;
export type TenantSettingKey = keyof EffectiveTenantSettings;

/** Every flag key, in display order. */
export const tenantFlagKeys: readonly TenantFlagKey[] = [
  'guestsAllowed',
  'phoneDialIn',
  'recording',
  'streaming',
  'keepChat',
];

/** Every quota key, in display order. */
export const tenantQuotaKeys: readonly TenantQuotaKey[] = [
  'maxParticipantsPerRoom',
  'maxMeetingMinutes',
  'storageMegabytes',
  'chatRetentionDays',
];

/** Every choice key, in display order. */
export const tenantChoiceKeys: readonly TenantChoiceKey[] = ['language'];

/** Every setting key: flags, then quotas, then choices. */
export const tenantSettingKeys: readonly TenantSettingKey[] = [
  ...tenantFlagKeys,
  ...tenantQuotaKeys,
  ...tenantChoiceKeys,
];
