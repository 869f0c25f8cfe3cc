import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { RaiseHandsAnnouncements } from '../client/raiseHandsAnnouncements.js';
import type { RaiseHandsUiMessages } from './raiseHandsUiMessages.js';

/** All words of the raise-hands UI, per language. */
export interface RaiseHandsMessages extends ModuleMessages<RaiseHandsAnnouncements> {
  readonly ui: RaiseHandsUiMessages;
  /** The toolbar button while this person's hand is down; it says what pressing it does. */
  readonly raiseHand: string;
  /** The same button while the hand is up. */
  readonly lowerOwnHand: string;
  /** Heading of the queue's section in the moderation panel. */
  readonly moderationHeading: string;
  /** The participant-list action of moderators. */
  readonly lowerHand: string;
}

const time = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

export const raiseHandsMessages: Messages<RaiseHandsMessages> = {
  en: {
    ui: {
      handRaised: 'Hand raised',
      handRaisedInQueue: (position) => `Hand raised, number ${position} in the queue`,
      noHands: 'No hands are raised.',
      switchedOff: 'Raising hands is switched off.',
      lower: 'Lower',
      lowerAll: 'Lower all',
      raisedAt: (at) => `raised at ${time(at, 'en-GB')}`,
      elsewhereHeading: 'Raised hands in other rooms',
      handsIn: (room, count) => `${room}: ${count} ${count === 1 ? 'hand' : 'hands'} raised`,
    },
    raiseHand: 'Raise hand',
    lowerOwnHand: 'Lower hand',
    moderationHeading: 'Raised hands',
    lowerHand: 'Lower hand',
    announce: {
      handRaised: ({ name, position }) => `${name} raised their hand (number ${position} in the queue)`,
      yourHandLowered: ({ name }) => `${name || 'A moderator'} lowered your hand`,
      yourHandLoweredByMove: () => 'Your hand was lowered because you changed rooms.',
      handRaisedElsewhere: () => 'Someone raised their hand in another room.',
      switchedOff: () => 'A moderator has switched raising hands off. All hands were lowered.',
      switchedOn: () => 'A moderator has switched raising hands on again. You can raise your hand.',
      tooSoon: ({ seconds }) =>
        `Please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before raising your hand again.`,
      unavailable: () => 'Raising hands is switched off in this meeting.',
      actionFailed: () => 'That did not work. You may no longer have moderator rights.',
    },
  },
  de: {
    ui: {
      handRaised: 'Hand gehoben',
      handRaisedInQueue: (position) => `Hand gehoben, Nummer ${position} der Reihe`,
      noHands: 'Keine Hand ist gehoben.',
      switchedOff: 'Handheben ist ausgeschaltet.',
      lower: 'Senken',
      lowerAll: 'Alle senken',
      raisedAt: (at) => `gehoben um ${time(at, 'de-DE')} Uhr`,
      elsewhereHeading: 'Gehobene Hände in anderen Räumen',
      handsIn: (room, count) => `${room}: ${count} ${count === 1 ? 'Hand' : 'Hände'} gehoben`,
    },
    raiseHand: 'Hand heben',
    lowerOwnHand: 'Hand senken',
    moderationHeading: 'Gehobene Hände',
    lowerHand: 'Hand senken',
    announce: {
      handRaised: ({ name, position }) => `${name} hebt die Hand (Nummer ${position} der Reihe)`,
      yourHandLowered: ({ name }) => `${name || 'Die Moderation'} hat Ihre Hand gesenkt`,
      yourHandLoweredByMove: () => 'Ihre Hand wurde gesenkt, weil Sie den Raum gewechselt haben.',
      handRaisedElsewhere: () => 'In einem anderen Raum hat jemand die Hand gehoben.',
      switchedOff: () => 'Die Moderation hat das Handheben ausgeschaltet. Alle Hände wurden gesenkt.',
      switchedOn: () => 'Die Moderation hat das Handheben wieder eingeschaltet. Sie können die Hand heben.',
      tooSoon: ({ seconds }) =>
        `Bitte warten Sie ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}, bevor Sie die Hand wieder heben.`,
      unavailable: () => 'Handheben ist in dieser Besprechung ausgeschaltet.',
      actionFailed: () => 'Das hat nicht geklappt. Vielleicht haben Sie keine Moderationsrechte mehr.',
    },
  },
};
