import { randomInt } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import { parseRtpPacket, RTP_HEADER_BYTES } from '../rtp/rtpPacket.js';
import { RtpReceiveStats } from '../rtp/rtpReceiveStats.js';
import { TelephoneEventReceiver } from '../rtp/telephoneEventReceiver.js';
import type { NegotiatedAudio } from '../sdp/negotiatedAudio.js';
import { receives, sends } from '../sdp/sdpDirection.js';
import { type CallMediaStats, type DropCounters, emptyDropCounters } from './CallMediaStats.js';
import { FRAME_SAMPLES, FrameReframer } from './FrameReframer.js';
import { type MediaClock, systemMediaClock } from './MediaClock.js';
import { OutgoingRtpStream } from './OutgoingRtpStream.js';
import { PacedSource, type PlayOutcome } from './PacedSource.js';
import { noPhoneCodecs, type PhoneCodecFactory } from './PhoneCodec.js';
import { type PhoneLatching, PhoneSourceFilter, type UdpEndpoint } from './PhoneSourceFilter.js';
import { type BridgeCodec, bridgeLaw, bridgePayloadType, PhoneTranscoder } from './PhoneTranscoder.js';
import type { PortPool } from './PortPool.js';
import { g711FrameDbfs, TalkingDetector, type TalkingDetectorOptions } from './TalkingDetector.js';

export interface CallMediaOptions {
  /** Address of the phone-side socket (the one in our SDP). */
  readonly host: string;
  /** Address of the socket that talks to Janus; default `host`. Keep it internal (ADR 0011, security). */
  readonly bridgeHost?: string;
  /** Where both ports come from; without a pool the system picks free ports. */
  readonly ports?: PortPool;
  readonly clock?: MediaClock;
  /** Something worth a log line; never carries caller data. Default: nothing. */
  readonly log?: (event: string) => void;
  /** Transcoders for phone codecs other than G.711 (G.722). Default: none. */
  readonly phoneCodecs?: PhoneCodecFactory;
  /** Default `first-source` (see `PhoneSourceFilter`). */
  readonly latching?: PhoneLatching;
  /** Send G.711 silence to the phone while it hears neither the mix nor a prompt. Default true. */
  readonly comfortSilence?: boolean;
  readonly talking?: TalkingDetectorOptions;
}

/** RFC 3389 comfort noise (static payload type): never forwarded, Janus would drop it. */
const COMFORT_NOISE_PT = 13;
/** Ports from the pool tried before giving up (another process may hold some of them). */
const BIND_ATTEMPTS = 16;

interface PhoneState {
  readonly audio: NegotiatedAudio;
  readonly transcoder: PhoneTranscoder;
}

/**
 * The media of one call (ADR 0011, decision 3): a socket for the phone and a socket for the Janus AudioBridge
 * leg, and a relay between them that handles each packet as it arrives (no jitter buffer).
 *
 * Phone → bridge: only packets from the phone's address; telephone-event is read for DTMF and comfort noise is
 * dropped; audio is converted to the bridge's law (nothing to do when the laws agree), cut into exactly 160-byte
 * frames, and sent with PT 0 or 8, our SSRC and our own continuous sequence numbers and timestamps.
 * Bridge → phone: only packets from the bridge's address; the mix goes to the phone with the phone's payload
 * type, our SSRC and continuous numbering, unless a prompt plays (then the prompt goes instead and the mix is
 * dropped) or the phone is on hold. Without a bridge and without a prompt, silence frames keep the phone's
 * stream alive. RTCP arriving on either port is recognised and ignored; no RTCP is sent.
 */
export class CallMedia {
  /** Called once per key press (RFC 4733). */
  onDigit: (digit: DtmfDigit) => void = () => {};
  /** Called when the caller starts or stops talking (level with hysteresis), for the UI's indicator. */
  onTalking: (talking: boolean) => void = () => {};

