import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app from `root`. Page routes of the single-page app (`/`, `/r/:id`, `/i/:code`,
 * `/login-failed`) get index.html with 200, so link checkers and mail scanners see a live page; anything else is a
 * 404 (the app then shows its own not-found page). Assets are served with long caching because Vite fingerprints them.
 */
export function webAppBuilt(root: string): boolean {
  return existsSync(`${root}/index.html`);
}

export async function webAppRoutes(app: FastifyInstance, root: string): Promise<void> {
  if (!webAppBuilt(root)) {
    app.log.warn({ root }, 'web app not built; only the API is served');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', (_request, reply) => reply.sendFile('index.html'));
  for (const page of ['/r/:roomId', '/i/:code', '/login-failed']) {
    app.get(page, (_request, reply) => reply.sendFile('index.html'));
  }
  app.get('/assets/*', (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    return reply.sendFile(`assets/${path}`);
  });
}
