import { defineUiModule, type ModerationSection } from '@plenum/client-kit/ui';
import type { ModerationAnnouncements } from '../client/moderationAnnouncements.js';
import { moderationClient } from '../client/moderationClient.js';
import { moderationCommands as c } from '../client/moderationCommands.js';
import type { ModerationState } from '../client/moderationReducer.js';
import { mayModerate } from '../client/participantRules.js';
import type { ModerationProtocol } from '../protocol.js';
import { EndingControls } from './EndingControls.js';
import { MicrophoneControls } from './MicrophoneControls.js';
import { type ModerationMessages, moderationMessages } from './moderationMessages.js';
import { ParticipantControls } from './ParticipantControls.js';
import { participantEntries } from './participantEntries.js';
import { pickerStatus } from './pickerStatus.js';
import { RulesControls } from './RulesControls.js';
import './moderation.css';

/**
 * Moderation in the conference. For owner and moderators: four sections of the Moderation panel — microphones (mute
 * everyone, restrictions and who may speak) and participants (find one, then act on them) first, the rules (the core's
 * room policy) in between, the debrief and the end of the meeting last — and in the participant list each person's
 * entries: mute, screen sharing, speaking while restricted, rename (guests and phone callers), remove and ban
 * (confirmed first), as far as the server allows them. For everyone, notices: "Alice muted you", and whether
 * restrictions hold them.
 */
export const moderationUi = defineUiModule<
  ModerationProtocol,
  ModerationState,
  ModerationMessages,
  ModerationAnnouncements
>({
  client: moderationClient,
  messages: moderationMessages,
  moderationSections: ({ state, self, participants, send, messages, policy, microphone, participantActions }) => {
    if (!self.moderator) return [];
    const words = messages.tools;
    const context = {
      state,
      self,
      send,
      words: words.participant,
      cancel: words.cancel,
      close: words.close,
      microphone,
    };
    const restrictable = participants.filter((p) => p.role !== 'moderator' && p.kind !== 'recorder');
    const sections: ModerationSection[] = [
      {
        key: 'microphones',
        place: 'frequent',
        heading: words.microphones.heading,
        content: (
          <MicrophoneControls
            restrictions={state.restrictions}
            restrictable={restrictable}
            speaking={restrictable.filter((p) => microphone?.(p.id) === 'on').length}
            messages={words.microphones}
            find={words.find}
            onMuteAll={() => send(c.muteAll())}
            onRestrict={(on) => send(on ? c.restrictMicrophones([]) : c.liftMicrophoneRestrictions())}
            onAllow={(id, allowed) => send(c.allowMicrophone(id, allowed))}
          />
        ),
      },
      {
        key: 'participants',
        place: 'frequent',
        heading: words.participant.heading,
        content: (
          <ParticipantControls
            others={participants.filter((p) => mayModerate(self, p))}
            entriesFor={(target) => participantActions?.(target) ?? participantEntries(context, target)}
            messages={words.participant}
            find={words.find}
            status={(person) => pickerStatus(person, microphone?.(person.id), words.find.status)}
          />
        ),
      },
    ];
    if (policy)
      sections.push({
        key: 'rules',
        heading: words.rules.heading,
        content: (
          <RulesControls
            policy={policy}
            messages={words.rules}
            onSelfRename={(allowed) => send(c.setSelfRename(allowed))}
            onFeature={(feature, on) => send(c.setFeature(feature, on))}
          />
        ),
      });
    sections.push({
      key: 'ending',
      place: 'last',
      heading: words.ending.heading,
      content: (
        <EndingControls
          messages={words.ending}
          cancel={words.cancel}
          close={words.close}
          onDebrief={(scope) => send(c.debrief(scope))}
          onEndMeeting={() => send(c.endMeeting())}
        />
      ),
    });
    return sections;
  },
  participantMenu: ({ state, self, send, messages, microphone }, target) =>
    participantEntries(
      {
        state,
        self,
        send,
        words: messages.tools.participant,
        cancel: messages.tools.cancel,
        close: messages.tools.close,
        microphone,
      },
      target,
    ),
});
