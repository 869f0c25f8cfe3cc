import type { EffectiveTenantSettings, TenantSettings } from './TenantSettings.js';

/**
 * The settings that apply to a tenant: its own value where it chose one, the installation default where it did not
 * (`null`). Pure, so the rule "null means default" lives in exactly one place. `false` and other falsy choices are
 * the tenant's own and win over the default.
 */
export function mergeTenantSettings(own: TenantSettings, defaults: EffectiveTenantSettings): EffectiveTenantSettings {
  return {
    guestsAllowed: own.guestsAllowed ?? defaults.guestsAllowed,
    phoneDialIn: own.phoneDialIn ?? defaults.phoneDialIn,
    recording: own.recording ?? defaults.recording,
    streaming: own.streaming ?? defaults.streaming,
    keepChat: own.keepChat ?? defaults.keepChat,
    maxParticipantsPerRoom: own.maxParticipantsPerRoom ?? defaults.maxParticipantsPerRoom,
    maxMeetingMinutes: own.maxMeetingMinutes ?? defaults.maxMeetingMinutes,
    storageMegabytes: own.storageMegabytes ?? defaults.storageMegabytes,
    chatRetentionDays: own.chatRetentionDays ?? defaults.chatRetentionDays,
    language: own.language ?? defaults.language,
  };
}
