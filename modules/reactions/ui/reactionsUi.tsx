import { defineUiModule } from '@plenum/client-kit/ui';
import type { ReactionsAnnouncements } from '../client/reactionsAnnouncements.js';
import { reactionsClient } from '../client/reactionsClient.js';
import { reactionsCommands } from '../client/reactionsCommands.js';
import { expireReaction, type ReactionsState } from '../client/reactionsReducer.js';
import type { ReactionsProtocol } from '../protocol.js';
import { ReactionBadge } from './ReactionBadge.js';
import { ReactionIcon } from './ReactionIcon.js';
import { ReactionPicker } from './ReactionPicker.js';
import { type ReactionsMessages, reactionsMessages } from './reactionsMessages.js';

/**
 * Reactions in the conference: a "Reactions" toolbar button opening a popup with one button per
 * reaction ("Thumbs up", …; it closes after a pick), the reaction on the sender's tile for a few
 * seconds, and a polite, coalesced announcement ("Bob: thumbs up"). While moderators switched
 * reactions off, only they keep the button; the others see a brief notice why it went (and came back).
 */
export const reactionsUi = defineUiModule<ReactionsProtocol, ReactionsState, ReactionsMessages, ReactionsAnnouncements>(
  {
    client: reactionsClient,
    messages: reactionsMessages,
    toolbar: ({ state, self, send, messages }) =>
      state.enabled || self.moderator
        ? {
            label: messages.open,
            icon: <ReactionIcon />,
            menu: (close) => (
              <ReactionPicker
                messages={messages.ui}
                onPick={(reaction) => {
                  send(reactionsCommands.react(reaction));
                  close();
                }}
              />
            ),
          }
        : null,
    tileBadge: ({ state, participantId, messages, update }) => {
      const shown = state.latest[participantId];
      return shown ? (
        <ReactionBadge
          shown={shown}
          label={messages.ui.names[shown.reaction]}
          onExpired={() => update?.((s) => expireReaction(s, participantId, shown.seq))}
        />
      ) : null;
    },
  },
);