  private readonly clock: MediaClock;
  private readonly log: (event: string) => void;
  private readonly phoneCodecs: PhoneCodecFactory;
  private readonly comfortSilence: boolean;
  private readonly filter: PhoneSourceFilter;
  private readonly reframer = new FrameReframer();
  private readonly digits = new TelephoneEventReceiver();
  private readonly talking: TalkingDetector;
  private readonly local: PacedSource;
  private readonly toBridge: OutgoingRtpStream;
  private readonly toPhone: OutgoingRtpStream;
  private phone: PhoneState | null = null;
  private bridge: UdpEndpoint | null = null;
  private bridgeCodec: BridgeCodec = 'pcma';
  private phoneIn: { ssrc: number; stats: RtpReceiveStats } | null = null;
  private bridgeIn: { ssrc: number; stats: RtpReceiveStats } | null = null;
  private readonly phoneDrops: DropCounters = emptyDropCounters();
  private readonly bridgeDrops: DropCounters = emptyDropCounters();
  private phonePacketsIn = 0;
  private bridgePacketsIn = 0;
  private digitCount = 0;
  private telephoneEventPackets = 0;
  private comfortNoisePackets = 0;
  private localFrames = 0;
  private mixDuringPrompt = 0;
  private closed: Promise<void> | null = null;

  private constructor(
    private readonly phoneSocket: Socket,
    private readonly bridgeSocket: Socket,
    private readonly ports: PortPool | undefined,
    options: CallMediaOptions,
  ) {
    this.clock = options.clock ?? systemMediaClock;
    this.log = options.log ?? (() => {});
    this.phoneCodecs = options.phoneCodecs ?? noPhoneCodecs;
    this.comfortSilence = options.comfortSilence ?? true;
    this.filter = new PhoneSourceFilter(options.latching ?? 'first-source');
    this.talking = new TalkingDetector(options.talking);
    this.local = new PacedSource(this.clock, (pcm) => this.sendLocalFrame(pcm));
    this.toBridge = newStream();
    this.toPhone = newStream();
    phoneSocket.on('message', (data, from) => this.receiveFromPhone(data, from));
    bridgeSocket.on('message', (data, from) => this.receiveFromBridge(data, from));
    phoneSocket.on('error', (error) => this.log(`phone socket error: ${error.message}`));
    bridgeSocket.on('error', (error) => this.log(`bridge socket error: ${error.message}`));
  }

  /** Binds both sockets (from the pool when given); rejects when no port can be bound. */
  static async open(options: CallMediaOptions): Promise<CallMedia> {
    const phoneSocket = await bindSocket(options.host, options.ports);
    const bridgeSocket = await bindSocket(options.bridgeHost ?? options.host, options.ports).catch(
      async (error: unknown) => {
        await closeSocket(phoneSocket, options.ports);
        throw error;
      },
    );
    return new CallMedia(phoneSocket, bridgeSocket, options.ports, options);
  }

  /** Where the phone sends RTP (the port in our SDP). */
  get phonePort(): number {
    return this.phoneSocket.address().port;
  }

  /** The port we send to Janus from and receive the mix on: declared in the AudioBridge `join` (symmetric RTP). */
  get bridgePort(): number {
    return this.bridgeSocket.address().port;
  }

  /**
   * Applies an offer/answer outcome (first one, re-INVITE, hold, resume). Sequence numbers and timestamps of both
   * streams carry on. Throws when the codec is neither G.711 nor served by `phoneCodecs`.
   */
  setPhone(audio: NegotiatedAudio): void {
    const previous = this.phone;
    const transcoder =
      previous !== null && previous.audio.codec.name === audio.codec.name
        ? previous.transcoder
        : PhoneTranscoder.create(audio.codec, this.bridgeCodec, this.phoneCodecs);
    if (transcoder !== previous?.transcoder) this.reframer.reset();
    this.phone = { audio, transcoder };
    this.filter.expect(audio.remote === null ? null : { address: audio.remote.address, port: audio.remote.port });
    if (!receives(audio.direction)) this.reportTalking(this.talking.reset());
    this.updateLocalSource();
  }

  /** Where Janus takes this caller's audio and sends the mix, and the leg's codec; `null` = not in the mix. */
  setBridge(remote: { readonly host: string; readonly port: number } | null, codec: BridgeCodec): void {
    this.bridge = remote === null ? null : { address: remote.host, port: remote.port };
    if (codec !== this.bridgeCodec) {
      this.bridgeCodec = codec;
      this.reframer.reset();
      if (this.phone !== null) this.phone = { ...this.phone, transcoder: this.phone.transcoder.withBridge(codec) };
    }
    this.bridgeIn = null;
    this.updateLocalSource();
  }

  /**
   * Plays 8 kHz PCM to this caller only, instead of the mix (which is dropped meanwhile). A new prompt replaces
   * the one playing. Resolves `finished` after the last frame, `stopped` when stopped, replaced or closed.
   */
  play(pcm8k: Int16Array, options: { readonly loop?: boolean } = {}): Promise<PlayOutcome> {
    if (this.closed !== null) return Promise.resolve('stopped');
    return this.local.play(pcm8k, options.loop ?? false);
  }

