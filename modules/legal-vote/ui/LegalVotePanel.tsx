import type { Locale } from '@plenum/client-kit';
import { ModulePanel } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { useRef, useState } from 'react';
import type { VoteDraft } from '../client/legalVoteCommands.js';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import type { Choice, ProblemKind } from '../protocol.js';
import type { LegalVoteMessages } from './legalVoteMessages.js';
import { RunningVoteView } from './RunningVoteView.js';
import { StartVoteForm } from './StartVoteForm.js';
import type { ReceiptFocus } from './VoteReceiptView.js';
import { VoteResultView } from './VoteResultView.js';

export interface LegalVotePanelProps {
  readonly state: LegalVoteState;
  readonly moderator: boolean;
  readonly mayStop: boolean;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: LegalVoteMessages;
  readonly locale: Locale;
  readonly headingId: string;
  readonly onStart: (draft: VoteDraft) => void;
  readonly onCast: (voteId: string, choice: Choice, token: string | null) => void;
  readonly onStop: (voteId: string) => void;
  readonly onCancelVote: (voteId: string, reason: string) => void;
  readonly onReportProblem: (voteId: string, kind: ProblemKind, text: string) => void;
  readonly onClose: () => void;
}

/**
 * The "Formal vote" panel: the running vote (with the ballot, receipt, turnout, time left, live results where the kind
 * allows them, stop and cancel), below it the previous result; when none runs, the latest result first (what people
 * look for when a vote ended), then the start form for moderators, a line for the others. A voter whose ballot dialog
 * the end closed before casting is told so in a lasting status line (polite) above the result. In the modules' panel
 * frame: the heading takes focus when the panel opens and when the end removed the focused control, except that focus
 * on the receipt moves to the same control in the result; Escape closes it (the ballot dialog and the stop and cancel
 * steps take Escape first).
 */
export function LegalVotePanel({
  state,
  moderator,
  mayStop,
  participants,
  messages,
  locale,
  headingId,
  onStart,
  onCast,
  onStop,
  onCancelVote,
  onReportProblem,
  onClose,
}: LegalVotePanelProps) {
  const { running, last } = state;
  const m = messages.panel;
  const receiptFocus = useRef<ReceiptFocus | null>(null);
  /** The vote whose ballot dialog is open (kept when the vote ends with it open). */
  const [balloting, setBalloting] = useState<string | null>(null);
  const endedBeforeCast =
    running === null && last !== null && last.result.voteId === balloting && (last.mine?.choice ?? null) === null;
  return (
    <ModulePanel
      className="vote-panel"
      headingId={headingId}
      heading={m.heading}
      closeLabel={m.close}
      onClose={onClose}
      focusKey={running?.vote.id ?? null}
    >
      {running && (
        <RunningVoteView
          key={running.vote.id}
          running={running}
          clock={state.clock}
          mayStop={mayStop}
          mayCancel={moderator}
          messages={m}
          locale={locale}
          onCast={(choice) => onCast(running.vote.id, choice, running.mine.token)}
          onStop={() => onStop(running.vote.id)}
          onCancelVote={(reason) => onCancelVote(running.vote.id, reason)}
          onReportProblem={(kind, text) => onReportProblem(running.vote.id, kind, text)}
          onBallotOpen={(open) => setBalloting(open ? running.vote.id : null)}
          receiptFocus={receiptFocus}
        />
      )}
      <p className="vote-panel__ended-before-cast" role="status">
        {endedBeforeCast ? m.result.endedBeforeCast : ''}
      </p>
      {last && <VoteResultView key={last.result.voteId} last={last} messages={m} receiptFocus={receiptFocus} />}
      {running ? null : moderator ? (
        <StartVoteForm
          participants={participants}
          sameAccount={state.sameAccount}
          messages={messages}
          onStart={onStart}
        />
      ) : (
        <p className="vote-panel__note">{m.noVote}</p>
      )}
    </ModulePanel>
  );
}
