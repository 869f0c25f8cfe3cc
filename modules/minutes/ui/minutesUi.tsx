import { defineUiModule } from '@plenum/client-kit/ui';
import type { MinutesAnnouncements } from '../client/minutesAnnouncements.js';
import { minutesClient } from '../client/minutesClient.js';
import type { MinutesState } from '../client/minutesState.js';
import type { MinutesProtocol } from '../protocol.js';
import { LazyMinutesPanel } from './LazyMinutesPanel.js';
import { MinutesIcon } from './MinutesIcon.js';
import { type MinutesMessages, minutesMessages } from './minutesMessages.js';
import './minutes.css';

/**
 * Collaborative minutes in the conference: a "Minutes" toolbar button for everyone opening the panel (agenda, notes,
 * motions, decisions; export for moderators), and for moderators "Allow writing the minutes" / "Stop writing the
 * minutes" in the participant menu of everyone who is not a moderator and takes part at a screen (phone callers, room
 * systems and the recorder cannot type).
 */
export const minutesUi = defineUiModule<MinutesProtocol, MinutesState, MinutesMessages, MinutesAnnouncements>({
  client: minutesClient,
  messages: minutesMessages,
  toolbar: ({ messages }) => ({ label: messages.openPanel, icon: <MinutesIcon /> }),
  panel: ({ state, self, send, update, messages, locale, headingId, onClose }) => (
    <LazyMinutesPanel
      state={state}
      update={update}
      moderator={self.moderator}
      messages={messages}
      locale={locale}
      headingId={headingId}
      send={send}
      onClose={onClose}
    />
  ),
  participantMenu: ({ state, self, send, messages }, target) => {
    if (!self.moderator || target.id === self.participantId) return [];
    if (target.role === 'moderator' || target.kind !== 'browser') return [];
    const writing = state.writers.includes(target.id);
    return [
      writing
        ? {
            key: 'minutesStopWriting',
            label: messages.stopWriting,
            onSelect: () => send({ action: 'revokeWrite', participantId: target.id }),
          }
        : {
            key: 'minutesAllowWriting',
            label: messages.allowWriting,
            onSelect: () => send({ action: 'grantWrite', participantId: target.id }),
          },
    ];
  },
});
