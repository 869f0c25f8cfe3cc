import { defineUiModule } from '@plenum/client-kit/ui';
import type { LegalVoteAnnouncements } from '../client/legalVoteAnnouncements.js';
import { legalVoteClient } from '../client/legalVoteClient.js';
import { cancelVote, castBallot, reportProblem, startVote, stopVote } from '../client/legalVoteCommands.js';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import type { LegalVoteProtocol } from '../protocol.js';
import { LegalVoteIcon } from './LegalVoteIcon.js';
import { LegalVotePanel } from './LegalVotePanel.js';
import { type LegalVoteMessages, legalVoteMessages } from './legalVoteMessages.js';
import './legalVote.css';

/**
 * Formal votes in the conference: a "Formal vote" toolbar button for everyone (badge 1 and a visible notice with "Open
 * the vote" while a vote waits for this client's ballot) opening the panel: moderators start a vote there, voters cast their ballot through a confirm
 * dialog and keep their receipt, everyone sees turnout, live results where the kind allows, and the result. Stop is
 * offered to the initiator, or to moderators once the initiator has left (the server's rule); cancel to moderators.
 */
export const legalVoteUi = defineUiModule<LegalVoteProtocol, LegalVoteState, LegalVoteMessages, LegalVoteAnnouncements>(
  {
    client: legalVoteClient,
    messages: legalVoteMessages,
    toolbar: ({ state, messages }) => {
      const running = state.running;
      const waiting = running?.mine.eligible === true && running.mine.choice === null;
      return {
        label: messages.openPanel,
        icon: <LegalVoteIcon />,
        badge: waiting ? 1 : 0,
        // While the panel is closed, a voter sees the vote waiting, with a button that opens it.
        ...(waiting ? { notice: { text: messages.ballotWaiting(running.vote.title), open: messages.openVote } } : {}),
      };
    },
    panel: ({ state, self, send, participants, messages, locale, headingId, onClose }) => {
      const initiator = state.running?.vote.initiator.participant;
      const initiatorHere = participants.some((p) => p.id === initiator);
      return (
        <LegalVotePanel
          state={state}
          moderator={self.moderator}
          mayStop={initiator === self.participantId || (self.moderator && !initiatorHere)}
          participants={participants}
          messages={messages}
          locale={locale}
          headingId={headingId}
          onStart={(draft) => send(startVote(draft))}
          onCast={(voteId, choice, token) => send(castBallot(voteId, choice, token))}
          onStop={(voteId) => send(stopVote(voteId))}
          onCancelVote={(voteId, reason) => send(cancelVote(voteId, reason))}
          onReportProblem={(voteId, kind, text) => send(reportProblem(voteId, kind, text))}
          onClose={onClose}
        />
      );
    },
  },
);
