import type { MediaEvent, MediaRoom, Publisher, StreamRef, Subscriber, SubscriberOffer } from '@plenum/media';
import { MediaError, parseSdpMedia } from '@plenum/media';
import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import {
  defineModule,
  type Issuer,
  type ModuleContext,
  type ModuleInstance,
  type Outcome,
  type Participant,
  type ParticipantChange,
  type ParticipantUpdate,
  type RoomSettings,
} from '@plenum/room-kit';
import {
  type IceCandidate,
  type MediaProtocol,
  type MediaSource,
  type MediaState,
  mediaProtocol,
  mediaSources,
  type SubscribedStream,
} from '../protocol.js';
import {
  type ConnectionMedia,
  forgetPublisher,
  forgetSubscriber,
  newConnectionMedia,
  type PublishedSource,
  streamKey,
} from './ConnectionMedia.js';
import type { MediaLoopback, MediaStep } from './mediaLoopback.js';
import { type BrowserAudio, PhoneMixes } from './PhoneMixes.js';
import { PhoneTalking } from './PhoneTalking.js';

type Ctx = ModuleContext<MediaProtocol, MediaLoopback>;

const kindOf = (source: MediaSource): 'audio' | 'video' => (source === 'microphone' ? 'audio' : 'video');
const MAX_SUBSCRIPTION_RETRIES = 5;
const off = { published: false, muted: false };
/** What everyone is assumed to publish until told otherwise. */
const nothingPublished = JSON.stringify({ microphone: off, camera: off, screen: off });

/**
 * Publishing and subscribing through the media plane. Every connection publishes its own
 * tracks and is subscribed to every stream of every other participant; the module keeps the
 * subscriptions in step with what is published, one negotiation at a time per connection.
 * Mute state is per participant and source, and is enforced at the SFU.
 */
export class MediaModule implements ModuleInstance<MediaProtocol, MediaLoopback> {
  readonly #ctx: Ctx;
  readonly #settings: RoomSettings;
  readonly #connections = new Map<ConnectionId, ConnectionMedia>();
  readonly #feeds = new Map<string, ConnectionId>();
  readonly #muted = new Map<ParticipantId, Set<MediaSource>>();
  readonly #announced = new Map<ParticipantId, string>();
  readonly #inbox: (event: MediaLoopback) => void;
  #room: Promise<MediaRoom> | undefined;
  /** Grows with every media room made for this room; a `lost` of an older one's handles changes nothing. */
  #roomGeneration = 0;
  /** The generation whose loss was handled already. */
  #lostGeneration = 0;
  /** A pass over every subscription is queued (moves into breakout rooms come in bursts). */
  #reconcileAllQueued = false;
  /** Telephone callers' audio: a mixer per group with phones (ADR 0011). */
  readonly #phones: PhoneMixes;
  /** Telephone callers' speaking indicator: the mix cannot tell them apart, the gateway can. */
  readonly #talking: PhoneTalking;

