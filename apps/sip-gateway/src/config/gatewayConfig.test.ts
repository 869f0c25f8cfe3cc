import { describe, expect, it } from 'vitest';
import { GatewayConfigError, loadGatewayConfig } from './gatewayConfig.js';

const required = {
  PLENUM_SIP_SERVER_URL: 'http://127.0.0.1:8080',
  PLENUM_SIP_GATEWAY_SECRET: 'g'.repeat(40),
  PLENUM_SIP_PROMPTS: '/opt/plenum/prompts',
};

describe('loadGatewayConfig', () => {
  it('fillsEmbeddedDefaults', () => {
    expect(loadGatewayConfig(required)).toMatchObject({
      listen: { host: '127.0.0.1', port: 5060 },
      peers: ['127.0.0.0/8', '::1/128'],
      rtpPorts: { first: 30_000, last: 31_999 },
      codecs: ['pcma', 'pcmu', 'g722'],
      language: 'de',
      maxCalls: 500,
    });
  });

  it('readsEveryVariable', () => {
    const config = loadGatewayConfig({
      ...required,
      PLENUM_SIP_LISTEN: '[::1]:5080',
      PLENUM_SIP_PEERS: '10.0.0.0/8, 192.168.1.5',
      PLENUM_SIP_CODECS: 'pcmu,pcma',
      PLENUM_SIP_RTP_PORTS: '40000-40999',
      PLENUM_SIP_REGISTRAR: 'sip:trunk.example.org',
      PLENUM_SIP_USER: 'plenum',
      PLENUM_SIP_PASSWORD: 'geheim',
    });
    expect(config).toMatchObject({
      listen: { host: '::1', port: 5080 },
      peers: ['10.0.0.0/8', '192.168.1.5'],
      codecs: ['pcmu', 'pcma'],
      rtpPorts: { first: 40_000, last: 40_999 },
      registrar: 'sip:trunk.example.org',
    });
  });

  it('namesEveryWrongVariableButNeverItsValue', () => {
    let error: unknown;
    try {
      loadGatewayConfig({
        PLENUM_SIP_SERVER_URL: 'ftp://x',
        PLENUM_SIP_GATEWAY_SECRET: 'short-secret-value',
        PLENUM_SIP_PROMPTS: '/p',
        PLENUM_SIP_LISTEN: 'localhost:5060',
        PLENUM_SIP_CODECS: 'g729',
        PLENUM_SIP_RTP_PORTS: '80-90',
        PLENUM_SIP_USER: 'only-the-user',
        PLENUM_SIP_PEERS: '10.0.0.0/8, 10.0.0.0/99',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    const message = String((error as Error).message);
    for (const variable of [
      'PLENUM_SIP_SERVER_URL',
      'PLENUM_SIP_GATEWAY_SECRET',
      'PLENUM_SIP_LISTEN',
      'PLENUM_SIP_CODECS',
      'PLENUM_SIP_RTP_PORTS',
      'PLENUM_SIP_PEERS',
    ]) {
      expect(message).toContain(variable);
    }
    expect(message).not.toContain('short-secret-value');
  });

  it('wantsRegistrarUserAndPasswordTogether', () => {
    expect(() => loadGatewayConfig({ ...required, PLENUM_SIP_USER: 'plenum' })).toThrow(/PLENUM_SIP_REGISTRAR/);
  });
});
