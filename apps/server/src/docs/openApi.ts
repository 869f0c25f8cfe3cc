import { LogoutView, MeView } from '../auth/authSchemas.js';
import { restErrors } from '../http/restErrors.js';
import { RoomCreate, RoomList, RoomUpdate, RoomView, roomLimits } from '../rooms/roomSchemas.js';
import { accessPaths } from './accessPaths.js';
import { agendaPaths } from './agendaPaths.js';
import { dialInPaths } from './dialInPaths.js';
import { meetingPaths } from './meetingPaths.js';
import { error, json, roomIdParameter } from './openApiParts.js';

/** The REST API as OpenAPI 3.1, generated from the same zod schemas the routes parse with. */
export function openApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plenum REST API',
      version: '1',
      description: `Errors are { error, message, issues?, retryAfterSeconds? } with these codes and statuses: ${Object.entries(
        restErrors,
      )
        .map(([code, status]) => `${code} ${status}`)
        .join(', ')}.`,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    paths: {
      '/v1/rooms': {
        get: {
          summary: 'My rooms: open rooms I own in my tenant, newest first (session cookie)',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: roomLimits.pageMax, default: roomLimits.pageDefault },
            },
            {
              name: 'cursor',
              in: 'query',
              required: false,
              description: 'nextCursor of the previous page',
              schema: { type: 'string', maxLength: roomLimits.cursorMaxLength },
            },
          ],
          responses: {
            '200': { description: 'One page', content: json(RoomList) },
            '400': error('invalidQuery'),
            '401': error('unauthenticated'),
          },
        },
        post: {
          summary: 'Create a room (signed in: I become its owner, in my tenant)',
          requestBody: { required: false, content: json(RoomCreate, 'input') },
          responses: {
            '201': { description: 'Created', content: json(RoomView) },
            '400': error('invalidBody or invalidJson'),
            '401': error('unauthenticated'),
            '403': error('csrfRejected'),
            '413': error('payloadTooLarge'),
            '415': error('unsupportedMediaType'),
          },
        },
      },
      '/v1/rooms/{roomId}': {
        get: {
          summary: 'Get a room (users of its tenant, and guests holding its guest cookie)',
          parameters: [roomIdParameter],
          responses: {
            '200': { description: 'The room', content: json(RoomView) },
            '401': error('unauthenticated'),
            '404': error('roomNotFound (also for rooms of other tenants)'),
          },
        },
        patch: {
          summary: 'Change my room (owner only; needs X-Plenum-CSRF: 1). password: null removes it',
          parameters: [roomIdParameter],
          requestBody: { required: true, content: json(RoomUpdate, 'input') },
          responses: {
            '200': { description: 'The changed room', content: json(RoomView) },
            '400': error('invalidBody or invalidJson'),
            '401': error('unauthenticated'),
            '403': error('csrfRejected, or featureDisabled when the tenant does not allow guests'),
            '404': error('roomNotFound (also for rooms of other owners or tenants)'),
          },
        },
        delete: {
          summary: 'Delete (close) my room (owner only; needs X-Plenum-CSRF: 1)',
          parameters: [roomIdParameter],
          responses: {
            '204': { description: 'Closed' },
            '401': error('unauthenticated'),
            '403': error('csrfRejected'),
            '404': error('roomNotFound (also for rooms of other owners or tenants)'),
          },
        },
      },
      '/v1/rooms/{roomId}/signaling': {
        get: {
          summary:
            'Signalling WebSocket of one participant connection (see signaling.schema.json). The first frame is core.join with a ticket; a socket that does not join within 10 s is closed',
          parameters: [roomIdParameter],
          responses: {
            '101': { description: 'Switching protocols' },
            '403': error('forbiddenOrigin'),
            '404': error('roomNotFound (malformed id only)'),
          },
        },
      },
      ...accessPaths,
      ...dialInPaths,
      ...agendaPaths,
      ...meetingPaths,
      '/v1/me': {
        get: {
          summary: 'The signed-in user (session cookie)',
          responses: { '200': { description: 'The user', content: json(MeView) }, '401': error('unauthenticated') },
        },
      },
      '/auth/login': {
        get: {
          summary: 'Start a sign-in at the OpenID provider (authorization code + PKCE)',
          parameters: [
            {
              name: 'returnTo',
              in: 'query',
              required: false,
              description: 'Same-site relative path to return to; anything else returns to /',
              schema: { type: 'string', maxLength: 2048 },
            },
          ],
          responses: { '302': { description: 'To the provider' }, '503': error('unavailable') },
        },
      },
      '/auth/callback': {
        get: {
          summary: 'The provider returns here; sets the session cookie and redirects to returnTo',
          responses: {
            '303': {
              description:
                'Signed in: redirect to returnTo. A refused sign-in (loginFailed, tenantUnknown) redirects to /login-failed?reason=<code>',
            },
          },
        },
      },
      '/auth/logout': {
        post: {
          summary: 'End the session (needs X-Plenum-CSRF: 1 with the cookie) and log out at the provider',
          responses: {
            '200': {
              description: 'With Accept: application/json: where to send the browser',
              content: json(LogoutView),
            },
            '303': { description: "To the provider's end-session endpoint" },
            '403': error('csrfRejected'),
          },
        },
      },
      '/auth/backchannel-logout': {
        post: {
          summary: 'OpenID Connect back-channel logout (called by the provider)',
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  properties: { logout_token: { type: 'string' } },
                  required: ['logout_token'],
                },
              },
            },
          },
          responses: { '200': { description: 'Sessions ended' }, '400': error('invalidLogoutToken') },
        },
      },
      '/health': { get: { summary: 'Liveness', responses: { '200': { description: 'The process is alive' } } } },
      '/health/ready': {
        get: {
          summary: 'Readiness: database and media plane answer',
          responses: { '200': { description: 'Ready' }, '503': { description: 'A dependency is down' } },
        },
      },
      '/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'Text exposition' } } } },
    },
  };
}
