import type { SpeakerMode } from '../protocol.js';

/** The words of the speaker-list panel and its controls in one language. */
export interface TalkingStickUiMessages {
  readonly heading: string;
  readonly close: string;
  readonly notRunning: string;
  /** Heading above the current speaker. */
  readonly nowSpeaking: string;
  /** A name with "(you)". */
  readonly you: (name: string) => string;
  /** Someone no longer in the roster. */
  readonly someone: string;
  /** "Time left: 1:05"; `time` is already formatted. */
  readonly timeLeft: (time: string) => string;
  readonly noTimeLimit: string;
  readonly passStick: string;
  /** Label of the choice of whom to nominate, and its button. */
  readonly nominateLabel: string;
  readonly nominate: string;
  readonly nobodyNominated: string;
  readonly orderHeading: string;
  /** Markers in the order list. */
  readonly speakingMarker: string;
  readonly nextMarker: string;
  readonly spokenHeading: string;
  /** The start form. */
  readonly modeLegend: string;
  readonly modes: Readonly<Record<SpeakerMode, string>>;
  readonly whoLegend: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly timeLabel: string;
  /** A choice of the time per speaker; null: no limit. */
  readonly timeOption: (seconds: number | null) => string;
  readonly start: string;
  /** Moderator controls while the list runs. */
  readonly skip: string;
  readonly addLabel: string;
  readonly addAtEnd: string;
  readonly addAsNext: string;
  readonly remove: string;
  readonly stop: string;
}
