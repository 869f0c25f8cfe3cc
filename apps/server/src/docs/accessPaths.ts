import {
  GuestLinkCreate,
  GuestLinkList,
  GuestLinkView,
  InviteRedeem,
  InviteRedeemed,
  InviteView,
  TicketRequest,
  TicketView,
} from '@plenum/protocol';
import { error, json, pathParameter, roomIdParameter } from './openApiParts.js';

const codeParameter = pathParameter('code');

/** OpenAPI paths of entering rooms: tickets, guest links and invites. */
export const accessPaths = {
  '/v1/rooms/{roomId}/tickets': {
    post: {
      summary:
        'A single-use signalling ticket (60 s) for the signed-in user of the room’s tenant or the guest holding its guest cookie; send it in core.join',
      parameters: [roomIdParameter],
      requestBody: { required: false, content: json(TicketRequest, 'input') },
      responses: {
        '201': { description: 'The ticket, role and whether this person will wait', content: json(TicketView) },
        '400': error('invalidBody or invalidJson'),
        '401': error('unauthenticated (no session, no guest cookie) or passwordRequired'),
        '403': error(
          'passwordWrong, featureDisabled (guests switched off), banned (a moderator banned this account or guest session from the running meeting) or csrfRejected',
        ),
        '404': error('roomNotFound (also for rooms of other tenants)'),
        '410': error('inviteRevoked (the guest’s link was revoked)'),
        '429': error('tooManyAttempts (Retry-After)'),
      },
    },
  },
  '/v1/rooms/{roomId}/guest-links': {
    get: {
      summary: 'The guest links of my room, newest first (owner only)',
      parameters: [roomIdParameter],
      responses: {
        '200': { description: 'The links', content: json(GuestLinkList) },
        '401': error('unauthenticated'),
        '404': error('roomNotFound (also for rooms of other owners or tenants)'),
      },
    },
    post: {
      summary: 'Create a guest link with an optional label, expiry and use limit (owner only; X-Plenum-CSRF: 1)',
      parameters: [roomIdParameter],
      requestBody: { required: false, content: json(GuestLinkCreate, 'input') },
      responses: {
        '201': { description: 'The link', content: json(GuestLinkView) },
        '400': error('invalidBody or invalidJson'),
        '401': error('unauthenticated'),
        '403': error('featureDisabled (tenant or room does not admit guests) or csrfRejected'),
        '404': error('roomNotFound'),
        '409': error('limitReached'),
      },
    },
  },
  '/v1/rooms/{roomId}/guest-links/{linkId}': {
    delete: {
      summary: 'Revoke a guest link (owner only; X-Plenum-CSRF: 1); it stays listed as revoked',
      parameters: [roomIdParameter, pathParameter('linkId')],
      responses: {
        '204': { description: 'Revoked' },
        '401': error('unauthenticated'),
        '404': error('roomNotFound or notFound'),
      },
    },
  },
  '/v1/invites/{code}': {
    get: {
      summary: 'What a guest link leads to (anyone; unknown codes are throttled per client)',
      parameters: [codeParameter],
      responses: {
        '200': { description: 'The invitation', content: json(InviteView) },
        '403': error('featureDisabled'),
        '404': error('inviteNotFound'),
        '410': error('inviteExpired, inviteRevoked or inviteUsedUp'),
        '429': error('tooManyAttempts (Retry-After)'),
      },
    },
    post: {
      summary: 'Use the guest link: sets the HttpOnly guest cookie for its room, then ask for a ticket there',
      parameters: [codeParameter],
      requestBody: { required: true, content: json(InviteRedeem, 'input') },
      responses: {
        '200': { description: 'Go to /r/{roomId}', content: json(InviteRedeemed) },
        '400': error('invalidBody or invalidJson'),
        '401': error('passwordRequired'),
        '403': error('passwordWrong, featureDisabled or csrfRejected'),
        '404': error('inviteNotFound'),
        '410': error('inviteExpired, inviteRevoked or inviteUsedUp'),
        '429': error('tooManyAttempts (Retry-After)'),
      },
    },
  },
} as const;
