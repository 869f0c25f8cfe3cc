import { RoomDialInView } from '@plenum/protocol';
import { ApiFailure, createHttpClient, type HttpClient } from './http.js';

/** A room's telephone dial-in as its owner sees it: off, or on with conference number, PIN and the number to call. */
export type DialIn = RoomDialInView;

/** Dial-in that is on: what a caller needs. */
export type EnabledDialIn = Extract<DialIn, { readonly enabled: true }>;

/**
 * Why a dial-in request failed, in the owner's terms. `featureDisabled`: the organisation (tenant) does not offer
 * telephone dial-in; `roomNotFound`: the room is gone or not this person's; `notEnabled`: "new PIN and number" for a
 * room whose dial-in was turned off meanwhile; `signedOut`, `network`, `other` as everywhere.
 */
export type DialInProblem = 'featureDisabled' | 'roomNotFound' | 'notEnabled' | 'signedOut' | 'network' | 'other';

/** Reads a failed dial-in request as a {@link DialInProblem}. */
export function dialInProblemOf(error: unknown): DialInProblem {
  if (!(error instanceof ApiFailure)) return 'other';
  switch (error.code) {
    case 'featureDisabled':
      return 'featureDisabled';
    case 'roomNotFound':
      return 'roomNotFound';
    case 'notFound':
      return 'notEnabled';
    case 'unauthenticated':
      return 'signedOut';
    case 'network':
      return 'network';
    default:
      return error.status === 401 ? 'signedOut' : 'other';
  }
}

const sipPath = (roomId: string) => `/v1/rooms/${encodeURIComponent(roomId)}/sip`;

/**
 * A room's telephone dial-in (`/v1/rooms/{roomId}/sip`, owner only). Everything but `disable` answers 403
 * `featureDisabled` while the tenant does not offer dial-in; `disable` always works, so an owner can withdraw a number
 * and PIN after the organisation dropped the feature. Failures are thrown as {@link ApiFailure}; read them with
 * {@link dialInProblemOf}.
 */
export function createDialInApi(http: HttpClient = createHttpClient()) {
  return {
    get(roomId: string): Promise<DialIn> {
      return http.request(sipPath(roomId), RoomDialInView);
    },
    /** Turns dial-in on; idempotent (a room that has it keeps its numbers). */
    enable(roomId: string): Promise<DialIn> {
      return http.request(sipPath(roomId), RoomDialInView, { method: 'PUT' });
    },
    /** New conference number and PIN; the old ones stop working at once. 404 `notFound` when dial-in is off. */
    regenerate(roomId: string): Promise<DialIn> {
      return http.request(`${sipPath(roomId)}/regenerate`, RoomDialInView, { method: 'POST' });
    },
    /** Turns dial-in off and withdraws number and PIN; idempotent. */
    disable(roomId: string): Promise<void> {
      return http.requestNoContent(sipPath(roomId), { method: 'DELETE' });
    },
  };
}

export type DialInApi = ReturnType<typeof createDialInApi>;
