// @vitest-environment happy-dom
import { deviceClock } from '@plenum/client-kit';
import { afterEach, describe, expect, it } from 'vitest';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import type { MyBallot, VoteInfo, VoteResult } from '../protocol.js';
import {
  ALICE,
  button,
  click,
  closePanel,
  hasButton,
  openPanel,
  panelHost,
  press,
  SAM,
  sam,
  showState,
} from './legalVoteDom.test-support.js';

const vote: VoteInfo = {
  id: 'vote-0001',
  subject: 'legal-vote:vote-0001',
  title: 'Budget 2027',
  subtitle: null,
  topic: null,
  kind: 'pseudonymous',
  options: { abstain: true },
  eligible: [
    { participant: ALICE, userId: 'u-alice', name: 'Alice' },
    { participant: SAM, userId: 'u-sam', name: 'Sam' },
  ],
  initiator: { participant: ALICE, name: 'Alice' },
  closeWhenAllVoted: false,
  startedAt: 1,
  endsAt: 60_001,
};
const TOKEN = 'tok_0123456789abcdef';
const receipt = { voteId: vote.id, subject: vote.subject, entryHash: 'a'.repeat(64), token: TOKEN };
const notVoted: MyBallot = { eligible: true, choice: null, token: TOKEN, receipt: null };
const voted: MyBallot = { eligible: true, choice: 'yes', token: TOKEN, receipt };
const running = (mine: MyBallot, count = 0): LegalVoteState => ({
  running: { vote, count, ballots: [], mine, problems: [] },
  last: null,
  clock: deviceClock,
  sameAccount: [],
});
const result: VoteResult = {
  voteId: vote.id,
  title: vote.title,
  kind: vote.kind,
  options: vote.options,
  reason: 'deadline',
  endedBy: null,
  cancelReason: null,
  endedAt: 60_001,
  tally: { yes: 1, no: 0, abstain: 0, ballots: 1, eligible: 2 },
  ballots: [{ token: TOKEN, choice: 'yes' }],
  record: null,
};
const ended = (mine: MyBallot | null): LegalVoteState => ({
  running: null,
  last: { result, mine, files: null },
  clock: deviceClock,
  sameAccount: [],
});
const region = (name: string) => {
  const heading = [...panelHost().querySelectorAll('h3')].find((h) => h.textContent === name);
  const section = heading?.closest('section');
  if (!section) throw new Error(`no region ${name}`);
  return section;
};
const endedBeforeCast = () => panelHost().querySelector('[role="status"].vote-panel__ended-before-cast');

afterEach(closePanel);

describe('stopping a vote', () => {
  it('asksFirstSayingHowManyHaveNotVotedAndEscapeOrKeepChangeNothing', () => {
    const { sent, closed } = openPanel(running(notVoted, 1));
    const stop = button('Stop vote');
    expect(stop.getAttribute('aria-expanded')).toBe('false');
    click(stop);
    expect(stop.getAttribute('aria-expanded')).toBe('true');
    const question = document.activeElement;
    expect(question?.textContent).toBe(
      '1 of 2 eligible has not voted yet. Stop the vote now? Nobody can vote after that.',
    );
    expect(button('Stop the vote now').getAttribute('aria-describedby')).toBe(question?.id);
    expect(sent).toEqual([]);

    press('Escape');
    expect(hasButton('Stop the vote now')).toBe(false);
    expect(document.activeElement).toBe(stop);
    expect(closed).toEqual([]);

    click(stop);
    click(button('Keep the vote running'));
    expect(hasButton('Stop the vote now')).toBe(false);
    expect(document.activeElement).toBe(stop);
    expect(sent).toEqual([]);

    click(stop);
    click(button('Stop the vote now'));
    expect(sent).toEqual([{ action: 'stop', voteId: 'vote-0001' }]);
  });

  it('saysWhenEveryoneHasVoted', () => {
    openPanel(running(notVoted, 2));
    click(button('Stop vote'));
    expect(document.activeElement?.textContent).toBe(
      'Everyone eligible has voted. Stop the vote now? Nobody can vote after that.',
    );
  });
});

describe('the end of a vote', () => {
  it('putsItsResultBeforeTheStartForm', () => {
    openPanel(running(notVoted));
    showState(ended(notVoted));
    const form = panelHost().querySelector('form[aria-label="Start a formal vote"]');
    expect(form).not.toBeNull();
    const position = region('Result: Budget 2027').compareDocumentPosition(form as Node);
    expect(position & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keepsFocusOnTheReceiptButtonTheVoterWasOnNowInTheResult', () => {
    openPanel(running(voted, 1), sam);
    button('Download receipt (JSON)', region('Your receipt: Budget 2027')).focus();
    showState(ended(voted));
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toBe('Download receipt (JSON)');
    expect(focused.isConnected).toBe(true);
    expect(region('Result: Budget 2027').contains(focused)).toBe(true);
  });

  it('movesFocusToTheHeadingWhenTheFocusedControlIsGone', () => {
    openPanel(running(voted, 1), sam);
    button('Report a technical problem').focus();
    showState(ended(voted));
    expect(document.activeElement?.id).toBe('h');
  });

  it('tellsAVoterWhoseBallotItClosedThatTheBallotWasNotCastAndKeepsSaying', () => {
    openPanel(running(notVoted), sam);
    const status = endedBeforeCast();
    expect(status?.textContent).toBe('');
    click(button('Vote'));
    const dialog = document.querySelector('dialog');
    click(dialog?.querySelector<HTMLInputElement>('input[value="no"]') as HTMLInputElement);
    click(button('Continue', dialog as HTMLDialogElement));
    expect(dialog?.textContent).toContain('You vote: No. This cannot be changed.');
    showState(ended(notVoted));
    expect(document.querySelector('dialog')).toBeNull();
    // The same live region, there before, says it (politely).
    expect(endedBeforeCast()).toBe(status);
    expect(status?.textContent).toBe('The vote ended before your ballot was cast.');
    showState({ ...ended(notVoted), last: { result, mine: notVoted, files: { state: 'failed' } } });
    expect(status?.textContent).toBe('The vote ended before your ballot was cast.');
  });

  it('saysNothingOfTheKindToAVoterWithoutAnOpenBallot', () => {
    openPanel(running(notVoted), sam);
    click(button('Vote'));
    click(button('Cancel', document.querySelector('dialog') as HTMLDialogElement));
    showState(ended(notVoted));
    expect(endedBeforeCast()?.textContent).toBe('');
  });
});
