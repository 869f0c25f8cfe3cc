import type { Send } from '@plenum/client-kit';
import { defineUiModule } from '@plenum/client-kit/ui';
import type { TalkingStickAnnouncements } from '../client/talkingStickAnnouncements.js';
import { talkingStickClient } from '../client/talkingStickClient.js';
import { talkingStickCommands } from '../client/talkingStickCommands.js';
import type { TalkingStickState } from '../client/talkingStickReducer.js';
import type { TalkingStickProtocol } from '../protocol.js';
import { SpeakerBadge } from './SpeakerBadge.js';
import { SpeakerListModeration } from './SpeakerListModeration.js';
import { type SpeakerListActions, SpeakerListPanel } from './SpeakerListPanel.js';
import { StickIcon } from './StickIcon.js';
import { type TalkingStickMessages, talkingStickMessages } from './talkingStickMessages.js';
import { playTurnChime } from './turnChime.js';

function actionsOf(send: Send<TalkingStickProtocol>): SpeakerListActions {
  return {
    start: (choice) => send(talkingStickCommands.start(choice)),
    pass: () => send(talkingStickCommands.pass()),
    nominate: (id) => send(talkingStickCommands.nominate(id)),
    skip: (speaker) => send(talkingStickCommands.skip(speaker)),
    add: (id, position) => send(talkingStickCommands.add(id, position)),
    remove: (id) => send(talkingStickCommands.remove(id)),
    stop: () => send(talkingStickCommands.stop()),
  };
}

type Badge = (props: {
  readonly state: TalkingStickState;
  readonly participantId: string;
  readonly messages: TalkingStickMessages;
}) => ReturnType<typeof SpeakerBadge> | null;

/** The stick on the speaker's tile and a quieter mark on the next speaker's. */
const badge: Badge = ({ state, participantId, messages }) => {
  if (state.list?.speaker === participantId) return <SpeakerBadge kind="speaking" label={messages.badgeSpeaking} />;
  if (state.list?.next === participantId) return <SpeakerBadge kind="next" label={messages.badgeNext} />;
  return null;
};

/**
 * The talking stick in the conference: a "Speaker list" toolbar button for everyone (its badge:
 * how many are on a running list) opening the speaker-list panel, the stick on the current
 * speaker's tile and in the participant list, the start form or skip/add/stop in the moderation
 * panel, "Add to speaker list" / "Remove from speaker list" in the participant menu, and a chime
 * with "it is your turn" for the new speaker.
 */
export const talkingStickUi = defineUiModule<
  TalkingStickProtocol,
  TalkingStickState,
  TalkingStickMessages,
  TalkingStickAnnouncements
>({
  client: talkingStickClient,
  messages: talkingStickMessages,
  toolbar: ({ state, messages }) => ({
    label: messages.openPanel,
    icon: <StickIcon />,
    badge: state.list ? 1 + state.list.waiting.length : 0,
  }),
  panel: ({ state, self, send, participants, messages, headingId, onClose }) => (
    <SpeakerListPanel
      state={state}
      self={self}
      participants={participants}
      messages={messages.panel}
      actions={actionsOf(send)}
      headingId={headingId}
      onClose={onClose}
    />
  ),
  tileBadge: badge,
  participantBadge: badge,
  moderation: ({ state, self, send, participants, messages }) =>
    self.moderator
      ? {
          heading: messages.moderationHeading,
          content: (
            <SpeakerListModeration
              state={state}
              participants={participants}
              messages={messages.panel}
              actions={actionsOf(send)}
            />
          ),
        }
      : null,
  participantMenu: ({ state, self, send, messages }, target) => {
    const list = state.list;
    if (!self.moderator || !list || target.kind === 'recorder') return [];
    const listed = target.id === list.speaker || list.waiting.includes(target.id);
    return listed
      ? [
          {
            key: 'talkingStickRemove',
            label: messages.menuRemove,
            onSelect: () => send(talkingStickCommands.remove(target.id)),
          },
        ]
      : [
          {
            key: 'talkingStickAdd',
            label: messages.menuAdd,
            onSelect: () => send(talkingStickCommands.add(target.id)),
          },
        ];
  },
  sound: playTurnChime,
});
