import { randomInt } from 'node:crypto';
import { MediaError } from '../MediaError.js';
import type { MediaPlane, MediaRoom, MediaRoomOptions } from '../MediaPlane.js';
import type { PortRange } from './embeddedJanus.js';
import { JanusClient, type JanusClientOptions } from './JanusClient.js';
import type { JanusHandle, JanusHandleListener } from './JanusHandle.js';
import { JanusMediaRoom, type JanusPlugin } from './JanusMediaRoom.js';
import type { JanusSession } from './JanusSession.js';
import { PortPool } from './PortPool.js';
import { createdSchema, parseReply } from './videoroomMessages.js';

const VIDEOROOM = 'janus.plugin.videoroom';
const ROOM_ID_ATTEMPTS = 5;

export interface JanusMediaPlaneOptions extends JanusClientOptions {
  /** The VideoRoom `admin_key`, required when Janus is configured with one (the embedded one is). */
  readonly adminKey?: string;
  /** REMB cap per publisher in bit/s. Default 1 Mbit/s. */
  readonly bitrate?: number;
  /** Allowed video codecs, in order of preference. Default `['vp8']`. */
  readonly videoCodecs?: readonly string[];
  /**
   * Ports for the audio mixers' phones feeds (VideoRoom remote publishers, two ports each, bound
   * to 127.0.0.1 on the Janus host). Janus 1.1.2 has no setting for them, so the plane picks
   * them; keep the range free of other users on the Janus host, and give every plane that shares
   * one Janus its own range. Default 22000–22999 (next to the embedded Janus's 20000–21999).
   */
  readonly mixerFeedPorts?: PortRange;
  /**
   * AudioBridge `prebuffer` of every mixer leg, in 20 ms packets: the jitter buffer and most of
   * the delay (about 20 ms × prebuffer + 10 ms per direction, ADR 0011). Default 3.
   */
  readonly mixerPrebuffer?: number;
}

interface Current {
  readonly session: JanusSession;
  readonly control: JanusHandle;
  /** The AudioBridge control handle, attached on first use. */
  audioControl: Promise<JanusHandle> | null;
}

/**
 * The MediaPlane over Janus's VideoRoom plugin (multistream API, Janus ≥ 1.0).
 *
 * The plane owns one Janus session (kept alive by the client) with a control handle for room
 * management; publishers and subscribers each get their own handle in it. When the session is
 * lost (Janus restarted, or the socket was down longer than Janus's reclaim timeout) every
 * publisher and subscriber receives `{type:'lost'}`, and the next call transparently opens a
 * fresh session. Rooms get fresh random numeric ids (retried on "room exists").
 */
export class JanusMediaPlane implements MediaPlane {
  readonly #rooms = new Set<JanusMediaRoom>();
  #current: Current | null = null;
  #opening: Promise<Current> | null = null;
  #closed: Promise<void> | null = null;
  readonly #feedPorts: PortPool;
  readonly #prebuffer: number;

