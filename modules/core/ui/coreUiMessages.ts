/** The strings the core UI needs; the app's catalogue supplies them in the current language. */
export interface CoreUiMessages {
  readonly participantsHeading: (count: number) => string;
  readonly you: string;
  readonly reconnecting: string;
  readonly roles: { readonly moderator: string; readonly participant: string; readonly guest: string };
  readonly phone: string;
  readonly closeParticipantList: string;
  /** The main room, as opposed to breakout rooms. */
  readonly mainRoom: string;
  /** A breakout room nothing else names (the module that opened it is off). */
  readonly otherRoom: string;
  /** Heading of one room's people while breakout rooms run: "Room 2 (3)"; `own`: the viewer is in it. */
  readonly roomHeading: (room: string, count: number, own: boolean) => string;
  /** For those who see only their own room: "4 more people are in other rooms." */
  readonly inOtherRooms: (count: number) => string;
}
