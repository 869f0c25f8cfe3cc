import type { PhoneEntryView } from '@plenum/protocol';
import type { InboundCall } from '../dialog/InboundCall.js';
import { DEFAULT_IVR_LIMITS } from '../ivr/IvrConfig.js';
import type { IvrAction, IvrInput, IvrTimer } from '../ivr/IvrEvents.js';
import { IvrMachine } from '../ivr/IvrMachine.js';
import type { PromptLibrary } from '../ivr/PromptLibrary.js';
import type { IvrLanguage, PromptRef } from '../ivr/promptTexts.js';
import type { CallMedia } from '../media/CallMedia.js';
import type { BridgeCodec } from '../media/PhoneTranscoder.js';
import type { EntryClient } from '../room/enterByPhone.js';
import { type RoomEnd, RoomLink, type RoomLinkEvents } from '../room/RoomLink.js';
import type { MediaConfig } from '../sdp/mediaConfig.js';
import type { NegotiatedAudio } from '../sdp/negotiatedAudio.js';
import { callerNumberOf } from './callerNumberOf.js';

export interface PhoneCallDeps {
  readonly prompts: PromptLibrary;
  readonly entry: EntryClient;
  readonly serverUrl: string;
  readonly language: IvrLanguage;
  /** The address the media server's leg sends the mix to (this gateway's bridge socket). */
  readonly bridgeAddress: string;
  /** What we put into our SDP: our RTP address and codecs; the port is the call's own. */
  readonly mediaConfig: (port: number) => MediaConfig;
  readonly log: (event: string, fields?: Record<string, unknown>) => void;
  /** The call is over and everything is released. */
  readonly onFinished: () => void;
}

/** The leg codec at the mixer: the caller's own G.711 passes through; anything else is transcoded to PCMU. */
function bridgeCodecOf(audio: NegotiatedAudio): BridgeCodec {
  return audio.codec.name === 'PCMA' ? 'pcma' : 'pcmu';
}

/**
 * One telephone call from answer to hang-up: the SIP dialog, its media path, the IVR that asks for conference number
 * and PIN, and the caller's participant in the meeting. It carries out what the IVR asks for (prompts, timers, the
 * lookup at the server, joining, *6 and *9) and tells the IVR what happens (keys from RTP or SIP INFO, the server's
 * answers, waiting room, admission, mute by a moderator, the end of the meeting).
 */
export class PhoneCall {
  readonly #call: InboundCall;
  readonly #media: CallMedia;
  readonly #d: PhoneCallDeps;
  readonly #ivr: IvrMachine;
  readonly #timers = new Map<IvrTimer, NodeJS.Timeout>();
  readonly #caller: string | null;
  #entry: PhoneEntryView | undefined;
  /** The digits the caller keyed in, kept for the call so a lost signalling connection can resume. */
  #keyed: { conferenceNumber: string; pin: string } | undefined;
  #room: RoomLink | undefined;
  #audio: NegotiatedAudio | undefined;
  /** Admitted to the meeting (not waiting): the caller's audio belongs in the mixer. */
  #inMeeting = false;
  /** Whether the caller talks now (the media path's level detector), also before they are in the meeting. */
  #talking = false;
  /** Grows with every play; a finished play that is no longer the current one reports nothing. */
  #playing = 0;
  #finished = false;

  constructor(call: InboundCall, media: CallMedia, deps: PhoneCallDeps) {
    this.#call = call;
    this.#media = media;
    this.#d = deps;
    this.#caller = callerNumberOf(call.caller);
    this.#ivr = new IvrMachine({ defaultLanguage: deps.language, ...DEFAULT_IVR_LIMITS });
  }

  /** Answers the call and starts the IVR; a call without usable audio is refused (488) and finished. */
  start(): void {
    const call = this.#call;
    call.onMedia = (audio) => this.#setAudio(audio);
    call.onDtmf = (digit) => this.#input({ type: 'digit', digit });
    call.onEnded = (reason) => {
      this.#d.log('call ended', { call: call.id, reason });
      this.#finish();
    };
    this.#media.onDigit = (digit) => this.#input({ type: 'digit', digit });
    // The speaking indicator in the meeting: browsers hear all callers as one mix and cannot tell who talks.
    this.#media.onTalking = (talking) => {
      this.#talking = talking;
      this.#room?.setTalking(talking);
    };
    const answer = call.answer(this.#d.mediaConfig(this.#media.phonePort));
    switch (answer.kind) {
      case 'answered':
        this.#setAudio(answer.audio);
        break;
      case 'offered':
        // Late offer: the audio comes with the ACK (onMedia); the IVR starts then.
        return;
      case 'rejected':
      case 'ended':
        this.#d.log('call not answered', { call: call.id, outcome: answer.kind });
        this.#finish();
        return;
    }
  }

