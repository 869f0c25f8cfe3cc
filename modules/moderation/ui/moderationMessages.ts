import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { ModerationAnnouncements } from '../client/moderationAnnouncements.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

/** All words of moderation's UI, per language. */
export interface ModerationMessages extends ModuleMessages<ModerationAnnouncements> {
  readonly tools: ModerationUiMessages;
}

export const moderationMessages: Messages<ModerationMessages> = {
  en: {
    tools: {
      microphones: {
        heading: 'Microphones',
        muteAll: 'Mute everyone',
        mutedEveryone: (count) =>
          count === 0
            ? 'Nobody besides the moderators had their microphone on.'
            : `Muted ${count} ${count === 1 ? 'person' : 'people'}.`,
        restrict: 'Only allowed people may speak',
        restrictHint: 'Everyone else is muted and cannot unmute. Moderators may always speak.',
        allowedLegend: 'Allowed to speak',
        nobodyToAllow: 'There are no participants besides the moderators.',
      },
      find: {
        participant: 'Find a participant',
        filter: 'Filter by name',
        matches: (count, total) =>
          count === 0
            ? 'No one matches.'
            : count === total
              ? `${total} ${total === 1 ? 'person' : 'people'}`
              : `${count} of ${total} people match`,
        status: { moderator: 'Moderator', guest: 'Guest', phone: 'by phone', muted: 'muted' },
      },
      participant: {
        heading: 'Participants',
        nobody: 'There are no participants besides you.',
        choose: 'Choose someone in the list to see what you can do.',
        actionsFor: (name) => `Actions for ${name}`,
        mute: 'Mute',
        muted: 'Muted',
        noMicrophone: 'No microphone',
        allowScreen: 'Allow screen sharing',
        revokeScreen: 'Revoke screen sharing',
        allowSpeaking: 'Allow to speak',
        revokeSpeaking: 'Revoke speaking',
        rename: 'Rename',
        renameTitle: (name) => `Rename ${name}`,
        newName: 'New name',
        saveName: 'Rename',
        nameProblem: (maxLength) => `Enter a name of 1 to ${maxLength} characters.`,
        kick: 'Remove from meeting',
        ban: 'Ban from meeting',
        kickQuestion: (name) => `Remove ${name} from the meeting? They can join again.`,
        banQuestion: (name) => `Ban ${name} for the rest of this meeting? They cannot join again.`,
        kickConfirm: 'Remove',
        banConfirm: 'Ban',
        closeLink: 'Also close the guest link they came through (nobody can join with it any more)',
      },
      rules: {
        heading: 'Rules',
        selfRename: 'Participants may change their own name',
        featuresLegend: 'Available to participants',
        features: { chat: 'Chat', 'raise-hands': 'Raising hands', reactions: 'Reactions' },
      },
      ending: {
        heading: 'Debrief or end the meeting',
        debriefLegend: 'Start a debrief: end the meeting for',
        debriefHint: 'Moderators stay together in the meeting.',
        scopes: {
          guests: 'Guests',
          guestsAndUsers: 'Guests and signed-in participants',
          allButModerators: 'Everyone except moderators',
        },
        scopeHints: {
          guests: 'Everyone who joined without an account.',
          guestsAndUsers: 'Guests and everyone who signed in, except moderators.',
          allButModerators: 'Everyone who is not a moderator.',
        },
        debrief: 'Start debrief',
        debriefQuestion: (scope) => `Start the debrief now? The meeting ends for: ${scope}. Moderators stay together.`,
        debriefConfirm: 'Start debrief now',
        debriefStarted: (scope) => `Debrief running. The meeting ended for: ${scope}. Moderators stay together.`,
        endMeeting: 'End meeting for everyone',
        endQuestion: 'End the meeting for everyone? Everyone, you included, will leave.',
        endConfirm: 'End meeting now',
      },
      cancel: 'Cancel',
      close: 'Close',
    },
    announce: {
      mutedBy: ({ name }) => `${name || 'A moderator'} muted you. You can unmute yourself.`,
      restrictedYou: () => 'Microphone restrictions are on: you are muted and cannot unmute.',
      allowedYou: () => 'You may speak again. Unmute when you are ready.',
      actionFailed: () => 'That did not work. You may no longer have moderator rights, or the person has left.',
      tooManyTargets: ({ maxTargets }) => `You can name at most ${maxTargets} participants at once.`,
      cannotRemoveOwner: () => 'The owner of the room cannot be removed.',
      cannotRemoveModerator: () => 'Only the owner of the room can remove a moderator.',
      notRenamable: ({ name }) => `${name || 'This person'} signed in with an account; their name cannot be changed.`,
      guestLinkClosed: ({ label }) => (label ? `Link “${label}” closed.` : 'Guest link closed.'),
      linkNotClosed: () => 'The person is banned, but the guest link could not be closed. Revoke it in the dashboard.',
    },
  },
  de: {
    tools: {
      microphones: {
        heading: 'Mikrofone',
        muteAll: 'Alle stummschalten',
        mutedEveryone: (count) =>
          count === 0
            ? 'Außer der Moderation hatte niemand das Mikrofon an.'
            : `${count} ${count === 1 ? 'Person' : 'Personen'} stummgeschaltet.`,
        restrict: 'Nur freigegebene Personen dürfen sprechen',
        restrictHint:
          'Alle anderen sind stummgeschaltet und können das nicht aufheben. Die Moderation darf immer sprechen.',
        allowedLegend: 'Darf sprechen',
        nobodyToAllow: 'Außer der Moderation ist niemand da.',
      },
      find: {
        participant: 'Teilnehmende Person suchen',
        filter: 'Nach Namen filtern',
        matches: (count, total) =>
          count === 0
            ? 'Keine Person passt.'
            : count === total
              ? `${total} ${total === 1 ? 'Person' : 'Personen'}`
              : `${count} von ${total} Personen passen`,
        status: { moderator: 'Moderation', guest: 'Gast', phone: 'per Telefon', muted: 'stummgeschaltet' },
      },
      participant: {
        heading: 'Teilnehmende',
        nobody: 'Außer Ihnen ist niemand da.',
        choose: 'Wählen Sie eine Person in der Liste, um zu sehen, was Sie tun können.',
        actionsFor: (name) => `Aktionen für ${name}`,
        mute: 'Stummschalten',
        muted: 'Stummgeschaltet',
        noMicrophone: 'Kein Mikrofon',
        allowScreen: 'Bildschirmfreigabe erlauben',
        revokeScreen: 'Bildschirmfreigabe entziehen',
        allowSpeaking: 'Sprechen erlauben',
        revokeSpeaking: 'Sprechen entziehen',
        rename: 'Umbenennen',
        renameTitle: (name) => `${name} umbenennen`,
        newName: 'Neuer Name',
        saveName: 'Umbenennen',
        nameProblem: (maxLength) => `Geben Sie einen Namen mit 1 bis ${maxLength} Zeichen ein.`,
        kick: 'Aus der Besprechung entfernen',
        ban: 'Aus der Besprechung sperren',
        kickQuestion: (name) => `${name} aus der Besprechung entfernen? Die Person kann erneut beitreten.`,
        banQuestion: (name) => `${name} für den Rest der Besprechung sperren? Die Person kann nicht mehr beitreten.`,
        kickConfirm: 'Entfernen',
        banConfirm: 'Sperren',
        closeLink: 'Auch den Gastlink schließen, über den die Person kam (niemand kann ihn mehr nutzen)',
      },
      rules: {
        heading: 'Regeln',
        selfRename: 'Teilnehmende dürfen ihren Namen ändern',
        featuresLegend: 'Für Teilnehmende verfügbar',
        features: { chat: 'Chat', 'raise-hands': 'Hand heben', reactions: 'Reaktionen' },
      },
      ending: {
        heading: 'Nachbesprechung oder Ende',
        debriefLegend: 'Nachbesprechung beginnen: Besprechung beenden für',
        debriefHint: 'Die Moderation bleibt in der Besprechung zusammen.',
        scopes: {
          guests: 'Gäste',
          guestsAndUsers: 'Gäste und angemeldete Teilnehmende',
          allButModerators: 'Alle außer der Moderation',
        },
        scopeHints: {
          guests: 'Alle, die ohne Konto teilnehmen.',
          guestsAndUsers: 'Gäste und alle Angemeldeten, außer der Moderation.',
          allButModerators: 'Alle, die nicht moderieren.',
        },
        debrief: 'Nachbesprechung beginnen',
        debriefQuestion: (scope) =>
          `Nachbesprechung jetzt beginnen? Die Besprechung endet für: ${scope}. Die Moderation bleibt zusammen.`,
        debriefConfirm: 'Nachbesprechung jetzt beginnen',
        debriefStarted: (scope) =>
          `Nachbesprechung läuft. Die Besprechung wurde beendet für: ${scope}. Die Moderation bleibt zusammen.`,
        endMeeting: 'Besprechung für alle beenden',
        endQuestion: 'Die Besprechung für alle beenden? Alle, auch Sie, verlassen sie.',
        endConfirm: 'Jetzt für alle beenden',
      },
      cancel: 'Abbrechen',
      close: 'Schließen',
    },
    announce: {
      mutedBy: ({ name }) =>
        `${name || 'Die Moderation'} hat Sie stummgeschaltet. Sie können die Stummschaltung selbst aufheben.`,
      restrictedYou: () =>
        'Mikrofonbeschränkung ist aktiv: Sie sind stummgeschaltet und können das nicht selbst aufheben.',
      allowedYou: () => 'Sie dürfen wieder sprechen. Heben Sie die Stummschaltung auf, wenn Sie bereit sind.',
      actionFailed: () =>
        'Das hat nicht geklappt. Vielleicht haben Sie keine Moderationsrechte mehr, oder die Person ist gegangen.',
      tooManyTargets: ({ maxTargets }) => `Sie können höchstens ${maxTargets} Personen auf einmal auswählen.`,
      cannotRemoveOwner: () => 'Die Person, der der Raum gehört, kann nicht entfernt werden.',
      cannotRemoveModerator: () => 'Nur die Person, der der Raum gehört, kann Moderierende entfernen.',
      notRenamable: ({ name }) =>
        `${name || 'Diese Person'} ist mit einem Konto angemeldet; der Name kann nicht geändert werden.`,
      guestLinkClosed: ({ label }) => (label ? `Link „${label}“ geschlossen.` : 'Gastlink geschlossen.'),
      linkNotClosed: () =>
        'Die Person ist gesperrt, aber der Gastlink konnte nicht geschlossen werden. Widerrufen Sie ihn in der Übersicht.',
    },
  },
};
