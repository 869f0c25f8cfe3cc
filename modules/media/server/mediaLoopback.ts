import type { MediaEvent, PublishedStream, RtpAddress, StreamRef, SubscriberOffer } from '@plenum/media';
import type { ConnectionId, ParticipantId } from '@plenum/protocol';
import type { MediaSource } from '../protocol.js';

/** SFU steps whose failure comes back to the module. */
export type MediaStep = 'publish' | 'subscribe' | 'answer' | 'trickle' | 'gate' | 'close';

/** Steps of the phones' audio mixers (ADR 0011) whose results come back to the module. */
export type PhoneMixLoopback =
  /** A group's mixer exists: its phones feed can be subscribed. */
  | { type: 'mixerReady'; group: string; generation: number; feed: StreamRef }
  /** A phone's leg joined the mixer: tell the gateway where to send. */
  | { type: 'phoneLegReady'; connection: ConnectionId; generation: number; rtp: RtpAddress }
  | {
      type: 'phoneMixFailed';
      group: string;
      generation: number;
      step: 'mixer' | 'leg' | 'input' | 'mute' | 'leave';
      connection?: ConnectionId;
      error: unknown;
    };

/**
 * What comes back to the media module from async SFU work and SFU events. `handle` is the
 * generation of the publisher or subscriber the result belongs to.
 */
export type MediaLoopback =
  | PhoneMixLoopback
  | {
      type: 'published';
      connection: ConnectionId;
      handle: number;
      commandId: string | undefined;
      feedId: string;
      answer: string;
      streams: readonly PublishedStream[];
      sources: ReadonlyMap<string, MediaSource>;
    }
  | {
      type: 'subscriptionUpdated';
      connection: ConnectionId;
      handle: number;
      offer: SubscriberOffer | null;
      add: StreamRef[];
      remove: StreamRef[];
    }
  | { type: 'answered'; connection: ConnectionId; handle: number }
  /** Bring every connection's subscription in step (queued once after a burst of group moves). */
  | { type: 'reconcileAll' }
  /** A telephone caller's talking change that the pace held back is due. */
  | { type: 'talkingDue'; participantId: ParticipantId }
  | { type: 'retrySubscription'; connection: ConnectionId; handle: number }
  | {
      type: 'failed';
      connection: ConnectionId;
      handle: number;
      step: MediaStep;
      commandId: string | undefined;
      error: unknown;
    }
  /** The SFU lost the media room of this generation (it restarted), whether or not it had members to report it. */
  | { type: 'roomLost'; room: number }
  | {
      type: 'mediaEvent';
      connection: ConnectionId;
      role: 'publisher' | 'subscriber';
      handle: number;
      /** The generation of the media room the handle was made in. */
      room: number;
      event: MediaEvent;
    };