  constructor(ctx: Ctx, settings: RoomSettings) {
    this.#ctx = ctx;
    this.#settings = settings;
    this.#inbox = ctx.inbox();
    this.#phones = new PhoneMixes(ctx, {
      mediaRoom: () => this.#mediaRoom(),
      browserAudio: (group) => this.#browserAudio(group),
      changed: (participantId) => {
        if (participantId === undefined) {
          for (const connection of this.#connections.keys()) this.#reconcile(connection);
          return;
        }
        this.#talking.refresh(participantId);
        this.#publicationsChanged(participantId);
        const participant = this.#ctx.participant(participantId);
        if (participant) this.#enforce(participant);
      },
    });
    this.#talking = new PhoneTalking(ctx, {
      heard: (participantId) => this.#phones.hasAudio(participantId),
      muted: (participantId) => this.#muted.get(participantId)?.has('microphone') ?? false,
    });
  }

  // ---- lifecycle --------------------------------------------------------------------------

  onConnect(connection: ConnectionId, participant: Participant): JoinStateOf<MediaProtocol> {
    this.#connections.set(connection, newConnectionMedia(participant.id));
    this.#reconcile(connection);
    const participants: Record<string, MediaState> = {};
    for (const p of this.#ctx.participants()) participants[p.id] = this.#stateOf(p.id);
    return { participants, talking: this.#talking.talkingIn(participant.group) };
  }

  onDisconnect(connection: ConnectionId): void {
    const media = this.#connections.get(connection);
    if (!media) return;
    this.#connections.delete(connection);
    this.#phones.drop(connection);
    this.#dropPublisher(connection, media);
    this.#dropSubscriber(connection, media);
    this.#publicationsChanged(media.participantId);
  }

  /** A moderator muted them: their microphone is silenced at the SFU (they may unmute unless restricted). */
  onForceMute(participant: Participant): boolean {
    return this.#applyMuted(participant.id, 'microphone', true);
  }

  /** Moved callers stop talking before their audio follows them (their old group must hear of it). */
  onParticipantsUpdated(updates: readonly ParticipantUpdate[]): void {
    this.#talking.regrouped(updates);
    for (const { participant, change } of updates) this.#participantUpdated(participant, change);
  }

  #participantUpdated(participant: Participant, change: ParticipantChange): void {
    if (change.permissions) this.#enforce(participant);
    if (change.group !== undefined) this.#phones.moved(participant.id, participant.group);
    // Breakout groups: everyone's subscriptions change when someone moves. One pass after the burst of moves
    // (opening 100 rooms moves 249 people in one turn), not one per move.
    if (change.group !== undefined && !this.#reconcileAllQueued) {
      this.#reconcileAllQueued = true;
      this.#inbox({ type: 'reconcileAll' });
    }
  }

  onLeave(participant: Participant): void {
    this.#muted.delete(participant.id);
    this.#announced.delete(participant.id);
    this.#talking.forget(participant.id);
  }

  onClose(): Promise<void> | undefined {
    const room = this.#room;
    this.#room = undefined;
    const mixers = this.#phones.closeAll();
    for (const [connection, media] of this.#connections) {
      this.#dropPublisher(connection, media);
      this.#dropSubscriber(connection, media);
    }
    this.#connections.clear();
    return room?.then(
      async (r) => {
        await mixers;
        await r.destroy();
      },
      () => undefined,
    );
  }

  // ---- commands ---------------------------------------------------------------------------

  onCommand(command: CommandOf<MediaProtocol>, from: Issuer): void {
    const media = this.#connections.get(from.connectionId);
    if (!media) throw new Error('command from a connection the media module does not know');
    switch (command.action) {
      case 'publish':
        this.#publish(from, media, command.sdp, command.tracks);
        break;
      case 'unpublish':
        this.#unpublish(from.connectionId, media);
        break;
      case 'setMuted':
        this.#setMuted(from.participant, command.source, command.muted);
        break;
      case 'trickle':
        this.#trickle(from.connectionId, media, command.target, command.candidate);
        break;
      case 'subscriberAnswer':
        this.#answer(from, media, command.sdp);
        break;
      case 'resubscribe':
        this.#resubscribe(from.connectionId, media);
        break;
      case 'joinPhoneAudio': {
        const { participant } = from;
        if (participant.kind !== 'phone') this.#ctx.reject({ error: 'notAPhone' });
        const muted =
          !participant.permissions.microphone || (this.#muted.get(participant.id)?.has('microphone') ?? false);
        this.#phones.join(from.connectionId, participant.id, participant.group, command.codec, command.rtp, muted);
        break;
      }
      case 'phoneTalking':
        if (from.participant.kind !== 'phone') this.#ctx.reject({ error: 'notAPhone' });
        this.#talking.report(from.participant.id, command.talking);
        break;
      default:
        assertNever(command);
    }
  }

  #publish(
    from: Issuer,
    media: ConnectionMedia,
    sdp: string,
    tracks: readonly { mid: string; source: MediaSource }[],
  ): void {
    if (!from.participant.permissions.screen && tracks.some((t) => t.source === 'screen')) {
      this.#ctx.reject({ error: 'screenShareNotAllowed' });
    }
    const sections = parseSdpMedia(sdp);
    for (const t of tracks) {
      const m = sections.find((s) => s.mid === t.mid);
      const sending = m !== undefined && m.port !== 0 && (m.direction === 'sendonly' || m.direction === 'sendrecv');
      if (!sending || m.kind !== kindOf(t.source)) this.#ctx.reject({ error: 'unknownMid', mid: t.mid });
    }
    const connection = from.connectionId;
    const sources = new Map(tracks.map((t) => [t.mid, t.source]));
    const publisher = this.#publisherOf(connection, media);
    const handle = media.pubHandle;
    this.#ctx.spawn(
      media.pubQueue.run(async () => {
        const p = await publisher;
        const result = await p.negotiate(sdp);
        return { feedId: p.feedId, ...result };
      }),
      (o): MediaLoopback =>
        o.ok
          ? { type: 'published', connection, handle, commandId: from.commandId, sources, ...o.value }
          : { type: 'failed', connection, handle, step: 'publish', commandId: from.commandId, error: o.error },
    );
  }

  #unpublish(connection: ConnectionId, media: ConnectionMedia): void {
    if (!media.publisher) return;
    this.#dropPublisher(connection, media);
    this.#publicationsChanged(media.participantId);
  }

  /** A fresh subscriber for this connection (its old one failed, e.g. ICE): a new offer follows. */
  #resubscribe(connection: ConnectionId, media: ConnectionMedia): void {
    this.#dropSubscriber(connection, media);
    this.#reconcile(connection);
  }

  #setMuted(participant: Participant, source: MediaSource, muted: boolean): void {
    if (!this.#publishing(participant.id, source).length && !this.#phoneMicrophone(participant.id, source)) {
      this.#ctx.reject({ error: 'notPublished', source });
    }
    if (!muted && source === 'microphone' && !participant.permissions.microphone) {
      this.#ctx.reject({ error: 'microphoneRestricted' });
    }
    this.#applyMuted(participant.id, source, muted);
  }

  #publishing(participantId: ParticipantId, source: MediaSource): [ConnectionId, ConnectionMedia][] {
    return [...this.#connections.entries()].filter(
      ([, m]) => m.participantId === participantId && [...m.published.values()].some((s) => s.source === source),
    );
  }

  /**
   * Mutes or unmutes at the SFU (every connection that publishes the source) and tells everyone. Returns whether the
   * state changed (false: nothing published, or already so).
   */
  #applyMuted(participantId: ParticipantId, source: MediaSource, muted: boolean): boolean {
    const publishing = this.#publishing(participantId, source);
    const phone = this.#phoneMicrophone(participantId, source);
    if (publishing.length === 0 && !phone) return false;
    if (phone) this.#phones.setMuted(participantId, muted);
    const set = this.#muted.get(participantId) ?? new Set<MediaSource>();
    const changed = set.has(source) !== muted;
    if (muted) set.add(source);
    else set.delete(source);
    this.#muted.set(participantId, set);
    for (const [connection, m] of publishing) {
      const publisher = m.publisher;
      if (!publisher) continue;
      const mids = [...m.published.entries()].filter(([, s]) => s.source === source).map(([mid]) => mid);
      this.#quietly(
        connection,
        m.pubHandle,
        'gate',
        m.pubQueue.run(async () => {
          const p = await publisher;
          for (const mid of mids) await p.setStreamActive(mid, !muted);
          if (!muted && kindOf(source) === 'video') await p.requestKeyframe();
        }),
      );
    }
    this.#announce(participantId);
    if (source === 'microphone') this.#talking.refresh(participantId);
    // An open browser microphone is heard by the group's phones; a muted one is taken out of their mix.
    if (changed && source === 'microphone') this.#phones.reconcileInputs();
    return changed;
  }

  /** Whether `source` is the microphone of a telephone caller whose audio has joined. */
  #phoneMicrophone(participantId: ParticipantId, source: MediaSource): boolean {
    return source === 'microphone' && this.#phones.hasAudio(participantId);
  }

  /** The open (published, connected, unmuted) browser microphones of a group, for its phones to hear. */
  #browserAudio(group: string | null): BrowserAudio[] {
    const out: BrowserAudio[] = [];
    for (const [connection, m] of this.#connections) {
      const participant = this.#ctx.participant(m.participantId);
      if (!participant || participant.kind === 'phone' || participant.group !== group) continue;
      if (!m.publisher || !m.publisherUp || this.#muted.get(m.participantId)?.has('microphone')) continue;
      for (const [mid, s] of m.published) {
        if (s.source === 'microphone') out.push({ connection, publisher: m.publisher, mid });
      }
    }
    return out;
  }

  #trickle(
    connection: ConnectionId,
    media: ConnectionMedia,
    target: 'publisher' | 'subscriber',
    candidate: IceCandidate | null,
  ): void {
    const handle = target === 'publisher' ? media.publisher : media.subscriber;
    if (!handle) this.#ctx.reject(target === 'subscriber' ? { error: 'noSubscription' } : { error: 'noPublisher' });
    const [queue, generation] =
      target === 'publisher' ? [media.pubQueue, media.pubHandle] : [media.subQueue, media.subHandle];
    this.#quietly(
      connection,
      generation,
      'trickle',
      queue.run(async () => (await handle).trickle(candidate)),
    );
  }

  #answer(from: Issuer, media: ConnectionMedia, sdp: string): void {
    const subscriber = media.subscriber;
    if (!media.awaitingAnswer || !subscriber) this.#ctx.reject({ error: 'noSubscription' });
    media.awaitingAnswer = false;
    const connection = from.connectionId;
    const handle = media.subHandle;
    this.#ctx.spawn(
      media.subQueue.run(async () => (await subscriber).answer(sdp)),
      (o): MediaLoopback =>
        o.ok
          ? { type: 'answered', connection, handle }
          : { type: 'failed', connection, handle, step: 'answer', commandId: from.commandId, error: o.error },
    );
  }

  // ---- loopbacks --------------------------------------------------------------------------

  onLoopback(event: MediaLoopback): void {
    if (event.type === 'reconcileAll') {
      this.#reconcileAllQueued = false;
      for (const connection of this.#connections.keys()) this.#reconcile(connection);
      this.#phones.reconcileInputs();
      return;
    }
    if (event.type === 'roomLost') {
      this.#roomLost(event.room);
      return;
    }
    if (event.type === 'talkingDue') {
      this.#talking.due(event.participantId);
      return;
    }
    if (event.type === 'mixerReady' || event.type === 'phoneLegReady' || event.type === 'phoneMixFailed') {
      this.#phones.onLoopback(event);
      return;
    }
    const media = this.#connections.get(event.connection);
    if (!media) {
      if (event.type === 'failed') this.#logFailure(event);
      return;
    }
    const current = (role: 'publisher' | 'subscriber') =>
      event.handle === (role === 'publisher' ? media.pubHandle : media.subHandle);
    switch (event.type) {
      case 'published':
        if (current('publisher')) this.#published(event, media);
        return;
      case 'subscriptionUpdated':
        if (current('subscriber')) this.#subscriptionUpdated(event, media);
        return;
      case 'answered':
        if (current('subscriber')) this.#subscriptionStepDone(event.connection, media);
        return;
      case 'retrySubscription':
        if (current('subscriber') && !media.subBusy) this.#reconcile(event.connection);
        return;
      case 'failed':
        this.#logFailure(event);
        if (current(event.step === 'publish' ? 'publisher' : 'subscriber')) this.#failed(event, media);
        return;
      case 'mediaEvent':
        if (current(event.role)) this.#mediaEvent(event, media);
        return;
      default:
        assertNever(event);
    }
  }

  #published(event: Extract<MediaLoopback, { type: 'published' }>, media: ConnectionMedia): void {
    media.feedId = event.feedId;
    this.#feeds.set(event.feedId, event.connection);
    const published = new Map<string, PublishedSource>();
    for (const s of event.streams) {
      const source = event.sources.get(s.mid);
      if (source && kindOf(source) === s.kind) published.set(s.mid, { source, kind: s.kind });
    }
    media.published = published;
    this.#ctx.send({ connection: event.connection }, { event: 'publishAnswer', sdp: event.answer });
    this.#publicationsChanged(media.participantId);
    const participant = this.#ctx.participant(media.participantId);
    if (participant) this.#enforce(participant);
  }

  /**
   * Makes the SFU follow the participant's permissions: a restricted microphone stays muted, and a screen share
   * without permission is no longer forwarded (the sharer is told to stop it).
   */
  #enforce(participant: Participant): void {
    if (!participant.permissions.microphone && !this.#muted.get(participant.id)?.has('microphone')) {
      this.#applyMuted(participant.id, 'microphone', true);
    }
    if (participant.permissions.screen) return;
    let revoked = false;
    for (const [connection, m] of this.#publishing(participant.id, 'screen')) {
      const mids = [...m.published.entries()].filter(([, s]) => s.source === 'screen').map(([mid]) => mid);
      for (const mid of mids) m.published.delete(mid);
      const publisher = m.publisher;
      if (publisher) {
        this.#quietly(
          connection,
          m.pubHandle,
          'gate',
          m.pubQueue.run(async () => {
            const p = await publisher;
            for (const mid of mids) await p.setStreamActive(mid, false);
          }),
        );
      }
      this.#ctx.send({ connection }, { event: 'screenShareRevoked' });
      revoked = true;
    }
    if (revoked) this.#publicationsChanged(participant.id);
  }

  #subscriptionUpdated(event: Extract<MediaLoopback, { type: 'subscriptionUpdated' }>, media: ConnectionMedia): void {
    for (const r of event.remove) media.subscribed.delete(streamKey(r));
    for (const r of event.add) media.subscribed.set(streamKey(r), r);
    media.subRetries = 0;
    if (!event.offer) {
      this.#subscriptionStepDone(event.connection, media);
      return;
    }
    media.awaitingAnswer = true;
    this.#ctx.send(
      { connection: event.connection },
      {
        event: 'subscriberOffer',
        sdp: event.offer.sdp,
        streams: this.#describe(event.offer),
        generation: media.subHandle,
      },
    );
  }

  #mediaEvent(event: Extract<MediaLoopback, { type: 'mediaEvent' }>, media: ConnectionMedia): void {
    const { type } = event.event;
    if (type !== 'mediaFlow') {
      this.#ctx.log.info({ connection: event.connection, role: event.role, mediaEvent: type }, 'media event');
    }
    if (type === 'lost') this.#roomLost(event.room);
    if (event.role === 'subscriber') {
      if (type === 'lost') {
        this.#dropSubscriber(event.connection, media);
        this.#ctx.sendError(event.connection, { error: 'mediaUnavailable' });
      }
      return;
    }
    switch (type) {
      case 'webrtcUp':
      case 'hangup':
        media.publisherUp = type === 'webrtcUp';
        for (const connection of this.#connections.keys()) this.#reconcile(connection);
        this.#phones.reconcileInputs();
        return;
      case 'lost':
        this.#dropPublisher(event.connection, media);
        this.#publicationsChanged(media.participantId);
        this.#ctx.sendError(event.connection, { error: 'mediaUnavailable' });
        return;
      case 'mediaFlow':
      case 'slowLink':
        return;
      default:
        assertNever(type);
    }
  }

  #logFailure(event: Extract<MediaLoopback, { type: 'failed' }>): void {
    const kind = event.error instanceof MediaError ? event.error.kind : 'internal';
    this.#ctx.log.warn({ connection: event.connection, step: event.step, kind, err: event.error }, 'media step failed');
    if (kind === 'unavailable') this.#room = undefined;
  }

  #failed(event: Extract<MediaLoopback, { type: 'failed' }>, media: ConnectionMedia): void {
    const kind = event.error instanceof MediaError ? event.error.kind : 'internal';
    switch (event.step) {
      case 'publish':
        if (kind === 'unavailable' || kind === 'notFound') this.#dropPublisher(event.connection, media);
        this.#ctx.sendError(
          event.connection,
          kind === 'unavailable' ? { error: 'mediaUnavailable' } : { error: 'negotiationFailed', target: 'publisher' },
          event.commandId,
        );
        return;
      case 'subscribe':
        media.subBusy = false;
        if (kind === 'unavailable') this.#dropSubscriber(event.connection, media);
        if (media.subRetries++ < MAX_SUBSCRIPTION_RETRIES) {
          this.#ctx.after(1000 * media.subRetries, {
            type: 'retrySubscription',
            connection: event.connection,
            handle: media.subHandle,
          });
        } else {
          this.#ctx.sendError(event.connection, { error: 'mediaUnavailable' });
        }
        return;
      case 'answer':
        this.#ctx.sendError(event.connection, { error: 'negotiationFailed', target: 'subscriber' }, event.commandId);
        this.#subscriptionStepDone(event.connection, media);
        return;
      case 'trickle':
      case 'gate':
      case 'close':
        return;
      default:
        assertNever(event.step);
    }
  }

  // ---- subscriptions ----------------------------------------------------------------------

  /** Brings one connection's subscription in step with what the others publish. */
  #reconcile(connection: ConnectionId): void {
    const media = this.#connections.get(connection);
    if (!media) return;
    if (media.subBusy) {
      media.subDirty = true;
      return;
    }
    const self = this.#ctx.participant(media.participantId);
    // Phones never receive video, and hear the group through their mixer, not through a subscriber.
    if (self?.kind === 'phone') return;
    const wanted = new Map<string, StreamRef>();
    const group = self?.group ?? null;
    const phonesFeed = this.#phones.feedFor(group);
    if (phonesFeed) wanted.set(streamKey(phonesFeed), phonesFeed);
    for (const other of this.#connections.values()) {
      if (other.participantId === media.participantId || !other.feedId || !other.publisherUp) continue;
      // People see and hear only those in their own group (the main room, or one breakout room).
      if ((this.#ctx.participant(other.participantId)?.group ?? null) !== group) continue;
      for (const mid of other.published.keys()) {
        const ref = { feedId: other.feedId, feedMid: mid };
        wanted.set(streamKey(ref), ref);
      }
    }
    const add = [...wanted].filter(([k]) => !media.subscribed.has(k)).map(([, r]) => r);
    const remove = [...media.subscribed].filter(([k]) => !wanted.has(k)).map(([, r]) => r);
    if (add.length === 0 && remove.length === 0) return;
    media.subBusy = true;
    media.subDirty = false;
    const subscriber = this.#subscriberOf(connection, media);
    const handle = media.subHandle;
    this.#ctx.spawn(
      media.subQueue.run(async () => (await subscriber).update({ add, remove })),
      (o): MediaLoopback =>
        o.ok
          ? { type: 'subscriptionUpdated', connection, handle, offer: o.value, add, remove }
          : { type: 'failed', connection, handle, step: 'subscribe', commandId: undefined, error: o.error },
    );
  }

  #subscriptionStepDone(connection: ConnectionId, media: ConnectionMedia): void {
    media.subBusy = false;
    media.awaitingAnswer = false;
    if (media.subDirty) {
      media.subDirty = false;
      this.#reconcile(connection);
    }
  }

  /** Tells the client whose track each m-line of its subscriber carries. */
  #describe(offer: SubscriberOffer): SubscribedStream[] {
    const out: SubscribedStream[] = [];
    for (const s of offer.streams) {
      if (this.#phones.isPhonesFeed(s.feedId)) {
        out.push({ mid: s.mid, participantId: null, source: 'microphone', kind: 'audio' });
        continue;
      }
      const owner = this.#feeds.get(s.feedId);
      const publisher = owner ? this.#connections.get(owner) : undefined;
      const published = publisher?.published.get(s.feedMid);
      if (!publisher || !published) continue;
      out.push({ mid: s.mid, participantId: publisher.participantId, source: published.source, kind: published.kind });
    }
    return out;
  }

  // ---- state ------------------------------------------------------------------------------

  /** What one participant publishes changed: tell everyone, and update every subscription. */
  #publicationsChanged(participantId: ParticipantId): void {
    const state = this.#stateOf(participantId);
    const muted = this.#muted.get(participantId);
    if (muted) for (const source of mediaSources) if (!state[source].published) muted.delete(source);
    this.#announce(participantId);
    for (const connection of this.#connections.keys()) this.#reconcile(connection);
    this.#phones.reconcileInputs();
  }

  #announce(participantId: ParticipantId): void {
    if (!this.#ctx.participant(participantId)) return;
    const media = this.#stateOf(participantId);
    const key = JSON.stringify(media);
    if ((this.#announced.get(participantId) ?? nothingPublished) === key) return;
    this.#announced.set(participantId, key);
    this.#ctx.broadcast({ event: 'mediaStateChanged', participantId, media });
  }

  #stateOf(participantId: ParticipantId): MediaState {
    const published = new Set<MediaSource>();
    for (const m of this.#connections.values()) {
      if (m.participantId !== participantId) continue;
      for (const s of m.published.values()) published.add(s.source);
    }
    if (this.#phones.hasAudio(participantId)) published.add('microphone');
    const muted = this.#muted.get(participantId);
    const one = (source: MediaSource) => ({ published: published.has(source), muted: muted?.has(source) ?? false });
    return { microphone: one('microphone'), camera: one('camera'), screen: one('screen') };
  }

  // ---- SFU handles ------------------------------------------------------------------------

  #mediaRoom(): Promise<MediaRoom> {
    if (!this.#room) {
      const room = ++this.#roomGeneration;
      this.#room = this.#ctx.ports.media.createRoom({
        label: `room ${this.#ctx.roomId.slice(0, 6)}`,
        maxPublishers: this.#settings.maxParticipants * 2,
        onLost: () => this.#inbox({ type: 'roomLost', room }),
      });
    }
    return this.#room;
  }

  /**
   * The SFU lost the media room with everything in it (it restarted): the next publisher or subscriber gets a fresh
   * room, and the phones' mixers are rebuilt in it (their callers keep their calls). The browsers rebuild their peer
   * connections on their own once these fail; the old room is only released here. Told by the room itself and by
   * each of its members: only the first word about the current room counts.
   */
  #roomLost(generation: number): void {
    if (generation !== this.#roomGeneration || this.#lostGeneration === generation) return;
    this.#lostGeneration = generation;
    const old = this.#room;
    this.#room = undefined;
    this.#ctx.log.warn({ generation: this.#roomGeneration }, 'media room lost at the SFU, rebuilding');
    if (old)
      this.#ctx.spawn(
        old.then((room) => room.destroy()),
        () => undefined,
      );
    this.#phones.rebuild();
  }

  #publisherOf(connection: ConnectionId, media: ConnectionMedia): Promise<Publisher> {
    if (media.publisher) return media.publisher;
    const room = this.#mediaRoom();
    const onEvent = this.#listener(connection, 'publisher', media.pubHandle);
    media.publisher = room.then((r) => r.createPublisher({ label: connection, onEvent }));
    return media.publisher;
  }

  #subscriberOf(connection: ConnectionId, media: ConnectionMedia): Promise<Subscriber> {
    if (media.subscriber) return media.subscriber;
    const room = this.#mediaRoom();
    const onEvent = this.#listener(connection, 'subscriber', media.subHandle);
    media.subscriber = room.then((r) => r.createSubscriber({ label: connection, onEvent }));
    return media.subscriber;
  }

  /** Routes a handle's SFU events into the room, marked with the handle's and its media room's generation. */
  #listener(connection: ConnectionId, role: 'publisher' | 'subscriber', handle: number) {
    const room = this.#roomGeneration;
    return (event: MediaEvent) => this.#inbox({ type: 'mediaEvent', connection, role, handle, room, event });
  }

  /** Forgets the connection's publisher and closes it at the SFU once its queued steps ran. */
  #dropPublisher(connection: ConnectionId, media: ConnectionMedia): void {
    const publisher = media.publisher;
    if (media.feedId) this.#feeds.delete(media.feedId);
    forgetPublisher(media);
    if (!publisher) return;
    this.#quietly(
      connection,
      media.pubHandle,
      'close',
      media.pubQueue.run(async () => (await publisher).close()),
    );
  }

  /** Forgets the connection's subscriber and closes it at the SFU once its queued steps ran. */
  #dropSubscriber(connection: ConnectionId, media: ConnectionMedia): void {
    const subscriber = media.subscriber;
    forgetSubscriber(media);
    if (!subscriber) return;
    this.#quietly(
      connection,
      media.subHandle,
      'close',
      media.subQueue.run(async () => (await subscriber).close()),
    );
  }

  /** Async SFU work whose success needs no answer; a failure is logged through a loopback. */
  #quietly(connection: ConnectionId, handle: number, step: MediaStep, work: Promise<unknown>): void {
    this.#ctx.spawn(work, (o: Outcome<unknown>): MediaLoopback | undefined =>
      o.ok ? undefined : { type: 'failed', connection, handle, step, commandId: undefined, error: o.error },
    );
  }
}

export const mediaModule = defineModule<MediaProtocol, MediaLoopback>({
  protocol: mediaProtocol,
  init: (ctx, settings) => new MediaModule(ctx, settings),
});
