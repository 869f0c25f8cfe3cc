import { MediaError } from '../MediaError.js';
import type { PhoneLeg, RtpAddress } from '../MediaPlane.js';
import { abEventSchema, abJoinedSchema, parseAbReply } from './audiobridgeMessages.js';
import type { JanusHandle } from './JanusHandle.js';
import type { JanusRoomContext } from './JanusMediaRoom.js';

const AUDIOBRIDGE = 'janus.plugin.audiobridge';

/** How a leg joins the AudioBridge room: what it decodes, which group it feeds, where the mix goes. */
export interface MixerLegSpec {
  readonly label: string;
  readonly codec: 'pcmu' | 'pcma' | 'opus';
  readonly group: 'phones' | 'web';
  readonly muted: boolean;
  /** Where Janus sends this leg's mix-minus and the only source it accepts; null: receive-only, any source. */
  readonly remote: RtpAddress | null;
}

const PAYLOAD_TYPE = { pcmu: 0, pcma: 8, opus: 111 } as const;

/**
 * One plain-RTP participant of an AudioBridge room, on its own handle. With a `remote`, Janus
 * `connect()`s the leg's socket to it (symmetric RTP: packets from any other source are
 * dropped); without one the leg takes packets from anyone on its port and sends nothing back,
 * which is what a VideoRoom forwarder needs (its source port is not known in advance).
 */
export class JanusMixerLeg implements PhoneLeg {
  #left: Promise<void> | null = null;

  private constructor(
    private readonly handle: JanusHandle,
    readonly janusId: number,
    readonly local: RtpAddress,
    private readonly onLeft: (leg: JanusMixerLeg) => void,
  ) {}

  static async join(
    context: JanusRoomContext,
    roomId: number,
    spec: MixerLegSpec,
    onLeft: (leg: JanusMixerLeg) => void,
  ): Promise<JanusMixerLeg> {
    const handle = await context.attach(AUDIOBRIDGE, () => undefined);
    try {
      const reply = await handle.message({
        request: 'join',
        room: roomId,
        display: spec.label,
        codec: spec.codec,
        group: spec.group,
        muted: spec.muted,
        prebuffer: context.prebuffer,
        rtp: {
          payload_type: PAYLOAD_TYPE[spec.codec],
          ...(spec.remote === null ? {} : { ip: spec.remote.host, port: spec.remote.port }),
        },
      });
      const joined = parseAbReply(abJoinedSchema, reply.data, 'join');
      return new JanusMixerLeg(handle, joined.id, { host: joined.rtp.ip, port: joined.rtp.port }, onLeft);
    } catch (error) {
      await handle.detach().catch(() => undefined);
      throw error;
    }
  }

  get left(): boolean {
    return this.#left !== null || this.handle.gone;
  }

  async setMuted(muted: boolean): Promise<void> {
    if (this.left) throw new MediaError('notFound', 'phone leg has left');
    const reply = await this.handle.message({ request: 'configure', muted });
    parseAbReply(abEventSchema, reply.data, 'configure');
  }

  /** `leave` first, so the participant is gone when this resolves; then the handle is released. */
  leave(): Promise<void> {
    this.#left ??= (async () => {
      this.onLeft(this);
      if (!this.handle.gone) await this.handle.message({ request: 'leave' }).catch(() => undefined);
      await this.handle.detach().catch(() => undefined);
    })();
    return this.#left;
  }
}
