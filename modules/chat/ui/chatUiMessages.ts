/** The words of the chat panel in one language. */
export interface ChatUiMessages {
  /** Panel heading. */
  readonly heading: string;
  readonly close: string;
  /** Label of the conversation switcher and its two groups of options. */
  readonly conversation: string;
  readonly conversationsGroup: string;
  readonly writePrivatelyGroup: string;
  /** The room conversation's name in the switcher: everyone in the main room, or in this breakout room. */
  readonly everyone: string;
  readonly everyoneInRoom: string;
  /** A guest's or moderator's name as the switcher shows it. */
  readonly asGuest: (name: string) => string;
  readonly asModerator: (name: string) => string;
  /** In a breakout room: its chat goes when the rooms close. */
  readonly breakoutNotice: string;
  /** A switcher option with unread messages. */
  readonly withUnread: (name: string, count: number) => string;
  /** Accessible names of the message list. */
  readonly roomLog: string;
  readonly breakoutLog: string;
  readonly privateLog: (name: string) => string;
  readonly noMessages: string;
  /** Shown while the reader is scrolled up and new messages arrived below; goes to them. */
  readonly newMessages: string;
  /** The sender name shown for this client's own messages. */
  readonly you: string;
  /** Shown for a name that is not known (should not happen). */
  readonly unknown: string;
  /** Time of a message; `at` is milliseconds since the epoch. */
  readonly time: (at: number) => string;
  /** Date and time of a message from an earlier meeting. */
  readonly dateTime: (at: number) => string;
  /** Headings that part kept messages of earlier meetings from this meeting's. */
  readonly earlierMeetings: string;
  readonly thisMeeting: string;
  /** Under the heading in the main room when the tenant keeps chat: what is kept, and for how long. */
  readonly keptNotice: (days: number) => string;
  /** Labels of the message input. */
  readonly inputRoom: string;
  readonly inputBreakout: string;
  readonly inputPrivate: (name: string) => string;
  readonly inputHint: string;
  readonly send: string;
  /** The counter under the input as shown ("120 / 2000"), and as screen readers read it with the input. */
  readonly counter: (count: number, max: number) => string;
  readonly characterCount: (count: number, max: number) => string;
  /** Said politely when typing pauses near the limit, and once it is reached (the input takes no more). */
  readonly charactersLeft: (count: number) => string;
  readonly limitReached: (max: number) => string;
  /** Under the input when a message was held back to keep the pace: it stays in the input. */
  readonly paced: (seconds: number) => string;
  /** Instead of the input for participants, and as a note for moderators, while chat is switched off. */
  readonly switchedOff: string;
  readonly switchedOffModerator: string;
  /** Instead of the input when the partner of a private conversation is gone or elsewhere. */
  readonly partnerUnavailable: (name: string) => string;
  /** Clearing the history (moderators). */
  readonly clear: string;
  readonly clearQuestion: string;
  readonly clearConfirm: string;
  readonly clearCancel: string;
}
