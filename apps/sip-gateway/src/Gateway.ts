import type { Logger } from 'pino';
import { PhoneCall } from './call/PhoneCall.js';
import type { GatewayConfig } from './config/gatewayConfig.js';
import type { InboundCall } from './dialog/InboundCall.js';
import { SipUserAgent } from './dialog/SipUserAgent.js';
import type { PromptLibrary } from './ivr/PromptLibrary.js';
import { CallMedia } from './media/CallMedia.js';
import type { PhoneCodecFactory } from './media/PhoneCodec.js';
import { PortPool } from './media/PortPool.js';
import { entryClient } from './room/enterByPhone.js';
import { G722PhoneCodec } from './rtp/g722PhoneCodec.js';
import { type AudioCodecName, parseAudioCodecPreference } from './sdp/audioCodecs.js';
import { mediaConfig } from './sdp/mediaConfig.js';

/** G.722 callers are transcoded to G.711 for the mixer (Janus 1.1.2's AudioBridge takes no G.722, ADR 0011). */
const phoneCodecs: PhoneCodecFactory = (codec) => (codec.name === 'G722' ? new G722PhoneCodec() : undefined);

/**
 * The running SIP gateway: the user agent on its port, and one `PhoneCall` per answered call. Calls are answered at
 * once (the IVR greets the caller); a call for which no RTP ports are free is refused with 503.
 */
export class Gateway {
  readonly #calls = new Set<PhoneCall>();
  #ua: SipUserAgent | undefined;

  constructor(
    private readonly config: GatewayConfig,
    private readonly prompts: PromptLibrary,
    private readonly log: Logger,
  ) {}

  get activeCalls(): number {
    return this.#calls.size;
  }

  /** Listens for SIP (UDP and TCP); resolves with the ports. */
  async start(): Promise<{ udp: number; tcp: number }> {
    const { config, log } = this;
    const codecs = parseAudioCodecPreference(config.codecs.join(','));
    if (!codecs.ok) throw new Error(`PLENUM_SIP_CODECS: ${codecs.error.code}`);
    const rtpAddress = config.rtpAddress ?? config.listen.host;
    const family = rtpAddress.includes(':') ? 'IP6' : 'IP4';
    const ports = new PortPool({ min: config.rtpPorts.first, max: config.rtpPorts.last });
    const entry = entryClient({ serverUrl: config.serverUrl, secret: config.gatewaySecret });
    const sipLog = log.child({ layer: 'sip' });
    const answer = (call: InboundCall, media: CallMedia) => {
      const phoneCall: PhoneCall = new PhoneCall(call, media, {
        prompts: this.prompts,
        entry,
        serverUrl: config.serverUrl,
        language: config.language,
        bridgeAddress: config.bridgeAddress,
        mediaConfig: (port) =>
          mediaConfig({ addresses: { [family]: rtpAddress }, port }, { codecs: codecs.value as AudioCodecName[] }),
        log: (event, fields) => log.info(fields ?? {}, event),
        onFinished: () => this.#calls.delete(phoneCall),
      });
      this.#calls.add(phoneCall);
      log.info({ call: call.id, calls: this.#calls.size }, 'call answered');
      phoneCall.start();
    };
    const onCall = (call: InboundCall) => {
      CallMedia.open({
        host: rtpAddress,
        bridgeHost: config.bridgeAddress,
        ports,
        phoneCodecs,
        log: (event) => log.debug({ call: call.id }, event),
      }).then(
        (media) => answer(call, media),
        (error: unknown) => {
          log.warn({ call: call.id, err: (error as Error).message }, 'no RTP ports for a call');
          call.reject(503);
        },
      );
    };
    this.#ua = new SipUserAgent({
      transport: {
        host: config.listen.host,
        port: config.listen.port,
        allow: config.peers,
        refusal: config.refusal,
        log: (event) => sipLog.info({}, event),
      },
      ...(config.rtpAddress ? { advertisedHost: config.rtpAddress } : {}),
      maxCalls: config.maxCalls,
      onCall,
      ...(config.registrar && config.user && config.password
        ? {
            registration: {
              registrar: config.registrar,
              user: config.user,
              password: config.password,
              expires: config.registerExpires,
            },
            onRegistrationStatus: (status) =>
              sipLog.info({ state: status.state, status: status.lastStatus }, 'registration'),
          }
        : {}),
      log: (event) => sipLog.info({}, event),
    });
    return this.#ua.start();
  }

  /** Ends every call (BYE), unregisters, and closes the sockets. */
  async stop(): Promise<void> {
    await this.#ua?.stop();
  }
}
