import { defineUiModule } from '@plenum/client-kit/ui';
import type { LobbyAnnouncements } from '../client/lobbyAnnouncements.js';
import { lobbyClient } from '../client/lobbyClient.js';
import { canSendBack, type LobbyState } from '../client/lobbyReducer.js';
import type { LobbyProtocol } from '../protocol.js';
import { type LobbyMessages, lobbyMessages } from './lobbyMessages.js';
import { WaitingIcon } from './WaitingIcon.js';
import { WaitingPanel } from './WaitingPanel.js';
import { WaitingPolicyChoice } from './WaitingPolicyChoice.js';
import { playWaitingChime } from './waitingChime.js';

/**
 * The lobby in the conference: for owner and moderators a "Waiting room" toolbar button with the
 * number of people waiting, the waiting panel (admit, reject, admit all, who must wait), the
 * waiting-room policy in the moderation panel, "Send to waiting room" in the participant list,
 * a chime with an announcement when someone starts waiting, and a visible notice ("Dora is waiting")
 * while the panel is closed. The policy choice says when guests with a link wait anyway (the room's
 * guest access). Everyone sees a notice while no moderator is left in the meeting.
 */
export const lobbyUi = defineUiModule<LobbyProtocol, LobbyState, LobbyMessages, LobbyAnnouncements>({
  client: lobbyClient,
  messages: lobbyMessages,
  toolbar: ({ state, self, messages }) =>
    self.moderator && state.waiting
      ? {
          label: messages.openPanel,
          icon: <WaitingIcon />,
          badge: state.waiting.length,
          ...(state.waiting.length > 0
            ? {
                notice: {
                  text: messages.waitingNotice(state.waiting.map((p) => p.displayName)),
                  open: messages.openPanelAction,
                },
              }
            : {}),
        }
      : null,
  panel: ({ state, self, send, messages, headingId, onClose }) =>
    self.moderator && state.waiting ? (
      <WaitingPanel
        waiting={state.waiting}
        policy={state.policy}
        guestLinksWait={state.guestLinksWait}
        messages={messages.panel}
        headingId={headingId}
        onClose={onClose}
        onAdmit={(participantId) => send({ action: 'admit', participantId })}
        onReject={(participantId) => send({ action: 'reject', participantId })}
        onAdmitAll={() => send({ action: 'admitAll' })}
        onPolicyChange={(policy) => send({ action: 'setWaitingRoom', policy })}
      />
    ) : null,
  moderation: ({ state, self, send, messages }) =>
    self.moderator
      ? {
          heading: messages.moderationHeading,
          // Who must wait is set all through a meeting: among the first, open sections of the Moderation panel.
          place: 'frequent',
          content: (
            <WaitingPolicyChoice
              policy={state.policy}
              guestLinksWait={state.guestLinksWait}
              messages={messages.panel}
              onChange={(policy) => send({ action: 'setWaitingRoom', policy })}
            />
          ),
        }
      : null,
  participantMenu: ({ self, send, messages }, target) =>
    self.moderator && target.id !== self.participantId && canSendBack(target)
      ? [
          {
            key: 'sendToWaitingRoom',
            label: messages.sendToWaitingRoom,
            removes: true,
            onSelect: () => send({ action: 'sendToWaitingRoom', participantId: target.id }),
          },
        ]
      : [],
  sound: playWaitingChime,
});
