import type { AudioMixer, MediaRoom, MixInput, PhoneCodec, PhoneLeg, Publisher, StreamRef } from '@plenum/media';
import type { ConnectionId, ParticipantId } from '@plenum/protocol';
import type { ModuleContext, Outcome } from '@plenum/room-kit';
import type { MediaProtocol, RtpAddress } from '../protocol.js';
import type { MediaLoopback, PhoneMixLoopback } from './mediaLoopback.js';
import { SerialQueue } from './SerialQueue.js';

type Ctx = ModuleContext<MediaProtocol, MediaLoopback>;

/** One open browser microphone that the phones of a group should hear. */
export interface BrowserAudio {
  readonly connection: ConnectionId;
  readonly publisher: Promise<Publisher>;
  readonly mid: string;
}

/** What the phone mixes need from the media module. */
export interface PhoneMixHost {
  mediaRoom(): Promise<MediaRoom>;
  /** The unmuted, connected browser microphones in a group. */
  browserAudio(group: string | null): readonly BrowserAudio[];
  /** A phone's audio started or stopped, or a group's phones feed appeared or went: announce and resubscribe. */
  changed(participantId: ParticipantId | undefined): void;
}

interface Mixer {
  readonly group: string | null;
  /** Grows when the group's mixer is replaced; results of an older one are ignored. */
  readonly generation: number;
  readonly mixer: Promise<AudioMixer>;
  /** Set once the mixer exists: what browsers of the group subscribe to. */
  feed: StreamRef | undefined;
  /** Every SFU step of this mixer, in order. */
  readonly queue: SerialQueue;
  readonly legs: Set<ConnectionId>;
  readonly inputs: Map<string, Promise<MixInput>>;
}

interface Phone {
  readonly participantId: ParticipantId;
  readonly codec: PhoneCodec;
  readonly remote: RtpAddress;
  group: string | null;
  /** Grows with every new leg (group move); a stale `phoneLegReady` is ignored. */
  generation: number;
  leg: Promise<PhoneLeg> | undefined;
  /** The leg has joined (its microphone counts as published). */
  ready: boolean;
  muted: boolean;
}

const keyOf = (group: string | null): string => group ?? '';
const inputKey = (a: BrowserAudio): string => `${a.connection}/${a.mid}`;

/**
 * The telephone side of the media module (ADR 0011). A group (main room or breakout room) with at least one phone gets
 * an audio mixer beside the SFU room: each phone is a leg of it and hears everyone but itself; the open browser
 * microphones of the group are brought into it; and the mix of the group's phones is a feed that the group's browsers
 * subscribe to. The mixer goes when the group's last phone leaves. Every step is async SFU work, queued per mixer and
 * reported back as a loopback.
 */
export class PhoneMixes {
  readonly #mixers = new Map<string, Mixer>();
  readonly #phones = new Map<ConnectionId, Phone>();
  #generation = 0;

  constructor(
    private readonly ctx: Ctx,
    private readonly host: PhoneMixHost,
  ) {}

