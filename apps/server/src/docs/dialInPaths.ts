import { PhoneEntryRequest, PhoneEntryView, RoomDialInView } from '@plenum/protocol';
import { error, json, roomIdParameter } from './openApiParts.js';

const refused = {
  '401': error('unauthenticated'),
  '403': error('featureDisabled (the tenant has no phone dial-in) or csrfRejected'),
  '404': error('roomNotFound (also for rooms of other owners or tenants, and closed rooms)'),
} as const;

/** OpenAPI paths of a room's telephone dial-in (owner only). */
export const dialInPaths = {
  '/v1/rooms/{roomId}/sip': {
    get: {
      summary: 'The telephone dial-in of my room: the dial-in number, conference number and PIN, if enabled',
      parameters: [roomIdParameter],
      responses: { '200': { description: 'The dial-in', content: json(RoomDialInView) }, ...refused },
    },
    put: {
      summary:
        'Enable telephone dial-in with a new 10-digit conference number and PIN; when enabled already, nothing changes (X-Plenum-CSRF: 1)',
      parameters: [roomIdParameter],
      responses: { '200': { description: 'The dial-in', content: json(RoomDialInView) }, ...refused },
    },
    delete: {
      summary:
        'Disable telephone dial-in; the numbers are forgotten. Works also when the tenant no longer has dial-in (X-Plenum-CSRF: 1)',
      parameters: [roomIdParameter],
      responses: {
        '204': { description: 'Disabled (also when it was not enabled)' },
        ...refused,
        '403': error('csrfRejected'),
      },
    },
  },
  '/v1/rooms/{roomId}/sip/regenerate': {
    post: {
      summary: 'Replace conference number and PIN; the old ones stop working (X-Plenum-CSRF: 1)',
      parameters: [roomIdParameter],
      responses: {
        '200': { description: 'The new dial-in', content: json(RoomDialInView) },
        ...refused,
        '404': error('roomNotFound, or notFound when dial-in is not enabled'),
      },
    },
  },
  '/v1/sip/calls': {
    post: {
      summary:
        'SIP gateway only (Authorization: Bearer <sip.gatewaySecret>): a caller keyed in a conference number and PIN; answers a signalling ticket for a phone participant. The same dialInRejected for an unknown number, a wrong PIN, a closed room and a tenant without dial-in',
      requestBody: { required: true, content: json(PhoneEntryRequest, 'input') },
      responses: {
        '201': {
          description: 'The ticket (no-store); displayName is the masked caller number',
          content: json(PhoneEntryView),
        },
        '400': error('invalidBody'),
        '401': error('unauthenticated (not the gateway)'),
        '403': error('dialInRejected, or banned (a moderator removed this caller number from the running meeting)'),
        '404': error('notFound: this installation has no gateway secret'),
        '429': error(
          'tooManyAttempts (Retry-After): too many wrong entries from this caller number or for this conference number',
        ),
      },
    },
  },
} as const;
