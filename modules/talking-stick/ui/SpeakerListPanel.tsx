import type { Self } from '@plenum/client-kit';
import { ModulePanel, useFocusAfterAnswer } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useId } from 'react';
import type { StartChoice } from '../client/talkingStickCommands.js';
import type { TalkingStickState } from '../client/talkingStickReducer.js';
import { ModeratorControls } from './ModeratorControls.js';
import { participantName } from './participantName.js';
import { SpeakerControls } from './SpeakerControls.js';
import { SpeakerOrderList } from './SpeakerOrderList.js';
import { StartForm } from './StartForm.js';
import { TimeLeft } from './TimeLeft.js';
import type { TalkingStickUiMessages } from './talkingStickUiMessages.js';
import './talkingStick.css';

/** Everything the speaker-list UI can ask for; the module's `send` with the typed command builders behind it. */
export interface SpeakerListActions {
  readonly start: (choice: StartChoice) => void;
  readonly pass: () => void;
  readonly nominate: (participantId: ParticipantId) => void;
  readonly skip: (speaker: ParticipantId) => void;
  readonly add: (participantId: ParticipantId, position: 'end' | 'next') => void;
  readonly remove: (participantId: ParticipantId) => void;
  readonly stop: () => void;
}

export interface SpeakerListPanelProps {
  readonly state: TalkingStickState;
  readonly self: Self;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: TalkingStickUiMessages;
  readonly actions: SpeakerListActions;
  /** Id of the heading, so the surrounding landmark can be labelled by it. */
  readonly headingId: string;
  readonly onClose: () => void;
}

/** The same actions, each first calling `before`. */
function tracked(actions: SpeakerListActions, before: () => void): SpeakerListActions {
  const wrap =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      before();
      action(...args);
    };
  return {
    start: wrap(actions.start),
    pass: wrap(actions.pass),
    nominate: wrap(actions.nominate),
    skip: wrap(actions.skip),
    add: wrap(actions.add),
    remove: wrap(actions.remove),
    stop: wrap(actions.stop),
  };
}

/**
 * The "Speaker list" panel: who speaks now (with the time left) and the order, for everyone;
 * "Pass the stick" and, in nominate mode, "Nominate next" for the speaker; the start form
 * (no list) or skip, add, remove and stop (running list) for moderators. The heading takes focus
 * when the panel opens, and again when the answer to a command removed the control that had it
 * (after "Pass the stick", "Remove", "Stop", "Start"), so focus never falls to the page's end.
 */
export function SpeakerListPanel({
  state,
  self,
  participants,
  messages,
  actions,
  headingId,
  onClose,
}: SpeakerListPanelProps) {
  // A new list may have removed the control that sent the command (passed, removed, stopped, started).
  const { target: heading, acted } = useFocusAfterAnswer<HTMLHeadingElement>(state.list);
  const nowId = useId();
  const act = tracked(actions, acted);
  const { list } = state;
  const me = self.participantId;
  return (
    <ModulePanel
      className="speaker-list"
      headingId={headingId}
      heading={messages.heading}
      closeLabel={messages.close}
      onClose={onClose}
      headingRef={heading}
    >
      {list === null ? (
        <>
          <p className="speaker-list__note">{messages.notRunning}</p>
          {self.moderator && <StartForm participants={participants} messages={messages} onStart={act.start} />}
        </>
      ) : (
        <>
          <section className="speaker-list__now" aria-labelledby={nowId}>
            <h3 id={nowId} className="speaker-list__subheading">
              {messages.nowSpeaking}
            </h3>
            <p className="speaker-list__current">
              {list.speaker === me
                ? messages.you(participantName(participants, list.speaker, messages.someone))
                : participantName(participants, list.speaker, messages.someone)}
            </p>
            <TimeLeft list={list} clock={state.clock} messages={messages} />
            {list.speaker === me && (
              <SpeakerControls
                list={list}
                participants={participants}
                messages={messages}
                onPass={act.pass}
                onNominate={act.nominate}
              />
            )}
          </section>
          <SpeakerOrderList
            list={list}
            participants={participants}
            self={me}
            messages={messages}
            onRemove={self.moderator ? act.remove : undefined}
          />
          {self.moderator && (
            <ModeratorControls
              list={list}
              participants={participants}
              messages={messages}
              onSkip={act.skip}
              onAdd={act.add}
              onStop={act.stop}
            />
          )}
        </>
      )}
    </ModulePanel>
  );
}