  /** Whether this participant calls in by phone with audio joined (their microphone counts as published). */
  hasAudio(participantId: ParticipantId): boolean {
    for (const p of this.#phones.values()) if (p.participantId === participantId && p.ready) return true;
    return false;
  }

  /** Whether this participant has asked for phone audio (joined or joining). */
  isPhone(participantId: ParticipantId): boolean {
    for (const p of this.#phones.values()) if (p.participantId === participantId) return true;
    return false;
  }

  /** The phones feed a browser in `group` should receive, once it exists. */
  feedFor(group: string | null): StreamRef | undefined {
    return this.#mixers.get(keyOf(group))?.feed;
  }

  isPhonesFeed(feedId: string): boolean {
    for (const m of this.#mixers.values()) if (m.feed?.feedId === feedId) return true;
    return false;
  }

  /** A phone connection asks for its audio: join it to its group's mixer (again, when it asked before). */
  join(
    connection: ConnectionId,
    participantId: ParticipantId,
    group: string | null,
    codec: PhoneCodec,
    remote: RtpAddress,
    muted: boolean,
  ): void {
    this.#detach(connection);
    const phone: Phone = { participantId, codec, remote, group, generation: 0, leg: undefined, ready: false, muted };
    this.#phones.set(connection, phone);
    this.#attach(connection, phone);
  }

  /** The phone's connection ended: leave the mix. */
  drop(connection: ConnectionId): void {
    if (this.#detach(connection)) this.#phones.delete(connection);
  }

  /** A participant moved to another group: phones follow with a new leg; every mix's inputs change. */
  moved(participantId: ParticipantId, group: string | null): void {
    for (const [connection, phone] of this.#phones) {
      if (phone.participantId !== participantId || phone.group === group) continue;
      this.#detach(connection);
      phone.group = group;
      this.#attach(connection, phone);
    }
  }

  /** Server-enforced mute of a phone's microphone (self, moderator or restriction). */
  setMuted(participantId: ParticipantId, muted: boolean): void {
    for (const [connection, phone] of this.#phones) {
      if (phone.participantId !== participantId) continue;
      phone.muted = muted;
      const mixer = this.#mixers.get(keyOf(phone.group));
      const leg = phone.leg;
      if (!mixer || !leg) continue;
      this.#quietly(
        mixer,
        'mute',
        connection,
        mixer.queue.run(async () => (await leg).setMuted(muted)),
      );
    }
  }

  /** Brings every mixer's browser inputs in step with the open microphones of its group. */
  reconcileInputs(): void {
    for (const mixer of this.#mixers.values()) {
      const wanted = new Map(this.host.browserAudio(mixer.group).map((a) => [inputKey(a), a] as const));
      for (const [key, input] of mixer.inputs) {
        if (wanted.has(key)) continue;
        mixer.inputs.delete(key);
        this.#quietly(
          mixer,
          'input',
          undefined,
          mixer.queue.run(async () => (await input).remove()),
        );
      }
      for (const [key, audio] of wanted) {
        if (mixer.inputs.has(key)) continue;
        const input = mixer.queue.run(async () =>
          (await mixer.mixer).addPublisherAudio(await audio.publisher, audio.mid),
        );
        mixer.inputs.set(key, input);
        this.#quietly(mixer, 'input', undefined, input);
      }
    }
  }

  onLoopback(event: PhoneMixLoopback): void {
    switch (event.type) {
      case 'mixerReady': {
        const mixer = this.#mixers.get(event.group);
        if (!mixer || mixer.generation !== event.generation) return;
        mixer.feed = event.feed;
        this.host.changed(undefined);
        return;
      }
      case 'phoneLegReady': {
        const phone = this.#phones.get(event.connection);
        if (!phone || phone.generation !== event.generation) return;
        phone.ready = true;
        this.ctx.send({ connection: event.connection }, { event: 'phoneAudioReady', rtp: event.rtp });
        this.host.changed(phone.participantId);
        return;
      }
      case 'phoneMixFailed':
        this.ctx.log.warn(
          { step: event.step, connection: event.connection, err: event.error },
          'phone mix step failed',
        );
        if (event.step === 'mixer' || event.step === 'leg') this.#failed(event);
        return;
    }
  }

  /**
   * The SFU lost the media room and the mixers in it (it restarted). Every mixer is released, and every phone gets a
   * new leg in a new mixer of the host's next media room; its gateway learns the new address from another
   * `phoneAudioReady`, so callers keep their calls and are heard again.
   */
  rebuild(): void {
    const phones = [...this.#phones];
    for (const [connection] of phones) this.#detach(connection);
    for (const [connection, phone] of phones) this.#attach(connection, phone);
  }

  /** Destroys every mixer (the room closes). */
  closeAll(): Promise<unknown> {
    const done = [...this.#mixers.values()].map((m) =>
      m.queue.run(async () => (await m.mixer).destroy()).catch(() => undefined),
    );
    this.#mixers.clear();
    this.#phones.clear();
    return Promise.all(done);
  }

  /** A mixer or a leg could not be made: the phone is told (the gateway says so to the caller) and forgotten. */
  #failed(event: Extract<PhoneMixLoopback, { type: 'phoneMixFailed' }>): void {
    const mixer = this.#mixers.get(event.group);
    if (!mixer || mixer.generation !== event.generation) return;
    const affected =
      event.step === 'mixer'
        ? [...mixer.legs]
        : event.connection !== undefined && mixer.legs.has(event.connection)
          ? [event.connection]
          : [];
    for (const connection of affected) {
      this.drop(connection);
      this.ctx.sendError(connection, { error: 'mediaUnavailable' });
    }
  }

  #attach(connection: ConnectionId, phone: Phone): void {
    const mixer = this.#mixerFor(phone.group);
    mixer.legs.add(connection);
    phone.generation++;
    phone.ready = false;
    const generation = phone.generation;
    const { codec, remote, muted } = phone;
    const fresh = mixer.legs.size === 1;
    phone.leg = mixer.queue.run(async () => (await mixer.mixer).joinPhone({ label: connection, codec, remote, muted }));
    // A new mixer takes the group's open microphones from the start.
    if (fresh) this.reconcileInputs();
    this.ctx.spawn(
      phone.leg,
      (o: Outcome<PhoneLeg>): MediaLoopback =>
        o.ok
          ? { type: 'phoneLegReady', connection, generation, rtp: o.value.local }
          : {
              type: 'phoneMixFailed',
              group: keyOf(mixer.group),
              generation: mixer.generation,
              step: 'leg',
              connection,
              error: o.error,
            },
    );
  }

  /** Takes the phone's leg out of its mixer (and the mixer away with its last leg). Whether the phone was known. */
  #detach(connection: ConnectionId): boolean {
    const phone = this.#phones.get(connection);
    if (!phone) return false;
    const key = keyOf(phone.group);
    const mixer = this.#mixers.get(key);
    const leg = phone.leg;
    const wasReady = phone.ready;
    phone.leg = undefined;
    phone.ready = false;
    phone.generation++;
    if (mixer) {
      mixer.legs.delete(connection);
      if (leg)
        this.#quietly(
          mixer,
          'leave',
          connection,
          mixer.queue.run(async () => (await leg).leave()),
        );
      if (mixer.legs.size === 0) {
        this.#mixers.delete(key);
        this.#quietly(
          mixer,
          'mixer',
          undefined,
          mixer.queue.run(async () => (await mixer.mixer).destroy()),
        );
        if (mixer.feed) this.host.changed(undefined);
      }
    }
    if (wasReady) this.host.changed(phone.participantId);
    return true;
  }

  #mixerFor(group: string | null): Mixer {
    const key = keyOf(group);
    const existing = this.#mixers.get(key);
    if (existing) return existing;
    const generation = ++this.#generation;
    const label = `${this.ctx.roomId.slice(0, 6)} ${group === null ? 'main' : 'breakout'}`;
    const mixer: Mixer = {
      group,
      generation,
      mixer: this.host.mediaRoom().then((room) => room.createAudioMixer({ label })),
      feed: undefined,
      queue: new SerialQueue(),
      legs: new Set(),
      inputs: new Map(),
    };
    this.#mixers.set(key, mixer);
    this.ctx.spawn(
      mixer.mixer,
      (o: Outcome<AudioMixer>): MediaLoopback =>
        o.ok
          ? { type: 'mixerReady', group: key, generation, feed: o.value.phonesFeed }
          : { type: 'phoneMixFailed', group: key, generation, step: 'mixer', error: o.error },
    );
    return mixer;
  }

  /** Async mixer work whose success needs no answer; a failure is logged through a loopback. */
  #quietly(
    mixer: Mixer,
    step: 'input' | 'mute' | 'leave' | 'mixer',
    connection: ConnectionId | undefined,
    work: Promise<unknown>,
  ): void {
    this.ctx.spawn(work, (o: Outcome<unknown>): MediaLoopback | undefined =>
      o.ok
        ? undefined
        : {
            type: 'phoneMixFailed',
            group: keyOf(mixer.group),
            generation: mixer.generation,
            step,
            ...(connection === undefined ? {} : { connection }),
            error: o.error,
          },
    );
  }
}
