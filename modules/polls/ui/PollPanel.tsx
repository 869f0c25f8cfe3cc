import type { Locale } from '@plenum/client-kit';
import { ModulePanel } from '@plenum/client-kit/ui';
import type { PollsState } from '../client/pollsReducer.js';
import { Ballot } from './Ballot.js';
import { choiceNames } from './ballotStatus.js';
import { PollEndsAt } from './PollEndsAt.js';
import { PollResults } from './PollResults.js';
import type { PollPanelMessages } from './pollsMessages.js';
import { votersText } from './votersText.js';

export interface PollPanelProps {
  readonly state: PollsState;
  /** Whether this client may end the running poll (a moderator or its initiator). */
  readonly mayEnd: boolean;
  readonly moderator: boolean;
  /** How many can vote now (everyone at a screen in the meeting). */
  readonly eligible: number;
  readonly messages: PollPanelMessages;
  readonly locale: Locale;
  readonly headingId: string;
  readonly onVote: (pollId: string, choices: readonly number[]) => void;
  readonly onEnd: (pollId: string) => void;
  readonly onClose: () => void;
}

/**
 * The poll panel: the running poll's ballot, how many of how many voted, its running counts when this client may see
 * them, its end time with the time left, "End poll" for moderators and the initiator; below, the result of the latest
 * ended poll with this client's own vote. In the modules' panel frame: the heading takes focus when the panel opens;
 * Escape closes it.
 */
export function PollPanel({
  state,
  mayEnd,
  moderator,
  eligible,
  messages,
  locale,
  headingId,
  onVote,
  onEnd,
  onClose,
}: PollPanelProps) {
  const { running, last } = state;
  return (
    <ModulePanel
      className="poll-panel"
      headingId={headingId}
      heading={messages.heading}
      closeLabel={messages.close}
      onClose={onClose}
    >
      {running ? (
        <section className="poll-panel__running" aria-label={running.poll.topic}>
          <Ballot
            key={running.poll.id}
            poll={running.poll}
            myChoices={running.myChoices}
            messages={messages}
            onVote={(choices) => onVote(running.poll.id, choices)}
          />
          {running.counts ? (
            <>
              <PollResults
                heading={messages.currentResults}
                choices={running.poll.choices}
                counts={running.counts}
                voters={running.voters}
                votersText={votersText(messages, running.voters, eligible)}
                messages={messages}
              />
              {running.poll.results === 'hidden' && <p className="poll-panel__note">{messages.onlyModeratorsSee}</p>}
            </>
          ) : (
            <p className="poll-panel__note">
              {votersText(messages, running.voters, eligible)}. {messages.resultsAtTheEnd}
            </p>
          )}
          {running.poll.endsAt !== null && (
            <PollEndsAt endsAt={running.poll.endsAt} clock={state.clock} messages={messages} locale={locale} />
          )}
          {mayEnd && (
            <button type="button" className="button button--small" onClick={() => onEnd(running.poll.id)}>
              {messages.endPoll}
            </button>
          )}
        </section>
      ) : (
        <p className="poll-panel__note">{moderator ? messages.noPollModerator : messages.noPoll}</p>
      )}
      {last && (
        <PollResults
          heading={`${messages.finalResult}: ${last.result.poll.topic}`}
          choices={last.result.poll.choices}
          counts={last.result.counts}
          voters={last.result.voters}
          votersText={votersText(messages, last.result.voters, last.eligible)}
          mine={last.mine && messages.yourVote(choiceNames(last.result.poll, last.mine).join(', '))}
          messages={messages}
        />
      )}
    </ModulePanel>
  );
}
