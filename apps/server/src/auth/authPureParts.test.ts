import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from './cookies.js';
import { csrfProblem } from './csrfGuard.js';
import { LoginFlows } from './LoginFlows.js';
import { profileFromClaims } from './profileFromClaims.js';
import { safeReturnTo } from './safeReturnTo.js';

const mapping = { tenantClaim: 'tenant', groupsClaim: 'groups', adminGroup: 'plenum-admins' };

describe('safeReturnTo', () => {
  it('keepsSameSiteRelativePaths', () => {
    expect(safeReturnTo('/r/abc?x=1#y')).toBe('/r/abc?x=1#y');
    expect(safeReturnTo('/')).toBe('/');
  });
  it('refusesEverythingThatCouldLeaveTheSite', () => {
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'evil',
      '/\tx',
      '',
      42,
      undefined,
      `/${'a'.repeat(600)}`,
    ]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});

describe('profileFromClaims', () => {
  const claims = {
    sub: 's1',
    tenant: 'land',
    name: 'N',
    email: 'n@x.example',
    locale: 'de',
    groups: ['plenum-admins'],
  };
  it('mapsClaimsAndAdminGroup', () => {
    expect(profileFromClaims('https://idp', claims, mapping)).toEqual({
      ok: true,
      profile: {
        issuer: 'https://idp',
        subject: 's1',
        tenantId: 'land',
        displayName: 'N',
        email: 'n@x.example',
        locale: 'de',
        isAdmin: true,
      },
    });
  });
  it('acceptsAGroupAsASingleStringAndUsesTheConfiguredClaims', () => {
    const result = profileFromClaims(
      'i',
      { sub: 's', org: 'musterstadt', roles: 'boss' },
      { tenantClaim: 'org', groupsClaim: 'roles', adminGroup: 'boss' },
    );
    expect(result).toMatchObject({ ok: true, profile: { tenantId: 'musterstadt', isAdmin: true } });
  });
  it('refusesAMissingOrMalformedTenant', () => {
    expect(profileFromClaims('i', { sub: 's' }, mapping)).toEqual({ ok: false, reason: 'tenantMissing' });
    expect(profileFromClaims('i', { sub: 's', tenant: 'Not A Slug' }, mapping)).toEqual({
      ok: false,
      reason: 'tenantMissing',
    });
    expect(profileFromClaims('i', { tenant: 'land' }, mapping)).toEqual({ ok: false, reason: 'invalidClaims' });
  });
  it('dropsMalformedOptionalClaimsAndNeverUsesTheEmailAsName', () => {
    const result = profileFromClaims('i', { sub: 's', tenant: 'land', email: 'x', locale: '<script>' }, mapping);
    expect(result).toMatchObject({
      ok: true,
      profile: { email: null, locale: null, displayName: 'Unbenannt', isAdmin: false },
    });
  });
});

describe('csrfProblem', () => {
  const req = (headers: Record<string, string>) => ({ headers, host: 'plenum.local:8080' });
  it('passesSameOriginAndNonBrowserRequests', () => {
    expect(csrfProblem(req({}), undefined)).toBeUndefined();
    expect(
      csrfProblem(req({ origin: 'http://plenum.local:8080', 'sec-fetch-site': 'same-origin' }), undefined),
    ).toBeUndefined();
    expect(csrfProblem(req({ origin: 'https://meet.example.org' }), 'https://meet.example.org')).toBeUndefined();
    expect(csrfProblem(req({ cookie: 'plenum_session=x', 'x-plenum-csrf': '1' }), undefined)).toBeUndefined();
  });
  it('refusesOtherSitesAndCookieRequestsWithoutTheHeader', () => {
    expect(csrfProblem(req({ origin: 'http://evil.example' }), undefined)).toBeDefined();
    expect(csrfProblem(req({ origin: 'http://plenum.local:8080' }), 'https://meet.example.org')).toBeDefined();
    expect(csrfProblem(req({ 'sec-fetch-site': 'same-site' }), undefined)).toBeDefined();
    expect(csrfProblem(req({ cookie: 'a=b; plenum_session=x' }), undefined)).toBeDefined();
  });
});

describe('cookies', () => {
  it('parsesAndSerializes', () => {
    expect([...parseCookies('a=1; b="2"; bad; a=3')]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(serializeCookie('s', 'v', { path: '/', maxAge: 5, secure: true })).toBe(
      's=v; Path=/; Max-Age=5; HttpOnly; SameSite=Lax; Secure',
    );
  });
});

describe('LoginFlows', () => {
  const login = { state: 's', nonce: 'n', codeVerifier: 'c', redirectUri: 'r', returnTo: '/' };
  it('givesALoginBackOnceAndNotAfterItsTimeToLive', () => {
    let now = 0;
    const flows = new LoginFlows(1000, 10, () => now);
    const id = flows.start(login);
    expect(flows.take(id)).toEqual(login);
    expect(flows.take(id)).toBeUndefined();
    const late = flows.start(login);
    now = 1000;
    expect(flows.take(late)).toBeUndefined();
    expect(flows.take(undefined)).toBeUndefined();
  });
  it('dropsTheOldestWhenFull', () => {
    const flows = new LoginFlows(60_000, 2, () => 0);
    const first = flows.start(login);
    flows.start(login);
    flows.start(login);
    expect(flows.take(first)).toBeUndefined();
  });
});
