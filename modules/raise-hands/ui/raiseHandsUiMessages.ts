/** The strings the raise-hands components need, in the current language. */
export interface RaiseHandsUiMessages {
  /** Name of a hand badge on a tile or in the participant list. */
  readonly handRaised: string;
  /** The same for moderators, with the place in the queue. */
  readonly handRaisedInQueue: (position: number) => string;
  readonly noHands: string;
  readonly switchedOff: string;
  /** Per person in the queue; described by their name. */
  readonly lower: string;
  readonly lowerAll: string;
  /** "raised at 10:32"; `raisedAt` is milliseconds since the epoch. */
  readonly raisedAt: (raisedAt: number) => string;
  /** Names the list of the other rooms with hands up (moderators, while breakout rooms run). */
  readonly elsewhereHeading: string;
  /** One room of that list: "Room 2: 1 hand raised". */
  readonly handsIn: (room: string, count: number) => string;
}
