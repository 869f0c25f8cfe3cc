import { parseFrame } from '@plenum/module-core/client';
import { type CoreProtocol, coreProtocol, type ResumeTicket } from '@plenum/module-core/protocol';
import { type MediaProtocol, mediaProtocol, type RtpAddress } from '@plenum/module-media/protocol';
import { raiseHandsProtocol } from '@plenum/module-raise-hands/protocol';
import type { EventOf, PhoneEntryView } from '@plenum/protocol';
import WebSocket from 'ws';

/** Why a caller's time in the meeting ended, as far as the meeting is concerned. */
export type RoomEnd =
  | 'meetingEnded'
  /** A moderator removed (kicked or banned) the caller. */
  | 'removed'
  /** A moderator turned the waiting caller away. */
  | 'notAdmitted'
  /** The connection to the server is gone and could not be resumed. */
  | 'lost'
  /** The gateway left (the caller hung up). */
  | 'left';

/** What the call learns about its participant in the meeting. */
export interface RoomLinkEvents {
  /** In the waiting room until a moderator admits them. */
  waiting(): void;
  /** In the meeting (at first, after waiting, and after a resumed connection): ask for audio now. */
  admitted(): void;
  /** Where to send the caller's audio (again after a move to a breakout room). */
  audioReady(rtp: RtpAddress): void;
  /** The caller's microphone was muted or unmuted; `byModerator` when the gateway did not ask for it. */
  mutedChanged(muted: boolean, byModerator: boolean): void;
  /** Unmuting was refused: a moderator restricted microphones. */
  unmuteRefused(): void;
  handChanged(raised: boolean): void;
  /** The media server could not bring the audio in. */
  audioFailed(): void;
  ended(reason: RoomEnd): void;
}

export interface RoomLinkOptions {
  /** `http(s)://…` of the server; the signalling socket uses the same host. */
  readonly serverUrl: string;
  readonly events: RoomLinkEvents;
  /** Fetches a fresh ticket to resume after a lost connection (the entry is checked again). */
  readonly renewTicket: () => Promise<PhoneEntryView | undefined>;
  readonly log?: (event: string, fields?: Record<string, unknown>) => void;
  readonly createSocket?: (url: string) => WebSocket;
}

/**
 * One caller's participant in the meeting: the signalling connection the gateway holds for the call, in the same
 * protocol a browser speaks (DESIGN.md: the gateway joins as a `phone` participant over signalling). It joins with the
 * ticket from `POST /v1/sip/calls`, follows the waiting room, mute, hand and removal, and sends what the caller's keys
 * ask for. A dropped connection is resumed within the server's grace period with a fresh ticket.
 */
export class RoomLink {
  readonly #o: RoomLinkOptions;
  readonly #roomId: string;
  #ticket: string;
  #socket: WebSocket | undefined;
  #self: string | undefined;
  #resume: ResumeTicket | undefined;
  #graceMs = 0;
  #muted = false;
  /** The mute state the gateway asked for last and has not seen yet. */
  #asked: boolean | undefined;
  #hand = false;
  /** Whether the caller talks, as the call's audio level says. */
  #talking = false;
  /** The call's audio is in the meeting (`phoneAudioReady` since the last join): talking is worth telling. */
  #heard = false;
  #ended = false;
  #lostAt: number | undefined;

  constructor(entry: PhoneEntryView, options: RoomLinkOptions) {
    this.#o = options;
    this.#roomId = entry.roomId;
    this.#ticket = entry.ticket;
  }

  get muted(): boolean {
    return this.#muted;
  }

  get handRaised(): boolean {
    return this.#hand;
  }

