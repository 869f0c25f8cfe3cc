import { describe, expect, it } from 'vitest';
import { unknownEnvironmentVariables, unknownEnvironmentWarning } from './unknownEnvironmentVariables.js';

describe('unknownEnvironmentVariables', () => {
  it('namesMisspeltSettingsWithTheOneTheyMostLikelyMeant', () => {
    expect(
      unknownEnvironmentVariables({ PLENUM_PROT: '9090', PLENUM_TENANT_LANGAUGE: 'en', PLENUM_PORT: '8080' }),
    ).toEqual([
      { name: 'PLENUM_PROT', suggestion: 'PLENUM_PORT' },
      { name: 'PLENUM_TENANT_LANGAUGE', suggestion: 'PLENUM_TENANT_LANGUAGE' },
    ]);
    expect(unknownEnvironmentVariables({ PLENUM_COLOUR: 'red' })).toEqual([
      { name: 'PLENUM_COLOUR', suggestion: undefined },
    ]);
  });

  it('leavesAloneWhatTheGatewayTheTestsAndTheDevServerRead', () => {
    const env = {
      PLENUM_CONFIG: 'plenum.json',
      PLENUM_SERVER_URL: 'http://127.0.0.1:8080',
      PLENUM_SIP_LISTEN: '0.0.0.0:5060',
      PLENUM_SIP_REGISTRAR: 'sip.example',
      PLENUM_TEST_DATABASE_URL: 'postgres://x',
      PLENUM_E2E_CHROMIUM_FLAGS: '--x',
      PLENUM_TENANT_GUESTS_ALLOWED: 'no',
      HOME: '/root',
    };
    expect(unknownEnvironmentVariables(env)).toEqual([]);
    expect(unknownEnvironmentWarning(env)).toBeUndefined();
  });

  it('warnsOnceForAllUnknownNames', () => {
    expect(unknownEnvironmentWarning({ PLENUM_PROT: '1', PLENUM_COLOUR: 'red' })).toBe(
      'Ignoring unknown environment variables: PLENUM_COLOUR, PLENUM_PROT (did you mean PLENUM_PORT?). ' +
        'The settings are listed in the README.',
    );
  });
});
