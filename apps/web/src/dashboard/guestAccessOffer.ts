import { type GuestAccessMode, guestAccessModes } from '@plenum/protocol';

/**
 * What the dashboard knows of the tenant's `guestsAllowed`: nothing until the server refuses guests with
 * `featureDisabled` (no request tells it before), then `forbidden` for as long as the dashboard is open.
 */
export type TenantGuests = 'unknown' | 'forbidden';

/**
 * The guest access choices the room settings offer: all of them, unless the organisation does not allow guests; then
 * none for a room without guest access, and only "Disabled" besides the current one for a room that still has it.
 */
export function guestAccessChoices(current: GuestAccessMode, tenant: TenantGuests): readonly GuestAccessMode[] {
  if (tenant === 'unknown') return guestAccessModes;
  if (current === 'disabled') return [];
  return guestAccessModes.filter((mode) => mode === 'disabled' || mode === current);
}

/** What the guest links dialog offers: new links, a way to the room settings, or only the organisation's refusal. */
export type GuestLinkOffer = 'create' | 'enableInSettings' | 'notAllowed';

export function guestLinkOffer(roomAccess: GuestAccessMode, tenant: TenantGuests): GuestLinkOffer {
  if (tenant === 'forbidden') return 'notAllowed';
  return roomAccess === 'disabled' ? 'enableInSettings' : 'create';
}
