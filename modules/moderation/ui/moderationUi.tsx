import { defineUiModule } from '@plenum/client-kit/ui';
import type { ModerationAnnouncements } from '../client/moderationAnnouncements.js';
import { moderationClient } from '../client/moderationClient.js';
import { moderationCommands as c } from '../client/moderationCommands.js';
import { isAllowed, type ModerationState } from '../client/moderationReducer.js';
import { mayModerate } from '../client/participantRules.js';
import type { ModerationProtocol } from '../protocol.js';
import { ModerationTools } from './ModerationTools.js';
import { type ModerationMessages, moderationMessages } from './moderationMessages.js';

/**
 * Moderation in the conference: for owner and moderators a "Meeting controls" section in the Moderation panel
 * (microphones and restrictions, one participant's actions with confirmation for removal, rules, debrief and ending
 * the meeting) and quick entries in the participant list (mute, screen sharing, speaking while restricted). For
 * everyone, notices: "Alice muted you", and whether restrictions hold them.
 */
export const moderationUi = defineUiModule<
  ModerationProtocol,
  ModerationState,
  ModerationMessages,
  ModerationAnnouncements
>({
  client: moderationClient,
  messages: moderationMessages,
  moderation: ({ state, self, participants, send, messages }) =>
    self.moderator
      ? {
          heading: messages.tools.heading,
          content: (
            <ModerationTools
              state={state}
              self={self}
              participants={participants}
              messages={messages.tools}
              send={send}
            />
          ),
        }
      : null,
  participantMenu: ({ state, self, send, messages }, target) => {
    if (!mayModerate(self, target)) return [];
    const words = messages.tools.participant;
    const entries = [
      { key: 'mute', label: words.mute, onSelect: () => send(c.mute([target.id])) },
      target.permissions.screen
        ? { key: 'revokeScreen', label: words.revokeScreen, onSelect: () => send(c.setScreenShare(target.id, false)) }
        : { key: 'allowScreen', label: words.allowScreen, onSelect: () => send(c.setScreenShare(target.id, true)) },
    ];
    if (state.restrictions.on && target.role !== 'moderator') {
      const allowed = isAllowed(state, target.id);
      entries.push({
        key: allowed ? 'revokeSpeaking' : 'allowSpeaking',
        label: allowed ? words.revokeSpeaking : words.allowSpeaking,
        onSelect: () => send(c.allowMicrophone(target.id, !allowed)),
      });
    }
    return entries;
  },
});
