import { type GuestLinkCreate, GuestLinkList, GuestLinkView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

export type GuestLink = GuestLinkView;

const linksPath = (roomId: string) => `/v1/rooms/${encodeURIComponent(roomId)}/guest-links`;

/**
 * A room's guest links (`/v1/rooms/{roomId}/guest-links`, owner only). Creating one answers 403 `featureDisabled`
 * when the tenant does not allow guests or the room's guest access is `disabled`.
 */
export function createGuestLinksApi(http: HttpClient = createHttpClient()) {
  return {
    /** Newest first, revoked ones included. */
    async list(roomId: string): Promise<readonly GuestLink[]> {
      return (await http.request(linksPath(roomId), GuestLinkList)).links;
    },
    create(roomId: string, link: GuestLinkCreate): Promise<GuestLink> {
      return http.request(linksPath(roomId), GuestLinkView, { method: 'POST', json: link });
    },
    /** Revokes the link; it stays listed with state `revoked`. */
    revoke(roomId: string, linkId: string): Promise<void> {
      return http.requestNoContent(`${linksPath(roomId)}/${encodeURIComponent(linkId)}`, { method: 'DELETE' });
    },
  };
}

export type GuestLinksApi = ReturnType<typeof createGuestLinksApi>;