  stopPlaying(): void {
    this.local.stopPlaying();
  }

  stats(): CallMediaStats {
    return {
      phone: {
        packetsIn: this.phonePacketsIn,
        packetsOut: this.toPhone.packets,
        receive: this.phoneIn?.stats.totals() ?? null,
        dropped: { ...this.phoneDrops },
        digits: this.digitCount,
        telephoneEventPackets: this.telephoneEventPackets,
        comfortNoisePackets: this.comfortNoisePackets,
        reframeDiscardedBytes: this.reframer.discarded,
        localFrames: this.localFrames,
        latched: this.filter.isLatched,
      },
      bridge: {
        packetsIn: this.bridgePacketsIn,
        packetsOut: this.toBridge.packets,
        receive: this.bridgeIn?.stats.totals() ?? null,
        dropped: { ...this.bridgeDrops },
        mixDuringPrompt: this.mixDuringPrompt,
      },
    };
  }

  /** Stops any prompt (`stopped`), closes both sockets and gives the ports back. Safe to call twice. */
  close(): Promise<void> {
    if (this.closed === null) {
      this.local.close();
      this.reportTalking(this.talking.reset());
      this.closed = Promise.all([
        closeSocket(this.phoneSocket, this.ports),
        closeSocket(this.bridgeSocket, this.ports),
      ]).then(() => {});
    }
    return this.closed;
  }

  private receiveFromPhone(data: Buffer, from: RemoteInfo): void {
    const phone = this.phone;
    const parsed = parseRtpPacket(data);
    if (!parsed.ok) {
      if (phone === null || !this.isPhoneAddress(from)) this.phoneDrops.stranger++;
      else if (parsed.error === 'rtcp') this.phoneDrops.rtcp++;
      else this.phoneDrops.malformed++;
      return;
    }
    const packet = parsed.value;
    if (phone === null || !this.filter.accept(from.address, from.port, packet.ssrc, packet.sequenceNumber)) {
      this.phoneDrops.stranger++;
      return;
    }
    this.phonePacketsIn++;
    const { audio, transcoder } = phone;
    const now = this.clock.now();
    const stats = this.phoneStatsFor(packet.ssrc);
    const pt = packet.payloadType;
    if (audio.telephoneEvent !== null && pt === audio.telephoneEvent.payloadType) {
      this.telephoneEventPackets++;
      stats.receive(packet.sequenceNumber, null, now);
      const digit = this.digits.receive(packet);
      if (digit !== null) {
        this.digitCount++;
        this.safely(() => this.onDigit(digit.digit));
      }
      return;
    }
    if (pt === COMFORT_NOISE_PT) {
      this.comfortNoisePackets++;
      stats.receive(packet.sequenceNumber, null, now);
      return;
    }
    if (pt !== audio.payloadType) {
      this.phoneDrops.payloadType++;
      return;
    }
    stats.receive(packet.sequenceNumber, packet.timestamp, now);
    if (!receives(audio.direction)) {
      this.phoneDrops.paused++;
      return;
    }
    this.reframer.push(transcoder.toBridge(packet.payload), packet.timestamp, this.emitToBridge);
  }

  /** One 160-byte frame in the bridge's law: level for the talking indicator, then out to Janus. */
  private readonly emitToBridge = (frame: Uint8Array): void => {
    this.reportTalking(this.talking.update(g711FrameDbfs(frame, bridgeLaw(this.bridgeCodec))));
    const bridge = this.bridge;
    if (bridge === null) {
      this.phoneDrops.paused++;
      return;
    }
    this.send(this.bridgeSocket, this.toBridge, bridgePayloadType(this.bridgeCodec), frame, frame.length, bridge);
  };

