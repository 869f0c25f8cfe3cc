import type { Self, Send } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { moderationCommands as c } from '../client/moderationCommands.js';
import type { ModerationState } from '../client/moderationReducer.js';
import { mayModerate } from '../client/participantRules.js';
import type { ModerationProtocol } from '../protocol.js';
import { EndingControls } from './EndingControls.js';
import { MicrophoneControls } from './MicrophoneControls.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';
import { ParticipantControls } from './ParticipantControls.js';
import { RulesControls } from './RulesControls.js';
import './moderation.css';

export interface ModerationToolsProps {
  readonly state: ModerationState;
  readonly self: Self;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: ModerationUiMessages;
  readonly send: Send<ModerationProtocol>;
}

/** Moderation's section of the Moderation panel: microphones, one participant, rules, and ending the meeting. */
export function ModerationTools({ state, self, participants, messages, send }: ModerationToolsProps) {
  const others = participants.filter((p) => mayModerate(self, p));
  const restrictable = participants.filter((p) => p.role !== 'moderator' && p.kind !== 'recorder');
  return (
    <div className="moderation-tools">
      <h4>{messages.microphones.heading}</h4>
      <MicrophoneControls
        restrictions={state.restrictions}
        restrictable={restrictable}
        messages={messages.microphones}
        onMuteAll={() => send(c.muteAll())}
        onRestrict={(on) => send(on ? c.restrictMicrophones([]) : c.liftMicrophoneRestrictions())}
        onAllow={(id, allowed) => send(c.allowMicrophone(id, allowed))}
      />
      <h4>{messages.participant.heading}</h4>
      <ParticipantControls
        self={self}
        others={others}
        messages={messages.participant}
        cancel={messages.cancel}
        onMute={(id) => send(c.mute([id]))}
        onScreen={(id, allowed) => send(c.setScreenShare(id, allowed))}
        onRename={(id, name) => send(c.rename(id, name))}
        onKick={(id) => send(c.kick(id))}
        onBan={(id) => send(c.ban(id))}
      />
      <h4>{messages.rules.heading}</h4>
      <RulesControls
        rules={state.rules}
        messages={messages.rules}
        onSelfRename={(allowed) => send(c.setSelfRename(allowed))}
        onFeature={(feature, on) => send(c.setFeature(feature, on))}
      />
      <h4>{messages.ending.heading}</h4>
      <EndingControls
        messages={messages.ending}
        cancel={messages.cancel}
        onDebrief={(scope) => send(c.debrief(scope))}
        onEndMeeting={() => send(c.endMeeting())}
      />
    </div>
  );
}
