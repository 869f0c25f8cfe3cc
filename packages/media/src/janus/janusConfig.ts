/**
 * Renders the config folder of an embedded Janus. Pure: the launcher does the I/O.
 *
 * Only the VideoRoom and AudioBridge plugins and the WebSockets transport are loaded; every
 * other library found in the install is listed in a `disable` entry (Janus has no allow-list).
 * The WS API listens on loopback only and needs `api_secret`; rooms can only be created, and
 * RTP only forwarded, with the plugins' `admin_key`. No demo rooms are configured.
 */

export interface JanusInstall {
  readonly pluginsFolder: string;
  readonly transportsFolder: string;
  readonly eventsFolder: string;
  readonly loggersFolder: string;
  /** File names (`libjanus_x.so`) present in each folder, to build the `disable` lists. */
  readonly plugins: readonly string[];
  readonly transports: readonly string[];
  readonly events: readonly string[];
  readonly loggers: readonly string[];
}

export interface JanusConfigInput {
  readonly configsFolder: string;
  readonly install: JanusInstall;
  readonly wsPort: number;
  readonly apiSecret: string;
  readonly adminKey: string;
  /** `"20000-20999"`: core (VideoRoom) WebRTC ports. */
  readonly rtpPortRange: string;
  /** AudioBridge plain-RTP participant sockets (bound to 127.0.0.1). */
  readonly audioBridgeRtpPortRange: string;
  readonly eventLoops: number;
  /** Address or interface to gather ICE candidates on; null leaves Janus's default (all but loopback). */
  readonly iceEnforce: string | null;
  /**
   * The public address in front of a 1:1 NAT, advertised next to the host's own address (so
   * clients inside and outside both reach Janus); null when Janus is reachable as it is.
   */
  readonly publicAddress: string | null;
  /** Seconds a session survives a dropped WebSocket, waiting for a `claim`. */
  readonly reclaimSessionTimeout: number;
  readonly debugLevel: number;
}

const KEEP_PLUGINS = ['libjanus_videoroom.so', 'libjanus_audiobridge.so'];
const KEEP_TRANSPORTS = ['libjanus_websockets.so'];

/** libconfig string literal. */
function str(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function disableList(present: readonly string[], keep: readonly string[]): string | null {
  const disabled = present.filter((name) => !keep.includes(name));
  return disabled.length > 0 ? `\tdisable = ${str(disabled.join(','))}\n` : null;
}

function section(name: string, lines: readonly (string | null)[]): string {
  return `${name}: {\n${lines.filter((l): l is string => l !== null).join('')}}\n`;
}

const item = (key: string, value: string | number | boolean): string =>
  `\t${key} = ${typeof value === 'string' ? str(value) : String(value)}\n`;

/** File name → content of every file Janus reads from the configs folder. */
export function renderJanusConfig(input: JanusConfigInput): Record<string, string> {
  const { install } = input;
  const janus = [
    section('general', [
      item('configs_folder', input.configsFolder),
      item('plugins_folder', install.pluginsFolder),
      item('transports_folder', install.transportsFolder),
      item('events_folder', install.eventsFolder),
      item('loggers_folder', install.loggersFolder),
      item('debug_level', input.debugLevel),
      item('server_name', 'plenum-janus'),
      item('api_secret', input.apiSecret),
      item('session_timeout', 60),
      item('reclaim_session_timeout', input.reclaimSessionTimeout),
      item('event_loops', input.eventLoops),
      `\tprotected_folders = [${['/bin', '/boot', '/dev', '/etc', '/lib', '/proc', '/sbin', '/sys', '/usr', '/var']
        .map(str)
        .join(', ')}]\n`,
    ]),
    section('media', [item('rtp_port_range', input.rtpPortRange)]),
    section('nat', [
      item('nice_debug', false),
      item('ignore_mdns', true),
      input.iceEnforce === null ? null : item('ice_enforce_list', input.iceEnforce),
      input.publicAddress === null ? null : item('nat_1_1_mapping', input.publicAddress),
      input.publicAddress === null ? null : item('keep_private_host', true),
    ]),
    section('plugins', [disableList(install.plugins, KEEP_PLUGINS)]),
    section('transports', [disableList(install.transports, KEEP_TRANSPORTS)]),
    section('loggers', [disableList(install.loggers, [])]),
    section('events', [item('broadcast', false), disableList(install.events, [])]),
  ].join('\n');

  const websockets = [
    section('general', [
      item('json', 'plain'),
      item('ws', true),
      item('ws_port', input.wsPort),
      item('ws_ip', '127.0.0.1'),
      item('wss', false),
      item('ws_logging', 'err,warn'),
    ]),
    section('admin', [item('admin_ws', false), item('admin_wss', false)]),
  ].join('\n');

  const videoroom = section('general', [
    item('admin_key', input.adminKey),
    item('lock_rtp_forward', true),
    item('events', false),
  ]);

  const audiobridge = section('general', [
    item('admin_key', input.adminKey),
    item('lock_rtp_forward', true),
    item('lock_play_file', true),
    item('events', false),
    item('local_ip', '127.0.0.1'),
    item('rtp_port_range', input.audioBridgeRtpPortRange),
  ]);

  return {
    'janus.jcfg': janus,
    'janus.transport.websockets.jcfg': websockets,
    'janus.plugin.videoroom.jcfg': videoroom,
    'janus.plugin.audiobridge.jcfg': audiobridge,
  };
}
