import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './loadConfig.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'plenum-config-'));

/** The message of the ConfigError the configuration is refused with. */
function problemOf(env: NodeJS.ProcessEnv, cwd = tmp()): string {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('loadConfig', () => {
  it('hasEmbeddedDefaultsForEverything', () => {
    const cwd = tmp();
    const config = loadConfig({}, cwd);
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe(join(cwd, 'data'));
    expect(config.database.url).toBeUndefined();
    expect(config.janus.url).toBeUndefined();
    expect(config.signaling).toEqual({ maxFrameBytes: 65_536, ratePerSecond: 10, burst: 30 });
  });

  it('takesThePortAndDataDirFromTheEnvironment', () => {
    const config = loadConfig({ PLENUM_PORT: '9090', PLENUM_DATA_DIR: '/srv/plenum' }, tmp());
    expect(config.port).toBe(9090);
    expect(config.dataDir).toBe('/srv/plenum');
  });

  it('letsTheEnvironmentOverrideTheFile', () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'plenum.config.json'), JSON.stringify({ port: 7000, rooms: { maxParticipants: 50 } }));
    const config = loadConfig({ PLENUM_PORT: '7001' }, cwd);
    expect(config.port).toBe(7001);
    expect(config.rooms.maxParticipants).toBe(50);
    expect(config.rooms.reconnectGraceSeconds).toBe(10);
  });

  it('namesTheKeyTheSourceAndTheProblemOfABadValue', () => {
    expect(() => loadConfig({ PLENUM_PORT: 'eighty' }, tmp())).toThrow(
      /port \(from environment variable PLENUM_PORT\): .*number/i,
    );
    expect(() => loadConfig({ PLENUM_PORT: '70000' }, tmp())).toThrow(/port .*65535/);
  });

  it('rejectsUnknownKeysInTheFile', () => {
    const cwd = tmp();
    const file = join(cwd, 'custom.json');
    writeFileSync(file, JSON.stringify({ prot: 8080 }));
    expect(() => loadConfig({ PLENUM_CONFIG: file }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ PLENUM_CONFIG: file }, cwd)).toThrow(/prot/);
  });

  it('namesAnUnknownKeyAndTheFileAtTheTopLevelAndNested', () => {
    const cwd = tmp();
    const file = join(cwd, 'custom.json');
    writeFileSync(file, JSON.stringify({ prot: 8080, janus: { ulr: 'ws://x' } }));
    const message = problemOf({ PLENUM_CONFIG: file }, cwd);
    expect(message).toContain(`prot (from config file ${file}): is not a setting`);
    expect(message).toContain(`janus.ulr (from config file ${file}): is not a setting`);
    expect(message).not.toContain('(root)');
  });

  it('saysWhatAPortMustBe', () => {
    for (const port of ['abc', '0', '70000', '80.5']) {
      expect(problemOf({ PLENUM_PORT: port })).toBe(
        'Invalid configuration:\n  port (from environment variable PLENUM_PORT): must be a whole number from 1 to 65535',
      );
    }
  });

  it('reportsOneProblemPerKey', () => {
    expect(problemOf({ PLENUM_JANUS_RTP_PORTS: 'abc' })).toBe(
      'Invalid configuration:\n  janus.rtpPortRange (from environment variable PLENUM_JANUS_RTP_PORTS): ' +
        'must be two ports between 1024 and 65535, low-high, like 20000-20999',
    );
    expect(loadConfig({ PLENUM_JANUS_RTP_PORTS: '30000-30999' }, tmp()).janus.rtpPortRange).toBe('30000-30999');
    expect(problemOf({ PLENUM_JANUS_RTP_PORTS: '30999-30000' })).toMatch(/rtpPortRange .*low-high/);
  });

  it('acceptsOnlyAnHttpOriginAsPublicUrl', () => {
    expect(loadConfig({ PLENUM_PUBLIC_URL: 'https://plenum.example.org/' }, tmp()).publicUrl).toBe(
      'https://plenum.example.org',
    );
    expect(loadConfig({ PLENUM_PUBLIC_URL: 'http://plenum.test:8080' }, tmp()).publicUrl).toBe(
      'http://plenum.test:8080',
    );
    const refused: [string, RegExp][] = [
      ['ftp://x', /must start with https:\/\/ \(or http:\/\/\), not ftp:/],
      ['javascript:alert(1)', /must start with https:\/\/ .*not javascript:/],
      ['plenum.example.org', /must be a URL like https:\/\/plenum\.example\.org/],
      ['https://user:secret@plenum.example.org', /must not contain a user name or password/],
      ['https://plenum.example.org/?a=1', /must not contain a query/],
      ['https://plenum.example.org/#top', /fragment/],
      ['https://plenum.example.org/plenum/', /must not contain a path \(\/plenum\/\): Plenum runs only at the root/],
    ];
    for (const [url, message] of refused) {
      const problem = problemOf({ PLENUM_PUBLIC_URL: url });
      expect(problem).toMatch(/publicUrl \(from environment variable PLENUM_PUBLIC_URL\): /);
      expect(problem).toMatch(message);
    }
  });

  it('acceptsTheFlagSpellingsOfTheCli', () => {
    for (const [text, value] of [
      ['yes', true],
      ['No', false],
      ['on', true],
      ['0', false],
    ] as const) {
      expect(loadConfig({ PLENUM_TENANT_GUESTS_ALLOWED: text }, tmp()).tenantDefaults.guestsAllowed).toBe(value);
    }
    expect(problemOf({ PLENUM_TENANT_GUESTS_ALLOWED: 'maybe' })).toMatch(
      /guestsAllowed .*: must be true or false \(true\/false, yes\/no, on\/off, 1\/0\)/,
    );
  });

  it('rejectsAFileThatIsNotJson', () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'plenum.config.json'), 'port: 8080');
    expect(() => loadConfig({}, cwd)).toThrow(/Cannot read config file/);
  });

  it('rejectsANonPostgresDatabaseUrl', () => {
    expect(() => loadConfig({ PLENUM_DATABASE_URL: 'mysql://x' }, tmp())).toThrow(
      /database\.url \(from environment variable PLENUM_DATABASE_URL\): must be a postgres/,
    );
  });

  it('requiresTheApiSecretAndTheAdminKeyOfAnExternalJanus', () => {
    const url = { PLENUM_JANUS_URL: 'ws://janus.example:8188' };
    const secret = { PLENUM_JANUS_API_SECRET: 'janus-api-secret' };
    const key = { PLENUM_JANUS_ADMIN_KEY: 'janus-admin-key' };
    const problem = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env, tmp());
      } catch (error) {
        if (error instanceof ConfigError) return error.message;
        throw error;
      }
      return 'accepted';
    };
    expect(problem(url)).toMatch(/janus\.apiSecret \(from configuration\): required with janus\.url: the api_secret/);
    expect(problem(url)).toMatch(/janus\.adminKey \(from configuration\): required with janus\.url: .*admin_key/);
    expect(problem({ ...url, ...secret })).not.toMatch(/apiSecret/);
    expect(problem({ ...url, ...secret })).toMatch(/janus\.adminKey .*required with janus\.url/);
    expect(problem({ ...url, ...key })).toMatch(/janus\.apiSecret .*required with janus\.url/);
    expect(loadConfig({ ...url, ...secret, ...key }, tmp()).janus).toMatchObject({
      url: 'ws://janus.example:8188',
      apiSecret: 'janus-api-secret',
      adminKey: 'janus-admin-key',
    });
  });

  it('hasTenantDefaultsThatTheFileAndTheEnvironmentOverride', () => {
    expect(loadConfig({}, tmp()).tenantDefaults).toEqual({
      guestsAllowed: true,
      phoneDialIn: false,
      recording: false,
      streaming: false,
      maxParticipantsPerRoom: 250,
      maxMeetingMinutes: 480,
      storageMegabytes: 10_240,
      keepChat: false,
      chatRetentionDays: 30,
      language: 'de',
    });
    const cwd = tmp();
    writeFileSync(join(cwd, 'plenum.config.json'), JSON.stringify({ tenantDefaults: { recording: true } }));
    const config = loadConfig({ PLENUM_TENANT_GUESTS_ALLOWED: 'false', PLENUM_TENANT_MAX_MEETING_MINUTES: '60' }, cwd);
    expect(config.tenantDefaults).toMatchObject({ guestsAllowed: false, recording: true, maxMeetingMinutes: 60 });
  });

  it('rejectsATenantDefaultThatIsNotABooleanOrAPositiveQuota', () => {
    expect(() => loadConfig({ PLENUM_TENANT_RECORDING: 'maybe' }, tmp())).toThrow(
      /tenantDefaults\.recording \(from environment variable PLENUM_TENANT_RECORDING\)/,
    );
    expect(() => loadConfig({ PLENUM_TENANT_STORAGE_MEGABYTES: '0' }, tmp())).toThrow(
      /tenantDefaults\.storageMegabytes/,
    );
  });

  it('takesTheTenantsDefaultLanguageFromTheFileOrTheEnvironment', () => {
    expect(loadConfig({ PLENUM_TENANT_LANGUAGE: 'en' }, tmp()).tenantDefaults.language).toBe('en');
    const cwd = tmp();
    writeFileSync(join(cwd, 'plenum.config.json'), JSON.stringify({ tenantDefaults: { language: 'en' } }));
    expect(loadConfig({}, cwd).tenantDefaults.language).toBe('en');
    expect(loadConfig({ PLENUM_TENANT_LANGUAGE: 'de' }, cwd).tenantDefaults.language).toBe('de');
  });

  it('refusesATenantLanguageOtherThanGermanOrEnglishNamingWhereItCameFrom', () => {
    expect(() => loadConfig({ PLENUM_TENANT_LANGUAGE: 'fr' }, tmp())).toThrow(
      /tenantDefaults\.language \(from environment variable PLENUM_TENANT_LANGUAGE\): must be de or en/,
    );
    const cwd = tmp();
    writeFileSync(join(cwd, 'plenum.config.json'), JSON.stringify({ tenantDefaults: { language: 'EN' } }));
    expect(() => loadConfig({}, cwd)).toThrow(/tenantDefaults\.language \(from config file .*\): must be de or en/);
  });

  it('takesPresenceRetentionAndTheAssetCapFromTheFileOrTheEnvironment', () => {
    expect(loadConfig({}, tmp()).meetings).toEqual({ presenceRetentionDays: 90, maxAssetMegabytes: 100 });
    const cwd = tmp();
    writeFileSync(join(cwd, 'plenum.config.json'), JSON.stringify({ meetings: { presenceRetentionDays: 30 } }));
    expect(loadConfig({}, cwd).meetings).toEqual({ presenceRetentionDays: 30, maxAssetMegabytes: 100 });
    const env = { PLENUM_PRESENCE_RETENTION_DAYS: '7', PLENUM_MAX_ASSET_MEGABYTES: '20' };
    expect(loadConfig(env, cwd).meetings).toEqual({ presenceRetentionDays: 7, maxAssetMegabytes: 20 });
    expect(() => loadConfig({ PLENUM_PRESENCE_RETENTION_DAYS: '0' }, tmp())).toThrow(
      /meetings\.presenceRetentionDays \(from environment variable PLENUM_PRESENCE_RETENTION_DAYS\)/,
    );
  });

  it('takesTheDialInNumberFromTheEnvironmentAndRefusesOtherCharacters', () => {
    expect(loadConfig({}, tmp()).sip.dialInNumber).toBeUndefined();
    expect(loadConfig({ PLENUM_SIP_DIAL_IN_NUMBER: '+49 30/123-4567' }, tmp()).sip.dialInNumber).toBe(
      '+49 30/123-4567',
    );
    expect(() => loadConfig({ PLENUM_SIP_DIAL_IN_NUMBER: '+49 (30) 1234567' }, tmp())).toThrow(
      /sip\.dialInNumber \(from environment variable PLENUM_SIP_DIAL_IN_NUMBER\): may hold only digits/,
    );
    expect(() => loadConfig({ PLENUM_SIP_DIAL_IN_NUMBER: '1'.repeat(33) }, tmp())).toThrow(/sip\.dialInNumber/);
  });
});
