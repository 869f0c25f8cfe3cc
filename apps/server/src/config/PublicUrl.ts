import { z } from 'zod';

/**
 * The URL people open (`publicUrl`): an http(s) origin, normalised to `https://host[:port]`. A path is refused:
 * the web app loads its assets from `/assets`, cookies carry `Path=/` and the OIDC redirect URI is
 * `<publicUrl>/auth/callback` while routes are served from `/`, so Plenum works only at the root of its host.
 */
export const PublicUrl = z.string().transform((text, ctx) => {
  const problem = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('must be a URL like https://plenum.example.org');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return problem(`must start with https:// (or http://), not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') return problem('must not contain a user name or password');
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    return problem('must not contain a query (?…) or fragment (#…)');
  }
  if (url.pathname !== '/') {
    return problem(
      `must not contain a path (${url.pathname}): Plenum runs only at the root of a host, e.g. ${url.origin}`,
    );
  }
  return url.origin;
});