  /** Opens the signalling connection and joins. */
  connect(): void {
    const url = `${this.#o.serverUrl.replace(/^http/, 'ws').replace(/\/$/, '')}/v1/rooms/${this.#roomId}/signaling`;
    const socket = this.#o.createSocket?.(url) ?? new WebSocket(url);
    this.#socket = socket;
    socket.on('open', () => {
      this.#send({
        ns: 'core',
        action: 'join',
        displayName: 'Phone',
        ticket: this.#ticket,
        ...(this.#resume ? { resume: this.#resume } : {}),
      });
    });
    socket.on('message', (data) => this.#receive(String(data)));
    socket.on('error', (error) => this.#o.log?.('signalling error', { err: error.message }));
    socket.on('close', () => {
      if (this.#socket === socket) this.#lost();
    });
  }

  /** Asks for the caller's audio leg; the answer is `audioReady`. */
  joinAudio(codec: 'pcmu' | 'pcma', rtp: RtpAddress): void {
    this.#send({ ns: 'media', action: 'joinPhoneAudio', codec, rtp });
  }

  setMuted(muted: boolean): void {
    this.#asked = muted;
    this.#send({ ns: 'media', action: 'setMuted', source: 'microphone', muted });
  }

  /**
   * The caller started or stopped talking (the gateway's level detector, with hysteresis). Told to the meeting only
   * while the call's audio is in it; the server forgets it with every new audio leg (resume, breakout room), so it is
   * told again when the leg is ready.
   */
  setTalking(talking: boolean): void {
    if (talking === this.#talking) return;
    this.#talking = talking;
    if (this.#heard) this.#send({ ns: 'media', action: 'phoneTalking', talking });
  }

  setHand(raised: boolean): void {
    this.#send({ ns: raiseHandsProtocol.ns, action: raised ? 'raise' : 'lower' });
  }

  /** The caller hung up: leave the meeting and close. Idempotent. */
  leave(): void {
    if (this.#ended) return;
    this.#send({ ns: 'core', action: 'leave' });
    this.#end('left');
  }

  #receive(text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    const core = parseFrame(coreProtocol, frame);
    if (core?.kind === 'event') {
      this.#core(core.event);
      return;
    }
    if (core?.kind === 'error') {
      this.#o.log?.('core error', { error: core.error.error });
      return;
    }
    const media = parseFrame(mediaProtocol, frame);
    if (media?.kind === 'event') {
      this.#media(media.event);
      return;
    }
    if (media?.kind === 'error') {
      if (media.error.error === 'microphoneRestricted') {
        this.#asked = undefined;
        this.#o.events.unmuteRefused();
      } else if (media.error.error === 'mediaUnavailable') this.#o.events.audioFailed();
      else this.#o.log?.('media error', { error: media.error.error });
      return;
    }
    const hands = parseFrame(raiseHandsProtocol, frame);
    if (hands?.kind === 'event') {
      const e = hands.event;
      if (e.event === 'handRaised' && e.hand.participantId === this.#self) this.#setHand(true);
      else if (e.event === 'handLowered' && e.participantId === this.#self) this.#setHand(false);
      else if (e.event === 'allLowered') this.#setHand(false);
      return;
    }
    if (frame !== null && typeof frame === 'object' && (frame as { ns?: unknown }).ns === 'signaling') {
      this.#o.log?.('signalling refusal', { error: String((frame as { error?: unknown }).error) });
    }
  }

  #core(event: EventOf<CoreProtocol>): void {
    switch (event.event) {
      case 'joined':
        this.#heard = false;
        this.#self = event.participantId;
        this.#resume = event.resume;
        this.#graceMs = event.reconnectGraceSeconds * 1000;
        this.#lostAt = undefined;
        this.#o.events.admitted();
        return;
      case 'waiting':
        this.#heard = false;
        this.#self = event.participantId;
        this.#o.events.waiting();
        return;
      case 'notAdmitted':
        this.#end('notAdmitted');
        return;
      case 'removed':
        this.#end(event.reason === 'meetingEnded' ? 'meetingEnded' : 'removed');
        return;
      default:
        return;
    }
  }

  #media(event: EventOf<MediaProtocol>): void {
    if (event.event === 'phoneAudioReady') {
      this.#o.events.audioReady(event.rtp);
      this.#heard = true;
      if (this.#talking) this.#send({ ns: 'media', action: 'phoneTalking', talking: true });
      return;
    }
    if (event.event !== 'mediaStateChanged' || event.participantId !== this.#self) return;
    const muted = event.media.microphone.muted;
    if (muted === this.#muted) return;
    this.#muted = muted;
    const byModerator = this.#asked !== muted;
    this.#asked = undefined;
    this.#o.events.mutedChanged(muted, byModerator);
  }

  #setHand(raised: boolean): void {
    if (raised === this.#hand) return;
    this.#hand = raised;
    this.#o.events.handChanged(raised);
  }

  /** The socket closed without the meeting ending: resume with a fresh ticket while the grace period lasts. */
  #lost(): void {
    this.#socket = undefined;
    this.#heard = false;
    if (this.#ended) return;
    const now = Date.now();
    this.#lostAt ??= now;
    if (!this.#resume || now - this.#lostAt > this.#graceMs) {
      this.#end('lost');
      return;
    }
    setTimeout(() => {
      if (this.#ended) return;
      this.#o
        .renewTicket()
        .then((entry) => {
          if (this.#ended) return;
          if (!entry) {
            this.#end('lost');
            return;
          }
          this.#ticket = entry.ticket;
          this.connect();
        })
        .catch(() => this.#end('lost'));
    }, 500);
  }

  #end(reason: RoomEnd): void {
    if (this.#ended) return;
    this.#ended = true;
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.close(1000);
    this.#o.events.ended(reason);
  }

  #send(frame: Record<string, unknown>): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(frame));
  }
}