  #setAudio(audio: NegotiatedAudio): void {
    const first = this.#audio === undefined;
    const codec = bridgeCodecOf(audio);
    const codecChanged = !first && bridgeCodecOf(this.#audio ?? audio) !== codec;
    if (first || codecChanged) this.#media.setBridge(null, codec);
    this.#audio = audio;
    // A re-INVITE switched between PCMA and PCMU: the mixer's leg must decode the other law, so it is joined anew.
    if (codecChanged && this.#inMeeting) this.#joinAudio();
    try {
      this.#media.setPhone(audio);
    } catch (error) {
      this.#d.log('call media refused', { call: this.#call.id, err: (error as Error).message });
      this.#call.hangup();
      return;
    }
    if (first) this.#input({ type: 'started' });
  }

  #input(input: IvrInput): void {
    if (this.#finished) return;
    for (const action of this.#ivr.handle(input)) this.#do(action);
  }

  #do(action: IvrAction): void {
    switch (action.type) {
      case 'play':
        this.#play(this.#pcmOf(action.prompts), false);
        return;
      case 'playHold':
        this.#play(this.#d.prompts.hold, true);
        return;
      case 'stopAudio':
        this.#playing++;
        this.#media.stopPlaying();
        return;
      case 'startTimer': {
        clearTimeout(this.#timers.get(action.timer));
        const { timer } = action;
        this.#timers.set(
          timer,
          setTimeout(() => {
            this.#timers.delete(timer);
            this.#input({ type: 'timeout', timer });
          }, action.ms),
        );
        return;
      }
      case 'cancelTimer':
        clearTimeout(this.#timers.get(action.timer));
        this.#timers.delete(action.timer);
        return;
      case 'lookup':
        this.#lookup(action.conferenceNumber, action.pin);
        return;
      case 'join':
        this.#join();
        return;
      case 'setLanguage':
        return;
      case 'toggleMute':
        this.#room?.setMuted(!this.#room.muted);
        return;
      case 'toggleHand':
        this.#room?.setHand(!this.#room.handRaised);
        return;
      case 'hangup':
        this.#d.log('call hung up by the gateway', { call: this.#call.id, reason: action.reason });
        this.#call.hangup();
        this.#finish();
        return;
    }
  }

  #play(pcm: Int16Array, loop: boolean): void {
    const token = ++this.#playing;
    void this.#media.play(pcm, { loop }).then((outcome) => {
      if (outcome === 'finished' && token === this.#playing) this.#input({ type: 'promptFinished' });
    });
  }

  /** The prompts one after the other, as one stretch of audio. */
  #pcmOf(prompts: readonly PromptRef[]): Int16Array {
    const parts = prompts.map((p) => this.#d.prompts.get(p.language, p.prompt));
    const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  #lookup(conferenceNumber: string, pin: string): void {
    this.#keyed = { conferenceNumber, pin };
    void this.#d.entry.enter({ conferenceNumber, pin, caller: this.#caller }).then((outcome) => {
      switch (outcome.kind) {
        case 'entered':
          this.#entry = outcome.entry;
          this.#input({ type: 'lookupResult', result: { outcome: 'ok', language: outcome.entry.language } });
          return;
        case 'wrongEntry':
          this.#keyed = undefined;
          this.#input({ type: 'lookupResult', result: { outcome: 'wrongEntry' } });
          return;
        case 'throttled':
        case 'banned':
          this.#input({ type: 'lookupResult', result: { outcome: 'throttled' } });
          return;
        case 'unavailable':
          this.#d.log('entry unavailable', { call: this.#call.id, reason: outcome.reason });
          this.#input({ type: 'lookupResult', result: { outcome: 'unavailable' } });
          return;
      }
    });
  }

  #join(): void {
    const entry = this.#entry;
    if (!entry) {
      this.#input({ type: 'joinFailed', reason: 'unavailable' });
      return;
    }
    const events: RoomLinkEvents = {
      admitted: () => {
        this.#inMeeting = true;
        this.#input({ type: 'admitted', recording: false });
        this.#joinAudio();
      },
      waiting: () => {
        this.#inMeeting = false;
        this.#input({ type: 'waiting' });
      },
      audioReady: (rtp) => {
        if (this.#audio) this.#media.setBridge(rtp, bridgeCodecOf(this.#audio));
      },
      mutedChanged: (muted, byModerator) =>
        this.#input(muted && byModerator ? { type: 'mutedByModerator' } : { type: 'muteChanged', muted }),
      unmuteRefused: () => this.#input({ type: 'muteChanged', muted: true }),
      handChanged: (raised) => this.#input({ type: 'handChanged', raised }),
      audioFailed: () => this.#input({ type: 'joinFailed', reason: 'unavailable' }),
      ended: (reason: RoomEnd) => this.#roomEnded(reason),
    };
    this.#room = new RoomLink(entry, {
      serverUrl: this.#d.serverUrl,
      events,
      renewTicket: () => this.#renew(),
      log: (event, fields) => this.#d.log(event, { call: this.#call.id, ...fields }),
    });
    // Someone who already talks as they come in is shown talking once their audio is in the meeting.
    this.#room.setTalking(this.#talking);
    this.#room.connect();
  }

  /** Asks for the caller's leg in the mixer, in the law the caller speaks (the answer is `audioReady`). */
  #joinAudio(): void {
    const audio = this.#audio;
    if (audio)
      this.#room?.joinAudio(bridgeCodecOf(audio), { host: this.#d.bridgeAddress, port: this.#media.bridgePort });
  }

  async #renew(): Promise<PhoneEntryView | undefined> {
    const keyed = this.#keyed;
    if (!keyed) return undefined;
    const outcome = await this.#d.entry.enter({ ...keyed, caller: this.#caller });
    return outcome.kind === 'entered' ? outcome.entry : undefined;
  }

  #roomEnded(reason: RoomEnd): void {
    this.#inMeeting = false;
    const audio = this.#audio;
    if (audio) this.#media.setBridge(null, bridgeCodecOf(audio));
    switch (reason) {
      case 'meetingEnded':
        this.#input({ type: 'meetingEnded' });
        return;
      case 'removed':
      case 'notAdmitted':
        this.#input({ type: 'removed' });
        return;
      case 'lost':
        this.#input({ type: 'joinFailed', reason: 'unavailable' });
        return;
      case 'left':
        return;
    }
  }

  /** Releases everything once: leaves the meeting, stops timers and closes the media. */
  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#room?.leave();
    this.#keyed = undefined;
    void this.#media.close().finally(() => this.#d.onFinished());
  }
}
