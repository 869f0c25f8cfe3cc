import { randomInt } from 'node:crypto';
import { isIPv4 } from 'node:net';
import { MediaError } from '../MediaError.js';
import type { AudioMixer, MixInput, PhoneCodec, PhoneLeg, Publisher, RtpAddress, StreamRef } from '../MediaPlane.js';
import { abCreatedSchema, abDestroyedSchema, abForwardedSchema, parseAbReply } from './audiobridgeMessages.js';
import type { JanusMediaRoom, JanusRoomContext } from './JanusMediaRoom.js';
import { JanusMixerLeg } from './JanusMixerLeg.js';
import { JanusMixInput } from './JanusMixInput.js';
import type { JanusPublisher } from './JanusPublisher.js';
import { parseReply, remotePublisherSchema, rtpForwardSchema, successSchema } from './videoroomMessages.js';

const AUDIOBRIDGE = 'janus.plugin.audiobridge';
const VIDEOROOM = 'janus.plugin.videoroom';
const LOOPBACK = '127.0.0.1';
const ROOM_ID_ATTEMPTS = 5;
/** Pairs tried when Janus cannot bind one (something else on its host, or a removed feed Janus has not freed yet, holds it). */
const PORT_ATTEMPTS = 8;
/** Opus as browsers negotiate it; the VideoRoom remote publisher's stream 0 expects SSRC 1000 (1000 + 10 × mindex). */
const OPUS_PT = 111;
const FEED_SSRC = 1000;

interface Feed {
  readonly publisherId: number;
  readonly rtpPort: number;
}

const isNotFound = (error: unknown) => error instanceof MediaError && error.kind === 'notFound';

/**
 * An AudioBridge room beside a VideoRoom room (ADR 0011): phones join as plain-RTP G.711 legs
 * in group "phones"; publisher audio comes in through VideoRoom forwarders to receive-only Opus
 * legs in group "web"; an Opus forwarder of group "phones" feeds a VideoRoom remote publisher,
 * the phones feed, bound to loopback on a port pair from the plane's reserved range. Only Opus
 * forwarders are used: 1.1.2's G.711 group forwarders corrupt each other's buffers.
 *
 * Everything lives on the plane's session. After a Janus restart it is gone, and the legs'
 * handles report `lost`; nothing is rebuilt here (see the port's `AudioMixer`).
 */
export class JanusAudioMixer implements AudioMixer {
  readonly id: string;
  readonly phonesFeed: StreamRef;
  readonly #legs = new Set<JanusMixerLeg>();
  readonly #inputs = new Set<JanusMixInput>();
  #destroyed: Promise<void> | null = null;

  private constructor(
    private readonly context: JanusRoomContext,
    private readonly room: JanusMediaRoom,
    readonly janusRoomId: number,
    private readonly feed: Feed,
    private readonly onDestroyed: (mixer: JanusAudioMixer) => void,
  ) {
    this.id = String(janusRoomId);
    this.phonesFeed = { feedId: String(feed.publisherId), feedMid: '0' };
  }

