import type { Page } from 'playwright-core';

/**
 * Calls Plenum's REST API from inside `page`, with its cookies (session or guest) and the CSRF header the app's own
 * pages send. Resolves with the status and the parsed JSON body (null when there is none).
 */
export function apiInPage<T = unknown>(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: {
          accept: 'application/json',
          ...(method === 'GET' ? {} : { 'x-plenum-csrf': '1' }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}
