import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { TalkingStickState } from '../client/talkingStickReducer.js';
import { ModeratorControls } from './ModeratorControls.js';
import { participantName } from './participantName.js';
import type { SpeakerListActions } from './SpeakerListPanel.js';
import { StartForm } from './StartForm.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';
import './talkingStick.css';

export interface SpeakerListModerationProps {
  readonly state: TalkingStickState;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: TalkingStickUiMessages;
  readonly actions: SpeakerListActions;
}

/** The speaker list's section of the moderation panel: the start form, or who speaks with skip, add and stop. */
export function SpeakerListModeration({ state, participants, messages, actions }: SpeakerListModerationProps) {
  const { list } = state;
  if (list === null) return <StartForm participants={participants} messages={messages} onStart={actions.start} />;
  return (
    <div className="speaker-list__section">
      <p className="speaker-list__current">
        {messages.nowSpeaking}: {participantName(participants, list.speaker, messages.someone)}
      </p>
      <ModeratorControls
        list={list}
        participants={participants}
        messages={messages}
        onSkip={actions.skip}
        onAdd={actions.add}
        onStop={actions.stop}
      />
    </div>
  );
}
