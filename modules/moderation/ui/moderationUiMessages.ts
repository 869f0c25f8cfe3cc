import type { DebriefScope, SwitchableFeature } from '../protocol.js';

/** The words of the moderation tools (the Moderation panel's sections and the participant-list entries). */
export interface ModerationUiMessages {
  readonly microphones: {
    readonly heading: string;
    readonly muteAll: string;
    /** What "Mute everyone" did: `count` people had their microphone on. */
    readonly mutedEveryone: (count: number) => string;
    /** Checkbox: microphone restrictions on. */
    readonly restrict: string;
    readonly restrictHint: string;
    /** Legend of the allow list. */
    readonly allowedLegend: string;
    readonly nobodyToAllow: string;
  };
  /** Finding people by name in a long list. */
  readonly find: {
    /** Label of the participant picker (its field and its list). */
    readonly participant: string;
    /** Label of the name filter above a list of checkboxes. */
    readonly filter: string;
    /** How many of `total` people the filter shows (announced as it changes). */
    readonly matches: (count: number, total: number) => string;
    /** What tells people of the same name apart in the picker, after the name: role, phone, a muted microphone. */
    readonly status: {
      readonly moderator: string;
      readonly guest: string;
      readonly phone: string;
      readonly muted: string;
    };
  };
  readonly participant: {
    readonly heading: string;
    readonly nobody: string;
    /** Shown instead of the actions while nobody in the list is chosen. */
    readonly choose: string;
    /** Names the group of actions for the chosen person. */
    readonly actionsFor: (name: string) => string;
    readonly mute: string;
    /** Instead of "Mute", not available: the person is muted already, or sends no microphone. */
    readonly muted: string;
    readonly noMicrophone: string;
    readonly allowScreen: string;
    readonly revokeScreen: string;
    readonly allowSpeaking: string;
    readonly revokeSpeaking: string;
    readonly rename: string;
    readonly renameTitle: (name: string) => string;
    readonly newName: string;
    readonly saveName: string;
    readonly nameProblem: (maxLength: number) => string;
    readonly kick: string;
    readonly ban: string;
    readonly kickQuestion: (name: string) => string;
    readonly banQuestion: (name: string) => string;
    readonly kickConfirm: string;
    readonly banConfirm: string;
    /** The ban dialog's checkbox for a guest who came through a guest link. */
    readonly closeLink: string;
  };
  readonly rules: {
    readonly heading: string;
    readonly selfRename: string;
    readonly featuresLegend: string;
    readonly features: Readonly<Record<SwitchableFeature, string>>;
  };
  /** The debrief (the meeting ends for a part of the room, moderators stay together) and ending it for everyone. */
  readonly ending: {
    readonly heading: string;
    readonly debriefLegend: string;
    readonly debriefHint: string;
    /** Whom a debrief takes out, short (also used in the question). */
    readonly scopes: Readonly<Record<DebriefScope, string>>;
    /** Who exactly that is, under each choice. */
    readonly scopeHints: Readonly<Record<DebriefScope, string>>;
    readonly debrief: string;
    readonly debriefQuestion: (scope: string) => string;
    readonly debriefConfirm: string;
    /** Shown once the debrief started (`scope`: whom it took out, as in `scopes`). */
    readonly debriefStarted: (scope: string) => string;
    readonly endMeeting: string;
    readonly endQuestion: string;
    readonly endConfirm: string;
  };
  readonly cancel: string;
  /** The close button of a dialog (it does what Cancel does). */
  readonly close: string;
}
