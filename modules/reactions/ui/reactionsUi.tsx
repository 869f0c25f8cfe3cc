import { defineUiModule } from '@plenum/client-kit/ui';
import type { ReactionsAnnouncements } from '../client/reactionsAnnouncements.js';
import { reactionsClient } from '../client/reactionsClient.js';
import { reactionsCommands } from '../client/reactionsCommands.js';
import type { ReactionsState } from '../client/reactionsReducer.js';
import type { ReactionsProtocol } from '../protocol.js';
import { ReactionBadge } from './ReactionBadge.js';
import { ReactionIcon } from './ReactionIcon.js';
import { ReactionPicker } from './ReactionPicker.js';
import { type ReactionsMessages, reactionsMessages } from './reactionsMessages.js';

/**
 * Reactions in the conference: a "Reactions" toolbar button opening a popup with one button per
 * reaction ("Thumbs up", …; it closes after a pick), the reaction on the sender's tile for a few
 * seconds, and a polite, coalesced announcement ("Bob: thumbs up"). Hidden while moderators
 * switched reactions off.
 */
export const reactionsUi = defineUiModule<ReactionsProtocol, ReactionsState, ReactionsMessages, ReactionsAnnouncements>(
  {
    client: reactionsClient,
    messages: reactionsMessages,
    toolbar: ({ state, send, messages }) =>
      state.enabled
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
    tileBadge: ({ state, participantId, messages }) => {
      const shown = state.latest[participantId];
      return shown ? <ReactionBadge shown={shown} label={messages.ui.names[shown.reaction]} /> : null;
    },
  },
);
