import { type InviteRedeem, InviteRedeemed, InviteView } from '@plenum/protocol';
import { createHttpClient, type HttpClient } from './http.js';

export type Invite = InviteView;
export type Redeemed = InviteRedeemed;

const invitePath = (code: string) => `/v1/invites/${encodeURIComponent(code)}`;

/**
 * Guest invitations (`/v1/invites/{code}`), usable without signing in. Redeeming sets an HttpOnly guest cookie for
 * the room; the page then goes to `/r/{roomId}`.
 */
export function createInvitesApi(http: HttpClient = createHttpClient()) {
  return {
    /** What the guest sees before entering; expired, revoked or used-up links fail with their code. */
    get(code: string): Promise<Invite> {
      return http.request(invitePath(code), InviteView);
    },
    redeem(code: string, body: InviteRedeem): Promise<Redeemed> {
      return http.request(invitePath(code), InviteRedeemed, { method: 'POST', json: body });
    },
  };
}

export type InvitesApi = ReturnType<typeof createInvitesApi>;
