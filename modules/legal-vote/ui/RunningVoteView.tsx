import { deviceTimeOf, type Locale, type ServerClock } from '@plenum/client-kit';
import { useFocusAfterAnswer } from '@plenum/client-kit/ui';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type RunningVote, tallyOf } from '../client/legalVoteReducer.js';
import type { Choice, ProblemKind } from '../protocol.js';
import { BallotDialog } from './BallotDialog.js';
import { BallotTable } from './BallotTable.js';
import { CancelVoteForm } from './CancelVoteForm.js';
import { clockTime, type VotePanelMessages } from './legalVoteMessages.js';
import { ReportProblemForm } from './ReportProblemForm.js';
import { StopVoteForm } from './StopVoteForm.js';
import { VoteCounts } from './VoteCounts.js';
import { VoteEndsAt } from './VoteEndsAt.js';
import { type ReceiptFocus, VoteReceiptView } from './VoteReceiptView.js';

export interface RunningVoteViewProps {
  readonly running: RunningVote;
  readonly clock: ServerClock;
  /** Whether this client may stop it: its initiator, or a moderator once the initiator has left. */
  readonly mayStop: boolean;
  /** Whether this client may cancel it (moderators). */
  readonly mayCancel: boolean;
  readonly messages: VotePanelMessages;
  readonly locale: Locale;
  readonly onCast: (choice: Choice) => void;
  readonly onStop: () => void;
  readonly onCancelVote: (reason: string) => void;
  readonly onReportProblem: (kind: ProblemKind, text: string) => void;
  /** The ballot dialog opened or closed (cast or not): the panel tells a voter whose dialog the end closed. */
  readonly onBallotOpen: (open: boolean) => void;
  /** See `VoteReceiptView`: focus on this receipt moves to the result's when the vote ends. */
  readonly receiptFocus?: RefObject<ReceiptFocus | null> | undefined;
}

/**
 * The running vote: title, subtitle, topic, kind with what it means, who started it; the turnout ("7 of 9 have
 * voted"), the time left, and in a live roll call the counts and every ballot so far. For an eligible voter who has
 * not voted, "Vote" opens the ballot dialog; after casting, a line says what was sent until the receipt arrives, then
 * "Your vote: Yes" and the receipt (its heading takes focus if focus fell to the page meanwhile); voters can report a
 * technical problem. Moderators and the initiator see the problems reported ("Reported problems"; the server sends
 * them to nobody else). Stop (with a confirm step) and cancel for those allowed.
 */
