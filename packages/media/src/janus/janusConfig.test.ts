import { describe, expect, it } from 'vitest';
import { type JanusConfigInput, renderJanusConfig } from './janusConfig.js';

const input: JanusConfigInput = {
  configsFolder: '/data/janus',
  install: {
    pluginsFolder: '/lib/janus/plugins',
    transportsFolder: '/lib/janus/transports',
    eventsFolder: '/lib/janus/events',
    loggersFolder: '/lib/janus/loggers',
    plugins: ['libjanus_videoroom.so', 'libjanus_audiobridge.so', 'libjanus_echotest.so', 'libjanus_streaming.so'],
    transports: ['libjanus_websockets.so', 'libjanus_http.so'],
    events: ['libjanus_sampleevh.so'],
    loggers: ['libjanus_jsonlog.so'],
  },
  wsPort: 8999,
  apiSecret: 'api"secret',
  adminKey: 'admin-key',
  rtpPortRange: '20000-20999',
  audioBridgeRtpPortRange: '21000-21999',
  eventLoops: 4,
  iceEnforce: '192.0.2.2',
  publicAddress: null,
  reclaimSessionTimeout: 20,
  debugLevel: 4,
};

describe('renderJanusConfig', () => {
  const files = renderJanusConfig(input);

  it('advertises a public NAT address next to the host address only when given', () => {
    expect(files['janus.jcfg']).not.toContain('nat_1_1_mapping');
    const natted = renderJanusConfig({ ...input, publicAddress: '203.0.113.7' })['janus.jcfg'] ?? '';
    expect(natted).toContain('nat_1_1_mapping = "203.0.113.7"');
    expect(natted).toContain('keep_private_host = true');
  });

  it('disables every plugin and transport but ours', () => {
    const janus = files['janus.jcfg'] ?? '';
    expect(janus).toContain('disable = "libjanus_echotest.so,libjanus_streaming.so"');
    expect(janus).toContain('disable = "libjanus_http.so"');
    expect(janus).toContain('disable = "libjanus_jsonlog.so"');
    expect(janus).toContain('disable = "libjanus_sampleevh.so"');
  });

  it('sets secrets, ports, event loops, ICE and the reclaim timeout', () => {
    const janus = files['janus.jcfg'] ?? '';
    expect(janus).toContain('api_secret = "api\\"secret"');
    expect(janus).toContain('event_loops = 4');
    expect(janus).toContain('rtp_port_range = "20000-20999"');
    expect(janus).toContain('ice_enforce_list = "192.0.2.2"');
    expect(janus).toContain('ignore_mdns = true');
    expect(janus).toContain('reclaim_session_timeout = 20');
  });

  it('binds the WS API to loopback and locks the plugins with the admin key', () => {
    expect(files['janus.transport.websockets.jcfg']).toContain('ws_ip = "127.0.0.1"');
    expect(files['janus.transport.websockets.jcfg']).toContain('ws_port = 8999');
    for (const plugin of ['janus.plugin.videoroom.jcfg', 'janus.plugin.audiobridge.jcfg']) {
      expect(files[plugin]).toContain('admin_key = "admin-key"');
      expect(files[plugin]).toContain('lock_rtp_forward = true');
      expect(files[plugin]).not.toMatch(/room-\d+/);
    }
    expect(files['janus.plugin.audiobridge.jcfg']).toContain('rtp_port_range = "21000-21999"');
  });

  it('omits ice_enforce_list when there is no address to enforce', () => {
    expect(renderJanusConfig({ ...input, iceEnforce: null })['janus.jcfg']).not.toContain('ice_enforce_list');
  });
});
