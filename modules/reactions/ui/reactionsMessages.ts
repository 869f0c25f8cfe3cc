import type { Messages, ModuleMessages } from '@plenum/client-kit/ui';
import type { ReactionsAnnouncements } from '../client/reactionsAnnouncements.js';
import type { Reaction } from '../protocol.js';
import type { ReactionsUiMessages } from './reactionsUiMessages.js';

/** All words of the reactions UI, per language. */
export interface ReactionsMessages extends ModuleMessages<ReactionsAnnouncements> {
  readonly ui: ReactionsUiMessages;
  /** The toolbar button that opens the picker. */
  readonly open: string;
}

const en: Readonly<Record<Reaction, string>> = {
  thumbsUp: 'Thumbs up',
  clap: 'Applause',
  heart: 'Heart',
  laugh: 'Laughing',
  surprised: 'Surprised',
  celebrate: 'Celebration',
};
const de: Readonly<Record<Reaction, string>> = {
  thumbsUp: 'Daumen hoch',
  clap: 'Applaus',
  heart: 'Herz',
  laugh: 'Lachen',
  surprised: 'Überrascht',
  celebrate: 'Feier',
};

export const reactionsMessages: Messages<ReactionsMessages> = {
  en: {
    ui: { names: en, picker: 'Send a reaction' },
    open: 'Reactions',
    announce: {
      reacted: ({ name, reaction, more }) =>
        `${name}: ${(en[reaction] ?? '').toLowerCase()}${more > 0 ? `, and ${more} more ${more === 1 ? 'reaction' : 'reactions'}` : ''}`,
      switchedOff: () => 'A moderator has switched reactions off. Only moderators can react now.',
      switchedOn: () => 'A moderator has switched reactions on again. You can react.',
      tooMany: ({ seconds }) => `Too many reactions. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    },
  },
  de: {
    ui: { names: de, picker: 'Reaktion senden' },
    open: 'Reaktionen',
    announce: {
      reacted: ({ name, reaction, more }) =>
        `${name}: ${de[reaction] ?? ''}${more > 0 ? `, und ${more} ${more === 1 ? 'weitere Reaktion' : 'weitere Reaktionen'}` : ''}`,
      switchedOff: () => 'Die Moderation hat Reaktionen ausgeschaltet. Nur die Moderation kann jetzt reagieren.',
      switchedOn: () => 'Die Moderation hat Reaktionen wieder eingeschaltet. Sie können reagieren.',
      tooMany: ({ seconds }) =>
        `Zu viele Reaktionen. Versuchen Sie es in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} wieder.`,
    },
  },
};
