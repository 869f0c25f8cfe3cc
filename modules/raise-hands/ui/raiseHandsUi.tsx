import { defineUiModule } from '@plenum/client-kit/ui';
import { compareGroups } from '@plenum/module-core/ui';
import type { RaiseHandsAnnouncements } from '../client/raiseHandsAnnouncements.js';
import { raiseHandsClient } from '../client/raiseHandsClient.js';
import { raiseHandsCommands } from '../client/raiseHandsCommands.js';
import { isRaised, queuePosition, type RaiseHandsState } from '../client/raiseHandsReducer.js';
import type { RaiseHandsProtocol } from '../protocol.js';
import { HandBadge } from './HandBadge.js';
import { HandIcon } from './HandIcon.js';
import { HandQueue } from './HandQueue.js';
import { playHandBeep } from './handBeep.js';
import { type RaiseHandsMessages, raiseHandsMessages } from './raiseHandsMessages.js';

/**
 * The key of the participant action that lets someone speak while microphones are restricted (the moderation
 * module's): the queue offers it next to each raised hand, so moderators need not look the person up.
 */
const ALLOW_SPEAKING = 'allowSpeaking';

type Badge = (props: {
  readonly state: RaiseHandsState;
  readonly participantId: string;
  readonly self: { readonly moderator: boolean; readonly participantId: string };
  readonly messages: RaiseHandsMessages;
}) => ReturnType<typeof HandBadge> | null;

/** A hand on a raised participant; moderators also see the place in the queue, and everyone their own. */
const badge: Badge = ({ state, participantId, self, messages }) => {
  const position = queuePosition(state, participantId);
  if (position === null) return null;
  return self.moderator || participantId === self.participantId ? (
    <HandBadge label={messages.ui.handRaisedInQueue(position)} position={position} />
  ) : (
    <HandBadge label={messages.ui.handRaised} position={null} />
  );
};

/**
 * Raise-hands in the conference: the toolbar button "Raise hand", "Lower hand" while the hand is
 * up (it says what pressing it does; hidden while moderators switched raising off), a hand on the
 * tiles and in the participant list (its place in the queue for moderators, and on one's own hand
 * for everyone), the moderators' queue as a section of the moderation panel ("Allow to speak" under restricted
 * microphones and "Lower" per person, "Lower all"), "Lower hand" in the participant menu, and a beep with a brief notice
 * for moderators when a hand goes up. Participants see a brief notice when moderators switch
 * raising hands off or on (their button goes or comes back).
 */
export const raiseHandsUi = defineUiModule<
  RaiseHandsProtocol,
  RaiseHandsState,
  RaiseHandsMessages,
  RaiseHandsAnnouncements
>({
  client: raiseHandsClient,
  messages: raiseHandsMessages,
  toolbar: ({ state, self, send, messages }) => {
    if (!state.enabled) return null;
    const raised = isRaised(state, self.participantId);
    return {
      label: raised ? messages.lowerOwnHand : messages.raiseHand,
      icon: <HandIcon />,
      action: () => send(raiseHandsCommands.toggle(raised)),
    };
  },
  tileBadge: badge,
  participantBadge: badge,
  moderation: ({ state, self, send, participants, messages, groupName, participantActions }) =>
    self.moderator
      ? {
          heading: messages.moderationHeading,
          content: (
            <HandQueue
              hands={state.hands}
              enabled={state.enabled}
              participants={participants}
              messages={messages.ui}
              elsewhere={[...state.elsewhere]
                .sort((a, b) => compareGroups(a.group, b.group))
                .map(({ group, count }) => ({ key: group ?? '', room: groupName?.(group) ?? '', count }))}
              onLower={(participantId) => send(raiseHandsCommands.lowerHand(participantId))}
              onLowerAll={() => send(raiseHandsCommands.lowerAll())}
              speakAction={(participantId) => {
                const target = participants.find((p) => p.id === participantId);
                const entry = target && participantActions?.(target).find((a) => a.key === ALLOW_SPEAKING);
                return entry?.onSelect ? { label: entry.label, onSelect: entry.onSelect } : null;
              }}
            />
          ),
        }
      : null,
  participantMenu: ({ state, self, send, messages }, target) =>
    self.moderator && target.id !== self.participantId && isRaised(state, target.id)
      ? [
          {
            key: 'lowerHand',
            label: messages.lowerHand,
            onSelect: () => send(raiseHandsCommands.lowerHand(target.id)),
          },
        ]
      : [],
  sound: playHandBeep,
});