export function RunningVoteView({
  running,
  clock,
  mayStop,
  mayCancel,
  messages,
  locale,
  onCast,
  onStop,
  onCancelVote,
  onReportProblem,
  onBallotOpen,
  receiptFocus,
}: RunningVoteViewProps) {
  const { vote, count, ballots, mine, problems } = running;
  const headingId = useId();
  const problemsId = useId();
  const [open, setOpenState] = useState(false);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onBallotOpen(next);
  };
  const [sent, setSent] = useState<Choice | null>(null);
  const voteButton = useRef<HTMLButtonElement>(null);
  const sentLine = useRef<HTMLParagraphElement>(null);
  const { target: receiptHeading, acted } = useFocusAfterAnswer<HTMLHeadingElement>(mine.receipt);
  const names = messages.choices;
  const live = vote.kind === 'liveRollCall';
  const cast = (choice: Choice) => {
    setOpen(false);
    setSent(choice);
    acted();
    onCast(choice);
  };
  // Focus was in the dialog, which is gone: the line that says what was sent takes it.
  useEffect(() => {
    if (sent !== null) sentLine.current?.focus({ preventScroll: true });
  }, [sent]);
  // The same person's vote, cast on another device, is stored while this device's dialog is open: it closes (its
  // "Cast vote" would only be refused), and the line that says why takes focus.
  const [castElsewhere, setCastElsewhere] = useState(false);
  const elsewhereLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!open || mine.choice === null) return;
    setOpenState(false);
    onBallotOpen(false);
    setCastElsewhere(true);
  }, [open, mine.choice, onBallotOpen]);
  useEffect(() => {
    if (castElsewhere) elsewhereLine.current?.focus({ preventScroll: true });
  }, [castElsewhere]);
  const cancelBallot = () => {
    setOpen(false);
    voteButton.current?.focus();
  };
  const waiting = mine.choice === null && sent !== null;
  return (
    <section className="vote-running" aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-running__title">
        {vote.title}
      </h3>
      {vote.subtitle !== null && <p className="vote-running__subtitle">{vote.subtitle}</p>}
      {vote.topic !== null && <p className="vote-running__topic">{vote.topic}</p>}
      <p className="vote-panel__note">
        {messages.kinds[vote.kind]}: {messages.kindExplained[vote.kind]}
      </p>
      <p className="vote-panel__note">{messages.startedBy(vote.initiator.name)}</p>
      <p className="vote-running__turnout">{messages.turnout(count, vote.eligible.length)}</p>
      {vote.endsAt !== null && <VoteEndsAt endsAt={vote.endsAt} clock={clock} messages={messages} locale={locale} />}
      {vote.closeWhenAllVoted && <p className="vote-panel__note">{messages.closesWhenAllVoted}</p>}
      {live && (
        <section className="vote-live" aria-label={messages.liveHeading}>
          <VoteCounts
            counts={tallyOf(ballots)}
            abstain={vote.options.abstain}
            choiceNames={names}
            countText={messages.result.count}
            label={messages.liveHeading}
          />
          <BallotTable ballots={ballots} caption={messages.ballotsHeading} choiceNames={names} messages={messages} />
        </section>
      )}
      {!mine.eligible && <p className="vote-panel__note">{messages.notEligible}</p>}
      {mine.eligible && mine.choice === null && (
        <div className="vote-running__ballot">
          {waiting ? (
            <p ref={sentLine} tabIndex={-1} className="vote-panel__mine">
              {messages.storing(names[sent])}
            </p>
          ) : (
            <p className="vote-panel__note">{messages.youMayVote}</p>
          )}
          <button
            ref={voteButton}
            type="button"
            className="button button--primary"
            aria-haspopup="dialog"
            onClick={() => setOpen(true)}
          >
            {messages.vote}
          </button>
        </div>
      )}
      <p ref={elsewhereLine} tabIndex={-1} className="vote-panel__note vote-running__elsewhere" role="status">
        {castElsewhere ? messages.castElsewhere : ''}
      </p>
      {mine.choice !== null && <p className="vote-panel__mine">{messages.yourVote(names[mine.choice])}</p>}
      {mine.receipt && (
        <VoteReceiptView
          receipt={mine.receipt}
          title={vote.title}
          messages={messages.receipt}
          headingRef={receiptHeading}
          focusCarry={receiptFocus}
        />
      )}
      {mine.eligible && <ReportProblemForm messages={messages.problem} onReport={onReportProblem} />}
      {problems.length > 0 && (
        <section className="vote-problems" aria-labelledby={problemsId}>
          <h4 id={problemsId}>{messages.problemsHeading}</h4>
          <ul>
            {problems.map((p) => (
              <li key={`${p.at}-${p.participant}`}>
                {messages.reportedProblem(
                  clockTime(deviceTimeOf(clock, p.at), locale),
                  p.name,
                  messages.problem.kinds[p.kind],
                  p.text ?? '',
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(mayStop || mayCancel) && (
        <div className="vote-panel__buttons">
          {mayStop && (
            <StopVoteForm
              missing={Math.max(0, vote.eligible.length - count)}
              eligible={vote.eligible.length}
              messages={messages}
              onStop={onStop}
            />
          )}
          {mayCancel && <CancelVoteForm messages={messages} onCancelVote={onCancelVote} />}
        </div>
      )}
      {open && (
        <BallotDialog
          vote={vote}
          choiceNames={names}
          messages={messages.dialog}
          onCast={cast}
          onCancel={cancelBallot}
        />
      )}
    </section>
  );
}
