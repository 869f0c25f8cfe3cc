import type { EventOf, JoinStateOf, ParticipantId } from '@plenum/protocol';
import { type MediaProtocol, type MediaState, mediaProtocol } from '../protocol.js';

export type MediaEvent = EventOf<MediaProtocol>;
export type MediaJoinState = JoinStateOf<MediaProtocol>;

/** What every participant publishes, as last told by the server, keyed by participant id. */
export interface MediaRoomState {
  readonly participants: Readonly<Record<string, MediaState>>;
  /**
   * The telephone callers of this client's group who talk right now, in the order they started (the server's
   * `talkingChanged`; browsers cannot measure them, since all phones arrive as one mixed stream).
   */
  readonly talking: readonly string[];
}

export type MediaAction =
  /** The `modules.media` part of a core `joined` (fresh or resumed): replaces everything. */
  | { readonly type: 'joined'; readonly state: MediaJoinState }
  | { readonly type: 'event'; readonly event: MediaEvent }
  /** A core `participantLeft`: forget their media. */
  | { readonly type: 'participantLeft'; readonly participantId: ParticipantId };

export const initialMediaRoomState: MediaRoomState = { participants: {}, talking: [] };

/** The state of someone who publishes nothing. */
export const nothingPublished: MediaState = {
  microphone: { published: false, muted: false },
  camera: { published: false, muted: false },
  screen: { published: false, muted: false },
};

/**
 * Pure reducer of the media module's room-wide state. Negotiation events (`publishAnswer`,
 * `subscriberOffer`) carry no room state and leave it untouched; the peer-connection classes
 * handle them. Returns the same object when nothing changed.
 */
export function mediaReducer(state: MediaRoomState, action: MediaAction): MediaRoomState {
  switch (action.type) {
    case 'joined':
      return { participants: { ...action.state.participants }, talking: [...action.state.talking] };
    case 'participantLeft': {
      const id = action.participantId;
      const known = Object.hasOwn(state.participants, id);
      if (!known && !state.talking.includes(id)) return state;
      const { [id]: _gone, ...rest } = state.participants;
      return { participants: known ? rest : state.participants, talking: state.talking.filter((t) => t !== id) };
    }
    case 'event':
      switch (action.event.event) {
        case 'mediaStateChanged':
          return {
            ...state,
            participants: { ...state.participants, [action.event.participantId]: action.event.media },
          };
        case 'talkingChanged': {
          const { participantId, talking } = action.event;
          if (state.talking.includes(participantId) === talking) return state;
          return {
            ...state,
            talking: talking ? [...state.talking, participantId] : state.talking.filter((t) => t !== participantId),
          };
        }
        case 'publishAnswer':
        case 'subscriberOffer':
        case 'screenShareRevoked':
        case 'phoneAudioReady':
          return state;
      }
  }
}

/** The media state of one participant; someone the server never mentioned publishes nothing. */
export function mediaStateOf(state: MediaRoomState, participantId: string): MediaState {
  return (Object.hasOwn(state.participants, participantId) && state.participants[participantId]) || nothingPublished;
}

/**
 * Extracts the media join state from a core `joined` event's `modules` map. Returns null when
 * the media module is off for this room or its state does not parse (then media stays off).
 */
export function parseMediaJoinState(modules: Readonly<Record<string, unknown>>): MediaJoinState | null {
  const parsed = mediaProtocol.joinState.safeParse(modules[mediaProtocol.ns]);
  return parsed.success ? parsed.data : null;
}

/** True when a source is published and not muted: the camera is showing, the mic is live. */
export function isLive(media: MediaState, source: keyof MediaState): boolean {
  return media[source].published && !media[source].muted;
}
