import { RoomView } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GuestLinksApi } from '../api/guestLinksApi.js';
import type { RoomsApi } from '../api/roomsApi.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { GuestLinksDialog } from './GuestLinksDialog.js';
import type { TenantGuests } from './guestAccessOffer.js';
import { RoomSettingsDialog } from './RoomSettingsDialog.js';

beforeAll(() => {
  vi.stubGlobal('navigator', { languages: ['en'] });
});

const room = (guestAccess: RoomView['guestAccess']) =>
  RoomView.parse({
    id: 'AbCdEfGhIjKlMnOpQrSt_-12',
    title: 'Vorstand',
    url: 'https://plenum.test/r/AbCdEfGhIjKlMnOpQrSt_-12',
    createdAt: '2026-11-01T10:00:00.000Z',
    hasPassword: false,
    waitingRoom: 'off',
    guestAccess,
  });
const none = () => undefined;
const NOT_ALLOWED = 'Your organisation does not allow guests.';

const settings = (guestAccess: RoomView['guestAccess'], tenantGuests: TenantGuests) =>
  renderToStaticMarkup(
    <I18nProvider>
      <RoomSettingsDialog
        room={room(guestAccess)}
        api={{} as RoomsApi}
        tenantGuests={tenantGuests}
        onGuestsNotAllowed={none}
        onSaved={none}
        onClose={none}
        returnFocus={{ current: null }}
      />
    </I18nProvider>,
  );
const guestLinks = (guestAccess: RoomView['guestAccess'], tenantGuests: TenantGuests) =>
  renderToStaticMarkup(
    <I18nProvider>
      <GuestLinksDialog
        room={room(guestAccess)}
        api={{ list: () => new Promise(none) } as unknown as GuestLinksApi}
        tenantGuests={tenantGuests}
        onGuestsNotAllowed={none}
        onClose={none}
        onOpenSettings={none}
        returnFocus={{ current: null }}
      />
    </I18nProvider>,
  );
const guestFieldset = (html: string) =>
  /<fieldset[^>]*>(?:(?!<\/fieldset>).)*Guest access(?:(?!<\/fieldset>).)*<\/fieldset>/s.exec(html)?.[0] ?? '';

describe('RoomSettingsDialog', () => {
  it('offersEveryGuestAccessChoiceWhileGuestsAreNotKnownToBeForbidden', () => {
    const group = guestFieldset(settings('disabled', 'unknown'));
    expect(group).toContain('Through the waiting room');
    expect(group).toContain('Direct');
    expect(group).not.toContain(NOT_ALLOWED);
  });

  it('saysTheOrganisationDoesNotAllowGuestsInsteadOfOfferingGuestAccess', () => {
    const group = guestFieldset(settings('disabled', 'forbidden'));
    expect(group).toContain(NOT_ALLOWED);
    expect(group).not.toContain('type="radio"');
  });

  it('letsTheOwnerOnlySwitchOffTheGuestAccessARoomStillHas', () => {
    const group = guestFieldset(settings('direct', 'forbidden'));
    expect([...group.matchAll(/<input type="radio"[^>]*value="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'disabled',
      'direct',
    ]);
    expect(group).toContain(NOT_ALLOWED);
  });
});

describe('GuestLinksDialog', () => {
  it('sendsTheOwnerToTheRoomSettingsWhileTheOrganisationMayAllowGuests', () => {
    const html = guestLinks('disabled', 'unknown');
    expect(html).toContain('Enable it in the room settings first.');
    expect(html).toContain('Open room settings');
  });

  it('saysTheOrganisationDoesNotAllowGuestsWithoutAWayToTheSettings', () => {
    for (const access of ['disabled', 'direct'] as const) {
      const html = guestLinks(access, 'forbidden');
      expect(html).toContain(NOT_ALLOWED);
      expect(html).not.toContain('Open room settings');
      expect(html).not.toContain('Create a guest link');
    }
  });
});
