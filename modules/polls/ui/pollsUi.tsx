import { defineUiModule, RunningSummary } from '@plenum/client-kit/ui';
import type { PollsAnnouncements } from '../client/pollsAnnouncements.js';
import { pollsClient } from '../client/pollsClient.js';
import { endPoll, startPoll, votePoll } from '../client/pollsCommands.js';
import { eligibleVoters, type PollsState } from '../client/pollsReducer.js';
import type { PollsProtocol } from '../protocol.js';
import { PollPanel } from './PollPanel.js';
import { PollsIcon } from './PollsIcon.js';
import { type PollsMessages, pollsMessages } from './pollsMessages.js';
import { StartPollForm } from './StartPollForm.js';
import { votersText } from './votersText.js';
import './polls.css';

/**
 * Polls in the conference: a "Polls" toolbar button for everyone (badge 1 while a poll waits for this client's
 * vote) opening the poll panel (ballot, counts, result, "End poll"); for owner and moderators a "Polls" section in the
 * moderation panel with the start form, or the running poll's question and "End poll".
 */
export const pollsUi = defineUiModule<PollsProtocol, PollsState, PollsMessages, PollsAnnouncements>({
  client: pollsClient,
  messages: pollsMessages,
  toolbar: ({ state, messages }) => ({
    label: messages.openPanel,
    icon: <PollsIcon />,
    badge: state.running && state.running.myChoices === null ? 1 : 0,
  }),
  panel: ({ state, self, send, participants, messages, locale, headingId, onClose }) => (
    <PollPanel
      state={state}
      moderator={self.moderator}
      eligible={eligibleVoters(participants)}
      mayEnd={self.moderator || state.running?.poll.startedBy === self.participantId}
      messages={messages.panel}
      locale={locale}
      headingId={headingId}
      onVote={(pollId, choices) => send(votePoll(pollId, choices))}
      onEnd={(pollId) => send(endPoll(pollId))}
      onClose={onClose}
    />
  ),
  moderation: ({ state, self, send, participants, messages }) => {
    if (!self.moderator) return null;
    const running = state.running;
    return {
      heading: messages.moderationHeading,
      content: running ? (
        <RunningSummary
          lines={[
            messages.form.running(running.poll.topic),
            votersText(messages.panel, running.voters, eligibleVoters(participants)),
          ]}
          stopLabel={messages.panel.endPoll}
          onStop={() => send(endPoll(running.poll.id))}
        />
      ) : (
        <StartPollForm messages={messages} onStart={(draft) => send(startPoll(draft))} />
      ),
    };
  },
});
