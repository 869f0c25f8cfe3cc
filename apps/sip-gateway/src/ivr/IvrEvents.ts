import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import type { IvrLanguage, PromptRef } from './promptTexts.js';

/**
 * The timers the IVR asks its host for. The host keeps at most one per name: `startTimer` (re)starts it,
 * `cancelTimer` stops it, and a timer that was stopped or restarted never reports its old timeout.
 */
export type IvrTimer =
  /** Waiting for the next key of an entry; at its end an entry with digits counts as finished, an empty one is asked again. */
  | 'interDigit'
  /** No key at all for this long while the caller should be keying in: goodbye. */
  | 'noInput'
  /** The whole entry, all attempts together: keys alone (e.g. `*` again and again) cannot hold a line for ever. */
  | 'entryDeadline'
  /** The server has not answered the lookup or the join. */
  | 'response'
  /** The window after `*` in the meeting in which the next key is a command. */
  | 'starKey'
  /** Safety net: hang up even if the last prompt never reports its end. */
  | 'closing';

/** What the server said about a conference number and PIN. */
export type LookupResult =
  /** `language`: the tenant's language, used unless the caller picked one; null when it is not one the IVR speaks. */
  | { readonly outcome: 'ok'; readonly language: IvrLanguage | null }
  /** Wrong number or wrong PIN: deliberately not told apart. */
  | { readonly outcome: 'wrongEntry' }
  /** Too many failures from this caller lately. */
  | { readonly outcome: 'throttled' }
  /** The server could not be asked or failed. */
  | { readonly outcome: 'unavailable' };

/** Everything that happens to a call, as the IVR sees it. */
export type IvrInput =
  /** The call was answered and audio flows. */
  | { readonly type: 'started' }
  | { readonly type: 'digit'; readonly digit: DtmfDigit }
  /** The last `play` ran to its end (a play replaced or stopped reports nothing). */
  | { readonly type: 'promptFinished' }
  | { readonly type: 'timeout'; readonly timer: IvrTimer }
  | { readonly type: 'lookupResult'; readonly result: LookupResult }
  /** After `join`: the caller is in the room's waiting room (or was sent back there). */
  | { readonly type: 'waiting' }
  /** After `join` or from the waiting room: the caller is in the meeting; `recording` when a recording runs. */
  | { readonly type: 'admitted'; readonly recording: boolean }
  | { readonly type: 'joinFailed'; readonly reason: 'meetingFull' | 'unavailable' }
  /** A moderator muted the caller. */
  | { readonly type: 'mutedByModerator' }
  /** The answer to the caller's own `toggleMute`. */
  | { readonly type: 'muteChanged'; readonly muted: boolean }
  /** The answer to `toggleHand`, or a moderator lowered the hand. */
  | { readonly type: 'handChanged'; readonly raised: boolean }
  | { readonly type: 'recordingStarted' }
  | { readonly type: 'meetingEnded' }
  /** A moderator removed the caller from the meeting. */
  | { readonly type: 'removed' };

export type HangupReason =
  | 'noInput'
  | 'entryDeadline'
  | 'wrongEntry'
  | 'throttled'
  | 'unavailable'
  | 'meetingFull'
  | 'meetingEnded'
  | 'removed';

/** What the IVR wants done, in order. */
export type IvrAction =
  /**
   * Play the prompts one after the other, replacing whatever is playing. `interruptible`: a key press stops it
   * (the IVR then sends `stopAudio` itself).
   */
  | { readonly type: 'play'; readonly prompts: readonly PromptRef[]; readonly interruptible: boolean }
  /** Loop the hold audio until the next `play` or `stopAudio`. */
  | { readonly type: 'playHold' }
  /** Stop the prompt or hold audio: in the meeting the caller hears the room again. */
  | { readonly type: 'stopAudio' }
  | { readonly type: 'startTimer'; readonly timer: IvrTimer; readonly ms: number }
  | { readonly type: 'cancelTimer'; readonly timer: IvrTimer }
  /** Ask the server (`POST /v1/sip/calls`); answer with `lookupResult`. Never log the digits. */
  | { readonly type: 'lookup'; readonly conferenceNumber: string; readonly pin: string }
  /** Join the room with the ticket the lookup gave; answer with `waiting`, `admitted` or `joinFailed`. */
  | { readonly type: 'join' }
  /** The caller's language changed (their choice, or the tenant's after the lookup). */
  | { readonly type: 'setLanguage'; readonly language: IvrLanguage }
  | { readonly type: 'toggleMute' }
  | { readonly type: 'toggleHand' }
  | { readonly type: 'hangup'; readonly reason: HangupReason };
