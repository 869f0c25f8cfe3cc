import type { DebriefScope, SwitchableFeature } from '../protocol.js';

/** The words of the moderation tools (the Moderation panel section and the participant-list entries). */
export interface ModerationUiMessages {
  /** Heading of moderation's section in the Moderation panel. */
  readonly heading: string;
  readonly microphones: {
    readonly heading: string;
    readonly muteAll: string;
    /** Checkbox: microphone restrictions on. */
    readonly restrict: string;
    readonly restrictHint: string;
    /** Legend of the allow list. */
    readonly allowedLegend: string;
    readonly nobodyToAllow: string;
  };
  readonly participant: {
    readonly heading: string;
    /** Label of the participant choice. */
    readonly choose: string;
    readonly nobody: string;
    readonly mute: string;
    readonly allowScreen: string;
    readonly revokeScreen: string;
    readonly allowSpeaking: string;
    readonly revokeSpeaking: string;
    readonly newName: string;
    readonly saveName: string;
    readonly kick: string;
    readonly ban: string;
    readonly kickQuestion: (name: string) => string;
    readonly banQuestion: (name: string) => string;
    readonly kickConfirm: string;
    readonly banConfirm: string;
  };
  readonly rules: {
    readonly heading: string;
    readonly selfRename: string;
    readonly featuresLegend: string;
    readonly features: Readonly<Record<SwitchableFeature, string>>;
  };
  readonly ending: {
    readonly heading: string;
    readonly debriefLegend: string;
    readonly scopes: Readonly<Record<DebriefScope, string>>;
    readonly debrief: string;
    readonly debriefQuestion: (scope: string) => string;
    readonly debriefConfirm: string;
    readonly endMeeting: string;
    readonly endQuestion: string;
    readonly endConfirm: string;
  };
  readonly cancel: string;
}
