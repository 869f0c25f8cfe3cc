import type { WaitingRoomPolicy } from '../protocol.js';

/** The strings the lobby UI needs; the app's catalogue supplies them in the current language. */
export interface LobbyUiMessages {
  /** Panel heading with the number of people waiting. */
  readonly heading: (count: number) => string;
  readonly close: string;
  /** Legend of the policy choice and one label per policy. */
  readonly policyLegend: string;
  readonly policies: Readonly<Record<WaitingRoomPolicy, string>>;
  /**
   * Under the policy while the room's guest access is "through the waiting room": guests with a link wait whatever is
   * chosen here, and where that is set.
   */
  readonly guestLinksWaitHint: string;
  readonly nobodyWaiting: string;
  readonly admit: string;
  readonly reject: string;
  readonly admitAll: string;
  readonly guest: string;
  readonly participant: string;
  readonly phone: string;
  /** "waiting since 10:32"; `since` is milliseconds since the epoch. */
  readonly waitingSince: (since: number) => string;
  readonly sentBack: string;
}