  /** Creates the AudioBridge room, the phones feed and its forwarder; undoes what was done when a step fails. */
  static async create(
    context: JanusRoomContext,
    room: JanusMediaRoom,
    label: string,
    onDestroyed: (mixer: JanusAudioMixer) => void,
  ): Promise<JanusAudioMixer> {
    const roomId = await createBridgeRoom(context, label);
    let feed: Feed | null = null;
    try {
      feed = await addFeed(context, room.janusRoomId, label);
      const control = await context.control(AUDIOBRIDGE);
      const reply = await control.message({
        request: 'rtp_forward',
        room: roomId,
        group: 'phones',
        codec: 'opus',
        ptype: OPUS_PT,
        ssrc: FEED_SSRC,
        host: LOOPBACK,
        port: feed.rtpPort,
        ...adminKey(context),
      });
      parseAbReply(abForwardedSchema, reply.data, 'rtp_forward');
      return new JanusAudioMixer(context, room, roomId, feed, onDestroyed);
    } catch (error) {
      if (feed !== null) await removeFeed(context, room.janusRoomId, feed).catch(() => undefined);
      await destroyBridgeRoom(context, roomId).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The remote must be an IPv4 literal: Janus 1.1.2 resolves a name with a blocking
   * `gethostbyname` and, when that fails, leaves the leg's socket unconnected, so it would take
   * packets from anyone.
   */
  async joinPhone(options: {
    label: string;
    codec: PhoneCodec;
    remote: RtpAddress;
    muted: boolean;
  }): Promise<PhoneLeg> {
    this.assertAlive();
    const { host, port } = options.remote;
    if (!isIPv4(host) || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new MediaError('invalidRequest', 'a phone leg needs a remote IPv4 address and a port from 1 to 65535');
    }
    if (options.codec !== 'pcmu' && options.codec !== 'pcma') {
      throw new MediaError('invalidRequest', 'a phone leg is pcmu or pcma');
    }
    const leg = await JanusMixerLeg.join(
      this.context,
      this.janusRoomId,
      { label: options.label, codec: options.codec, group: 'phones', muted: options.muted, remote: options.remote },
      (l) => this.#legs.delete(l),
    );
    return this.keep(leg);
  }

  async addPublisherAudio(publisher: Publisher, mid: string): Promise<MixInput> {
    this.assertAlive();
    const source = this.room.ownPublisher(publisher);
    if (source === null) throw new MediaError('invalidRequest', 'the publisher is not in this media room');
    if (!source.publishesAudio(mid)) throw new MediaError('invalidRequest', `no published audio stream '${mid}'`);
    const leg = await JanusMixerLeg.join(
      this.context,
      this.janusRoomId,
      { label: `input ${source.feedId}`, codec: 'opus', group: 'web', muted: false, remote: null },
      (l) => this.#legs.delete(l),
    );
    this.keep(leg);
    let streamId: number;
    try {
      const control = await this.context.control(VIDEOROOM);
      const reply = await control.message({
        request: 'rtp_forward',
        room: this.room.janusRoomId,
        publisher_id: Number(source.feedId),
        host: LOOPBACK,
        streams: [{ mid, port: leg.local.port, pt: OPUS_PT }],
        ...adminKey(this.context),
      });
      const forwarder = parseReply(rtpForwardSchema, reply.data, 'rtp_forward').forwarders[0];
      if (forwarder === undefined) throw new MediaError('internal', 'janus: rtp_forward returned no forwarder');
      streamId = forwarder.stream_id;
    } catch (error) {
      await leg.leave();
      throw error;
    }
    const stop = async () => {
      const control = await this.context.control(VIDEOROOM);
      await control.message({
        request: 'stop_rtp_forward',
        room: this.room.janusRoomId,
        publisher_id: Number(source.feedId),
        stream_id: streamId,
        ...adminKey(this.context),
      });
    };
    const input = new JanusMixInput(source, leg, stop, (i) => this.#inputs.delete(i));
    this.#inputs.add(input);
    if (this.#destroyed !== null) {
      await input.remove().catch(() => undefined);
      throw new MediaError('notFound', 'audio mixer was destroyed');
    }
    return input;
  }

  /** The publisher left the media room: its inputs are removed (Janus already dropped the forwarders). */
  publisherClosed(publisher: JanusPublisher): void {
    for (const input of this.#inputs) if (input.publisher === publisher) void input.remove().catch(() => undefined);
  }

  destroy(): Promise<void> {
    this.#destroyed ??= (async () => {
      this.onDestroyed(this);
      await Promise.allSettled([...this.#inputs].map((input) => input.remove()));
      await Promise.allSettled([...this.#legs].map((leg) => leg.leave()));
      try {
        await removeFeed(this.context, this.room.janusRoomId, this.feed);
        await destroyBridgeRoom(this.context, this.janusRoomId);
      } catch (error) {
        this.#destroyed = null; // let a later call retry (e.g. Janus was unreachable)
        throw error;
      }
    })();
    return this.#destroyed;
  }

  private keep(leg: JanusMixerLeg): JanusMixerLeg {
    this.#legs.add(leg);
    if (this.#destroyed !== null) {
      void leg.leave();
      throw new MediaError('notFound', 'audio mixer was destroyed');
    }
    return leg;
  }

  private assertAlive(): void {
    if (this.#destroyed !== null) throw new MediaError('notFound', 'audio mixer was destroyed');
  }
}

function adminKey(context: JanusRoomContext): { admin_key?: string } {
  return context.adminKey === undefined ? {} : { admin_key: context.adminKey };
}

async function createBridgeRoom(context: JanusRoomContext, label: string): Promise<number> {
  const control = await context.control(AUDIOBRIDGE);
  for (let attempt = 1; ; attempt++) {
    const roomId = randomInt(1, 2 ** 48);
    try {
      const reply = await control.message({
        request: 'create',
        room: roomId,
        permanent: false,
        is_private: true,
        description: label,
        sampling_rate: 16000,
        allow_rtp_participants: true,
        groups: ['phones', 'web'],
        default_prebuffering: context.prebuffer,
        audiolevel_event: false,
        record: false,
        ...adminKey(context),
      });
      return parseAbReply(abCreatedSchema, reply.data, 'create').room;
    } catch (error) {
      // 486: room exists; a fresh random id is tried.
      if (error instanceof MediaError && error.sfuCode === 486 && attempt < ROOM_ID_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function destroyBridgeRoom(context: JanusRoomContext, roomId: number): Promise<void> {
  const control = await context.control(AUDIOBRIDGE);
  try {
    const reply = await control.message({ request: 'destroy', room: roomId, permanent: false, ...adminKey(context) });
    parseAbReply(abDestroyedSchema, reply.data, 'destroy');
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** A VideoRoom remote publisher with one Opus stream, bound to loopback on a reserved port pair. */
async function addFeed(context: JanusRoomContext, videoRoomId: number, label: string): Promise<Feed> {
  const control = await context.control(VIDEOROOM);
  for (let attempt = 1; ; attempt++) {
    const ports = context.feedPorts.take();
    try {
      const reply = await control.message({
        request: 'add_remote_publisher',
        room: videoRoomId,
        display: label,
        iface: LOOPBACK,
        port: ports.rtp,
        rtcp_port: ports.rtcp,
        streams: [{ type: 'audio', mid: '0', mindex: 0, codec: 'opus' }],
      });
      const added = parseReply(remotePublisherSchema, reply.data, 'add_remote_publisher');
      return { publisherId: added.id, rtpPort: ports.rtp };
    } catch (error) {
      context.feedPorts.release(ports.rtp);
      // Janus could not bind the pair (held by something else on its host): the pool moves on.
      const bindFailed = error instanceof MediaError && error.kind === 'internal' && error.sfuCode === 499;
      if (bindFailed && attempt < PORT_ATTEMPTS) continue;
      throw error;
    }
  }
}

/** Removes the remote publisher and gives its ports back; a room or feed already gone counts as removed. */
async function removeFeed(context: JanusRoomContext, videoRoomId: number, feed: Feed): Promise<void> {
  const control = await context.control(VIDEOROOM);
  try {
    const reply = await control.message({
      request: 'remove_remote_publisher',
      room: videoRoomId,
      id: feed.publisherId,
    });
    parseReply(successSchema, reply.data, 'remove_remote_publisher');
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  context.feedPorts.release(feed.rtpPort);
}
