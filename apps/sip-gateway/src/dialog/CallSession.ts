import { randomBytes, randomInt } from 'node:crypto';
import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import { parseInfoDtmf } from '../rtp/infoDtmf.js';
import { answerOffer } from '../sdp/answerOffer.js';
import { buildOffer } from '../sdp/buildOffer.js';
import {
  classifyRemoteSdp,
  createLocalSdpSession,
  type LocalSdpSession,
  stampLocalSdp,
} from '../sdp/localSdpSession.js';
import { localAddressFor, type MediaConfig, offerAddressType } from '../sdp/mediaConfig.js';
import type { NegotiatedAudio } from '../sdp/negotiatedAudio.js';
import { formatWarningHeader, type SipWarning } from '../sdp/offerRejection.js';
import { readAnswer } from '../sdp/readAnswer.js';
import type { SdpDraft } from '../sdp/sdpDraft.js';
import type { SdpAddressType, SdpOrigin, SessionDescription } from '../sdp/sdpTypes.js';
import type { ResponseOptions } from '../sip/buildResponse.js';
import { getMinSe, getSessionExpires } from '../sip/deltaSeconds.js';
import type { SipHeader, SipResponse } from '../sip/SipMessage.js';
import type { Clock, TimerHandle } from '../transport/Clock.js';
import type { NonInviteClientTransaction } from '../transport/NonInviteClientTransaction.js';
import type { InviteRequest, ServerRequest, SipAck } from '../transport/ServerTransactionLayer.js';
import type { Dialog } from './Dialog.js';
import type { AnswerResult, CallEndReason, InboundCall } from './InboundCall.js';
import { readSdpBody } from './sdpBody.js';
import {
  negotiateSessionTimer,
  type SessionTimerDecision,
  type SessionTimerPolicy,
  sessionTimerDelayMs,
  sessionTimerHeaders,
} from './sessionTimer.js';

/** What a call needs from its user agent. */
export interface CallEnvironment {
  readonly clock: Clock;
  /** Contact, Allow, Supported and Server for our responses; Contact, Allow, Supported, User-Agent for requests. */
  readonly responseHeaders: readonly SipHeader[];
  readonly requestHeaders: readonly SipHeader[];
  readonly sessionTimers: SessionTimerPolicy;
  /** host:port for Warning headers. */
  readonly warningAgent: string;
  /** Sends an in-dialog request to the dialog's next hop. */
  send(request: ReturnType<Dialog['request']>, dialog: Dialog): NonInviteClientTransaction;
  log(event: string): void;
  /** The call has ended; the user agent forgets it. */
  ended(call: CallSession): void;
}

type Phase = 'offering' | 'answered' | 'confirmed' | 'ended';

export interface CallIdentity {
  readonly caller: string | null;
  readonly dialled: string | null;
  readonly offer: SessionDescription | null;
  /** Whether the INVITE's Allow lists UPDATE: then we can refresh the session ourselves. */
  readonly peerAllowsUpdate: boolean;
}

const dtmfAccept: SipHeader = { name: 'Accept', value: 'application/dtmf-relay, application/dtmf' };
const sdpAccept: SipHeader = { name: 'Accept', value: 'application/sdp' };

/**
 * One inbound call: the UAS side of an INVITE dialog (RFC 3261 §13–15), its offer/answer (RFC 3264, re-INVITE and
 * UPDATE per RFC 6337), and its session timer (RFC 4028). The user agent routes requests here after matching the
 * dialog and checking the CSeq; everything here runs synchronously, and callbacks that throw are logged.
 */
export class CallSession implements InboundCall {
  readonly id = randomBytes(12).toString('base64url');
  readonly caller: string | null;
  readonly dialled: string | null;
  readonly offer: SessionDescription | null;
  onMedia: (audio: NegotiatedAudio) => void = () => {};
  onDtmf: (digit: DtmfDigit) => void = () => {};
  onEnded: (reason: CallEndReason) => void = () => {};

