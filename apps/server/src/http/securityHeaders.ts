import type { FastifyInstance } from 'fastify';

/**
 * The web app loads nothing from anywhere but this server: no CDN, no fonts, no analytics.
 * Media and signalling go to the same origin (WebRTC media to Janus is not governed by CSP): the page opens its
 * WebSocket at `ws(s)://<its own host>`, which `'self'` covers in current browsers; with `publicUrl` set, that
 * origin's `ws(s)://` form is named as well. No other WebSocket may be opened.
 */
export function contentSecurityPolicy(publicUrl: string | undefined): string {
  const socket = publicUrl ? ` ${new URL(publicUrl).origin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src 'self'${socket}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(app: FastifyInstance, publicUrl: string | undefined): void {
  const policy = contentSecurityPolicy(publicUrl);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', policy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(self), microphone=(self), display-capture=(self), geolocation=()');
  });
}
