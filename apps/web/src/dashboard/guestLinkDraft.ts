import { GuestLinkCreate, guestLinkLimits } from '@plenum/protocol';

/** How long a new guest link stays valid: the choices of the form. */
export const expiryPresets = ['never', 'day', 'week', 'month'] as const;
export type ExpiryPreset = (typeof expiryPresets)[number];

const presetDays: Readonly<Record<Exclude<ExpiryPreset, 'never'>, number>> = { day: 1, week: 7, month: 30 };

/** The "new guest link" form as the owner fills it in. */
export interface GuestLinkDraft {
  readonly label: string;
  readonly expiry: ExpiryPreset;
  /** As typed; empty means no limit. */
  readonly maxUses: string;
}

export const emptyGuestLinkDraft: GuestLinkDraft = { label: '', expiry: 'week', maxUses: '' };

export type GuestLinkDraftField = 'label' | 'maxUses';

export type GuestLinkDraftCheck =
  | { readonly ok: true; readonly body: GuestLinkCreate }
  | { readonly ok: false; readonly invalid: readonly GuestLinkDraftField[] };

/** The expiry of a preset, counted from `now` (ms since the epoch), as the ISO timestamp the server wants. */
export function expiryOf(preset: ExpiryPreset, now: number): string | undefined {
  return preset === 'never' ? undefined : new Date(now + presetDays[preset] * 86_400_000).toISOString();
}

/** Turns the form into the `POST` body, checked with the server's own `GuestLinkCreate` schema. */
export function checkGuestLinkDraft(draft: GuestLinkDraft, now: number): GuestLinkDraftCheck {
  const invalid: GuestLinkDraftField[] = [];
  const usesText = draft.maxUses.trim();
  let maxUses: number | undefined;
  if (usesText !== '') {
    maxUses = /^\d{1,6}$/.test(usesText) ? Number(usesText) : Number.NaN;
    if (!Number.isInteger(maxUses) || maxUses < 1 || maxUses > guestLinkLimits.maxUsesMax) invalid.push('maxUses');
  }
  const label = draft.label.trim();
  const expiresAt = expiryOf(draft.expiry, now);
  const parsed = GuestLinkCreate.safeParse({
    ...(label === '' ? {} : { label }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(maxUses === undefined || invalid.includes('maxUses') ? {} : { maxUses }),
  });
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'label')) invalid.unshift('label');
  if (invalid.length > 0 || !parsed.success) return { ok: false, invalid };
  return { ok: true, body: parsed.data };
}