  private phase: Phase = 'offering';
  private media: MediaConfig | undefined;
  private local: LocalSdpSession | undefined;
  private remoteOrigin: SdpOrigin | undefined;
  private audio: NegotiatedAudio | undefined;
  /** What we last sent, as a draft (for the next offer) and as text (repeated for an unchanged offer). */
  private lastSent: { readonly draft: SdpDraft; readonly text: string } | undefined;
  /** Our offer in a 2xx, waiting for the answer in the ACK. */
  private pendingOffer: SdpDraft | undefined;
  private hangupAfterAck = false;
  /** CSeq numbers of INVITEs we answered with 2xx whose ACK has not come yet. */
  private readonly unacknowledged = new Set<number>();
  private timer: TimerHandle | undefined;
  private readonly peerAllowsUpdate: boolean;
  /** The BYE or refresh we sent last; `stop()` waits for it. */
  private lastRequest: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dialog: Dialog,
    private readonly invite: InviteRequest,
    identity: CallIdentity,
    private timerDecision: SessionTimerDecision,
    private readonly env: CallEnvironment,
  ) {
    this.caller = identity.caller;
    this.dialled = identity.dialled;
    this.offer = identity.offer;
    this.peerAllowsUpdate = identity.peerAllowsUpdate;
    invite.onCancel = () => this.end('cancelled');
  }

  get ended(): boolean {
    return this.phase === 'ended';
  }

  /** Settles when the last request we sent in this dialog (a BYE, say) has its outcome. */
  get settled(): Promise<unknown> {
    return this.lastRequest;
  }

  ringing(): void {
    if (this.phase === 'offering') this.invite.respond(180, { headers: this.env.responseHeaders });
  }

  answer(media: MediaConfig): AnswerResult {
    if (this.phase !== 'offering') return { kind: 'ended' };
    this.media = media;
    this.local = createLocalSdpSession({
      sessionId: `${randomInt(1, 2 ** 47)}`,
      addressType: this.ourAddressType(media),
      address: localAddressFor(media, this.ourAddressType(media)) ?? '',
    });
    if (this.offer === null) {
      const draft = buildOffer(media);
      this.pendingOffer = draft;
      this.sendAnswer(this.invite, draft, this.timerDecision);
      this.phase = 'answered';
      this.startSessionTimer();
      return { kind: 'offered' };
    }
    const answered = answerOffer(this.offer, media);
    if (!answered.ok) {
      this.invite.respond(488, { headers: [this.warning(answered.error.warning)] });
      this.end('rejected');
      return { kind: 'rejected', rejection: answered.error };
    }
    this.remoteOrigin = this.offer.origin;
    this.audio = answered.value.audio;
    this.sendAnswer(this.invite, answered.value.answer, this.timerDecision);
    this.phase = 'answered';
    this.startSessionTimer();
    return { kind: 'answered', audio: answered.value.audio };
  }

  reject(status: number): void {
    if (this.phase !== 'offering' || status < 300 || status > 699 || !Number.isInteger(status)) return;
    this.invite.respond(status);
    this.end('rejected');
  }

  hangup(): void {
    if (this.phase === 'offering') {
      this.invite.respond(487);
      this.end('localBye');
    } else if (this.phase === 'answered') this.hangupAfterAck = true;
    else if (this.phase === 'confirmed') this.bye('localBye');
  }

  /** The user agent is stopping: BYE when answered, 480 before; the end is reported as `shutdown`. */
  shutdown(): void {
    if (this.phase === 'offering') {
      this.invite.respond(480);
      this.end('shutdown');
    } else if (this.phase !== 'ended') this.bye('shutdown');
  }

  /** The first ACK for a 2xx of this dialog (initial INVITE or re-INVITE); it may carry the answer to our offer. */
  acknowledged(ack: SipAck): void {
    if (this.phase === 'ended' || !this.unacknowledged.delete(ack.core.cseq.seq)) return;
    if (this.phase === 'answered') this.phase = 'confirmed';
    const offered = this.pendingOffer;
    if (offered !== undefined && this.media !== undefined) {
      this.pendingOffer = undefined;
      const body = readSdpBody(ack.request.body, ack.core);
      const audio = body.kind === 'sdp' ? readAnswer(offered, body.sdp, this.media) : undefined;
      if (body.kind !== 'sdp' || audio === undefined || !audio.ok) {
        this.env.log(`call ${this.id}: unusable answer in ACK`);
        this.bye('mediaFailed');
        return;
      }
      this.remoteOrigin = body.sdp.origin;
      this.audio = audio.value;
      this.notify(() => this.onMedia(audio.value));
    }
    if (this.hangupAfterAck && this.phase === 'confirmed') this.bye('localBye');
  }

  /**
   * Timer H fired for the INVITE with this CSeq. After our 2xx that means the peer is gone (RFC 3261 §13.3.1.4);
   * after a non-2xx (a refused re-INVITE) the call goes on.
   */
  ackTimedOut(seq: number): void {
    if (this.unacknowledged.delete(seq)) this.bye('ackTimeout');
  }

  /** A re-INVITE: the CSeq has been checked by the user agent. */
  reinvite(invite: InviteRequest): void {
    if (this.phase === 'ended') return void invite.respond(481);
    if (this.phase === 'offering') {
      // RFC 3261 §14.2: an INVITE is still pending on this dialog.
      return void invite.respond(500, { headers: [{ name: 'Retry-After', value: `${randomInt(0, 11)}` }] });
    }
    if (this.pendingOffer !== undefined) return void invite.respond(491);
    this.dialog.refreshTarget(invite.request);
    this.offerInDialog(invite, invite.request.body, invite.core, true);
  }

  /** UPDATE (RFC 3311): a session refresh without a body, or a new offer answered like a re-INVITE. */
  update(request: ServerRequest): void {
    if (this.phase === 'ended') return void request.respond(481);
    this.dialog.refreshTarget(request.request);
    if (request.request.body.byteLength > 0) {
      if (this.phase === 'offering') {
        return void request.respond(500, { headers: [{ name: 'Retry-After', value: `${randomInt(0, 11)}` }] });
      }
      if (this.pendingOffer !== undefined) return void request.respond(491);
    }
    this.offerInDialog(request, request.request.body, request.core, false);
  }

  /** INFO: DTMF by application/dtmf-relay or application/dtmf; an empty INFO (a keepalive of some PBXs) gets 200. */
  info(request: ServerRequest): void {
    const { body } = request.request;
    if (body.byteLength === 0) return void request.respond(200);
    const contentType = request.core.contentType;
    const typeText = contentType === undefined ? '' : `${contentType.type}/${contentType.subtype}`;
    const dtmf = parseInfoDtmf(typeText, Buffer.from(body).toString('utf8'));
    if (!dtmf.ok) {
      if (dtmf.error === 'unsupported_content_type') return void request.respond(415, { headers: [dtmfAccept] });
      return void request.respond(400, { reason: 'Bad DTMF Body' });
    }
    request.respond(200);
    if (this.phase !== 'ended') this.notify(() => this.onDtmf(dtmf.value.digit));
  }

  /** BYE from the caller: 200, and 487 to the INVITE when it was still unanswered. */
  byeReceived(request: ServerRequest): void {
    request.respond(200);
    if (this.phase === 'offering') this.invite.respond(487);
    this.end('remoteBye');
  }

  /**
   * A target refresh with an offer, or without (then the 2xx carries our offer and the answer comes in the ACK;
   * for UPDATE, which has no ACK, a bodiless request is only a session refresh). An offer we cannot take gets 488
   * and the call goes on as it was (RFC 3261 §14.2); an unchanged offer (same o= version, e.g. a session refresh by
   * re-INVITE) gets the previous answer again and no `onMedia`.
   */
  private offerInDialog(
    request: ServerRequest,
    bodyBytes: Uint8Array,
    core: ServerRequest['core'],
    isInvite: boolean,
  ): void {
    const media = this.media;
    if (media === undefined) return void request.respond(500);
    const decision = negotiateSessionTimer(request.request, this.env.sessionTimers, this.peerAllowsUpdate);
    if (!decision.ok) return void request.respond(400, { reason: decision.error });
    if (decision.value.kind === 'tooSmall') {
      return void request.respond(422, { headers: sessionTimerHeaders(decision.value) });
    }
    const body = readSdpBody(bodyBytes, core);
    if (body.kind === 'unsupported') return void request.respond(415, { headers: [sdpAccept] });
    if (body.kind === 'malformed') return void request.respond(400, { headers: [this.warning(body.warning)] });
    if (body.kind === 'none') {
      if (isInvite) {
        const draft = buildOffer(media, this.current());
        this.pendingOffer = draft;
        this.sendAnswer(request, draft, decision.value);
      } else this.sendAnswer(request, undefined, decision.value);
      this.timerDecision = decision.value;
      this.startSessionTimer();
      return;
    }
    const change = classifyRemoteSdp(this.remoteOrigin, body.sdp.origin);
    if (change === 'unchanged' && this.lastSent !== undefined) {
      this.sendAnswer(request, this.lastSent.draft, decision.value);
    } else {
      const answered = answerOffer(body.sdp, media);
      if (!answered.ok) return void request.respond(488, { headers: [this.warning(answered.error.warning)] });
      this.remoteOrigin = body.sdp.origin;
      this.audio = answered.value.audio;
      this.sendAnswer(request, answered.value.answer, decision.value);
      this.notify(() => this.onMedia(answered.value.audio));
    }
    this.timerDecision = decision.value;
    this.startSessionTimer();
  }

  /** 2xx with our SDP (when there is a draft), Contact, Allow, Supported, Server and the session-timer headers. */
  private sendAnswer(request: ServerRequest, draft: SdpDraft | undefined, decision: SessionTimerDecision): void {
    const headers = [...this.env.responseHeaders, ...sessionTimerHeaders(decision)];
    const options: ResponseOptions = { headers };
    if (draft !== undefined && this.local !== undefined) {
      const stamped = stampLocalSdp(this.local, draft);
      this.local = stamped.session;
      this.lastSent = { draft, text: stamped.text };
      headers.push({ name: 'Content-Type', value: 'application/sdp' });
      request.respond(200, { ...options, body: Buffer.from(stamped.text) });
    } else request.respond(200, options);
    if (request.request.method === 'INVITE') this.unacknowledged.add(request.core.cseq.seq);
  }

  private current(): { lastSent: SdpDraft; audio: NegotiatedAudio } | undefined {
    if (this.lastSent === undefined || this.audio === undefined) return undefined;
    return { lastSent: this.lastSent.draft, audio: this.audio };
  }

  private ourAddressType(media: MediaConfig): SdpAddressType {
    const offered = this.offer?.connection?.addressType ?? this.offer?.media[0]?.connection?.addressType;
    return offerAddressType(media, offered);
  }

  /**
   * RFC 4028: when the caller refreshes, a missing refresh ends the call with BYE shortly before the interval is
   * over; when we refresh, an UPDATE goes out at half the interval.
   */
  private startSessionTimer(): void {
    this.timer?.cancel();
    this.timer = undefined;
    const decision = this.timerDecision;
    if (decision.kind !== 'on' || this.phase === 'ended') return;
    this.timer = this.env.clock.setTimer(sessionTimerDelayMs(decision), () => {
      this.timer = undefined;
      if (decision.refresher === 'uac') this.bye('sessionExpired');
      else this.refresh(decision.seconds, true);
    });
  }

  /** Our session refresh: UPDATE without SDP; a 422 is retried once with the peer's Min-SE. */
  private refresh(seconds: number, retryOn422: boolean): void {
    if (this.phase === 'ended') return;
    const request = this.dialog.request('UPDATE', [
      ...this.env.requestHeaders,
      { name: 'Session-Expires', value: `${seconds};refresher=uas` },
    ]);
    const outcome = this.env.send(request, this.dialog).outcome;
    this.lastRequest = outcome;
    void outcome.then((result) => {
      if (this.phase === 'ended') return;
      const response = result.kind === 'response' ? result.response : undefined;
      if (response !== undefined && response.status >= 200 && response.status < 300) {
        this.timerDecision = this.refreshedDecision(response, seconds);
        this.startSessionTimer();
        return;
      }
      const minSe = response?.status === 422 ? getMinSe(response) : undefined;
      if (retryOn422 && minSe?.ok && minSe.value !== undefined) {
        this.refresh(Math.max(minSe.value, seconds), false);
        return;
      }
      const gone = response === undefined || response.status === 408 || response.status === 481;
      this.bye(gone ? 'transportError' : 'sessionExpired');
    });
  }

  private refreshedDecision(response: SipResponse, asked: number): SessionTimerDecision {
    const granted = getSessionExpires(response);
    if (granted.ok && granted.value === undefined) return { kind: 'off' };
    const seconds = granted.ok && granted.value !== undefined ? granted.value.seconds : asked;
    const refresher = granted.ok && granted.value?.refresher === 'uac' ? 'uac' : 'uas';
    return { kind: 'on', seconds, refresher, require: true };
  }

  private bye(reason: CallEndReason): void {
    if (this.phase === 'ended') return;
    const request = this.dialog.request('BYE', this.env.requestHeaders);
    const outcome = this.env.send(request, this.dialog).outcome;
    this.lastRequest = outcome;
    void outcome.then((result) => {
      const status = result.kind === 'response' ? result.response.status : result.kind;
      this.env.log(`call ${this.id}: BYE answered ${status}`);
    });
    this.end(reason);
  }

  private warning(warning: SipWarning): SipHeader {
    return { name: 'Warning', value: formatWarningHeader(warning, this.env.warningAgent) };
  }

  private end(reason: CallEndReason): void {
    if (this.phase === 'ended') return;
    this.phase = 'ended';
    this.timer?.cancel();
    this.timer = undefined;
    this.env.ended(this);
    this.env.log(`call ${this.id} ended: ${reason}`);
    this.notify(() => this.onEnded(reason));
  }

  private notify(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.env.log(`call ${this.id}: listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