  private receiveFromBridge(data: Buffer, from: RemoteInfo): void {
    const bridge = this.bridge;
    if (bridge === null || from.port !== bridge.port || from.address !== bridge.address) {
      this.bridgeDrops.stranger++;
      return;
    }
    const parsed = parseRtpPacket(data);
    if (!parsed.ok) {
      if (parsed.error === 'rtcp') this.bridgeDrops.rtcp++;
      else this.bridgeDrops.malformed++;
      return;
    }
    const packet = parsed.value;
    this.bridgePacketsIn++;
    if (this.bridgeIn === null || this.bridgeIn.ssrc !== packet.ssrc) {
      this.bridgeIn = { ssrc: packet.ssrc, stats: new RtpReceiveStats({ clockRate: 8000, probation: 0 }) };
    }
    this.bridgeIn.stats.receive(packet.sequenceNumber, packet.timestamp, this.clock.now());
    if (packet.payloadType !== bridgePayloadType(this.bridgeCodec)) {
      this.bridgeDrops.payloadType++;
      return;
    }
    if (this.local.isPlaying) {
      this.mixDuringPrompt++;
      return;
    }
    const phone = this.phone;
    const target = this.filter.target;
    if (phone === null || target === null || !sends(phone.audio.direction)) {
      this.bridgeDrops.paused++;
      return;
    }
    const payload = phone.transcoder.toPhone(packet.payload);
    this.send(this.phoneSocket, this.toPhone, phone.audio.payloadType, payload, packet.payload.length, target);
  }

  private sendLocalFrame(pcm: Int16Array | null): void {
    const phone = this.phone;
    const target = this.filter.target;
    if (phone === null || target === null || !sends(phone.audio.direction)) return;
    const payload = pcm === null ? phone.transcoder.silenceToPhone(FRAME_SAMPLES) : phone.transcoder.pcmToPhone(pcm);
    this.localFrames++;
    this.send(this.phoneSocket, this.toPhone, phone.audio.payloadType, payload, FRAME_SAMPLES, target);
  }

  /**
   * Header and payload into a fresh buffer (small allocations come from Node's buffer pool): the socket keeps a
   * reference until the datagram is out, so a buffer shared between packets could be overwritten before that.
   */
  private send(
    socket: Socket,
    stream: OutgoingRtpStream,
    payloadType: number,
    payload: Uint8Array,
    samples: number,
    to: UdpEndpoint,
  ): void {
    const packet = Buffer.allocUnsafe(RTP_HEADER_BYTES + payload.length);
    stream.writeHeader(packet, payloadType, samples, this.clock.now());
    packet.set(payload, RTP_HEADER_BYTES);
    socket.send(packet, to.port, to.address);
  }

  private updateLocalSource(): void {
    const phone = this.phone;
    const canSend = phone !== null && phone.audio.remote !== null && sends(phone.audio.direction);
    this.local.setSilence(this.comfortSilence && canSend && this.bridge === null && this.closed === null);
  }

  private phoneStatsFor(ssrc: number): RtpReceiveStats {
    if (this.phoneIn === null || this.phoneIn.ssrc !== ssrc) {
      this.phoneIn = { ssrc, stats: new RtpReceiveStats({ clockRate: 8000, probation: 0 }) };
    }
    return this.phoneIn.stats;
  }

  private isPhoneAddress(from: RemoteInfo): boolean {
    const target = this.filter.target;
    return target !== null && target.address === from.address && target.port === from.port;
  }

  private reportTalking(change: boolean | null): void {
    if (change !== null) this.safely(() => this.onTalking(change));
  }

  private safely(listener: () => void): void {
    try {
      listener();
    } catch (error) {
      this.log(`media listener failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }
}

function newStream(): OutgoingRtpStream {
  return new OutgoingRtpStream({
    ssrc: randomInt(1, 0xffffffff),
    firstSequenceNumber: randomInt(0, 0x10000),
    firstTimestamp: randomInt(0, 0xffffffff),
  });
}

async function bindSocket(host: string, ports: PortPool | undefined): Promise<Socket> {
  for (let attempt = 0; attempt < (ports === undefined ? 1 : BIND_ATTEMPTS); attempt++) {
    const port = ports === undefined ? 0 : ports.acquire();
    if (port === undefined) throw new Error('no free RTP port');
    const socket = createSocket({ type: isIPv6(host) ? 'udp6' : 'udp4' });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('error', reject);
        socket.bind(port, host, () => {
          socket.off('error', reject);
          resolve();
        });
      });
      return socket;
    } catch (error) {
      socket.close();
      if (ports !== undefined) ports.release(port);
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || ports === undefined) throw error;
    }
  }
  throw new Error('no free RTP port');
}

function closeSocket(socket: Socket, ports: PortPool | undefined): Promise<void> {
  let port: number | undefined;
  try {
    port = socket.address().port;
  } catch {
    port = undefined;
  }
  return new Promise<void>((resolve) => {
    socket.close(() => {
      if (ports !== undefined && port !== undefined) ports.release(port);
      resolve();
    });
  });
}