  private constructor(
    readonly client: JanusClient,
    private readonly options: JanusMediaPlaneOptions,
  ) {
    this.#feedPorts = new PortPool(options.mixerFeedPorts ?? { min: 22000, max: 22999 });
    this.#prebuffer = options.mixerPrebuffer ?? 3;
    if (!Number.isInteger(this.#prebuffer) || this.#prebuffer < 1 || this.#prebuffer > 50) {
      throw new MediaError('invalidRequest', 'mixerPrebuffer must be an integer from 1 to 50');
    }
  }

  /** Connects to Janus; rejects `unavailable` when it cannot be reached. */
  static async connect(options: JanusMediaPlaneOptions): Promise<JanusMediaPlane> {
    return new JanusMediaPlane(await JanusClient.connect(options), options);
  }

  async createRoom(options: MediaRoomOptions): Promise<MediaRoom> {
    this.assertOpen();
    if (!Number.isInteger(options.maxPublishers) || options.maxPublishers < 1) {
      throw new MediaError('invalidRequest', 'maxPublishers must be a positive integer');
    }
    const { session, control } = await this.session();
    for (let attempt = 1; ; attempt++) {
      const roomId = randomInt(1, 2 ** 48);
      try {
        const reply = await control.message({
          request: 'create',
          room: roomId,
          permanent: false,
          is_private: true,
          description: options.label,
          publishers: options.maxPublishers,
          bitrate: this.options.bitrate ?? 1_000_000,
          fir_freq: 10,
          audiocodec: 'opus',
          videocodec: (this.options.videoCodecs ?? ['vp8']).join(','),
          notify_joining: false,
          ...(this.options.adminKey === undefined ? {} : { admin_key: this.options.adminKey }),
        });
        parseReply(createdSchema, reply.data, 'create');
      } catch (error) {
        if (error instanceof MediaError && error.sfuCode === 427 && attempt < ROOM_ID_ATTEMPTS) continue;
        throw error;
      }
      // Janus keeps no room across a restart: the session the room was made in ending is the room's loss.
      const { onLost } = options;
      const unwatch = onLost ? session.onLost(() => onLost()) : () => undefined;
      const room = new JanusMediaRoom(
        roomId,
        {
          attach: (plugin, listener) => this.attach(plugin, listener),
          control: (plugin) => this.control(plugin),
          ...(this.options.adminKey === undefined ? {} : { adminKey: this.options.adminKey }),
          feedPorts: this.#feedPorts,
          prebuffer: this.#prebuffer,
        },
        (r) => {
          unwatch();
          this.#rooms.delete(r);
        },
      );
      this.#rooms.add(room);
      if (!session.alive) queueMicrotask(() => onLost?.());
      return room;
    }
  }

  /**
   * Proves the plane can work, not only that the socket is up: the plane's own session must
   * exist (creating it needs the right api_secret, which Janus's bare `ping` does not check).
   */
  async ping(): Promise<number> {
    this.assertOpen();
    await this.session();
    return this.client.ping();
  }

  /** Destroys the rooms this plane created (best effort), then its session, and disconnects. */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      if (this.client.connected) await Promise.allSettled([...this.#rooms].map((room) => room.destroy()));
      await this.client.close();
    })();
    return this.#closed;
  }

  private async attach(plugin: JanusPlugin, listener: JanusHandleListener): Promise<JanusHandle> {
    this.assertOpen();
    const { session } = await this.session();
    try {
      return await session.attach(plugin, listener);
    } catch (error) {
      // The session died between lookup and attach: one retry on a fresh one.
      if (!(error instanceof MediaError && error.kind === 'notFound')) throw error;
      return (await this.session()).session.attach(plugin, listener);
    }
  }

  /** The plane's control handle for room management in `plugin`. */
  private async control(plugin: JanusPlugin): Promise<JanusHandle> {
    const current = await this.session();
    if (plugin === VIDEOROOM) return current.control;
    const attached = current.audioControl;
    if (attached !== null) {
      const handle = await attached.catch(() => null);
      if (handle !== null && !handle.gone) return handle;
    }
    const attaching = current.session.attach(plugin, () => undefined);
    current.audioControl = attaching;
    attaching.catch(() => {
      if (current.audioControl === attaching) current.audioControl = null;
    });
    return attaching;
  }

  private session(): Promise<Current> {
    const current = this.#current;
    if (current?.session.alive && !current.control.gone) return Promise.resolve(current);
    this.#opening ??= (async () => {
      try {
        const session = await this.client.createSession();
        const control = await session.attach(VIDEOROOM, () => undefined);
        const next: Current = { session, control, audioControl: null };
        session.onLost(() => {
          if (this.#current === next) this.#current = null;
        });
        this.#current = next;
        return next;
      } finally {
        this.#opening = null;
      }
    })();
    return this.#opening;
  }

  private assertOpen(): void {
    if (this.#closed !== null) throw new MediaError('unavailable', 'media plane is closed');
  }
}
