// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  ended as endedWith,
  none,
  receipt,
  TOKEN,
  voteInfo,
  voteResult,
} from '../client/legalVoteFixtures.test-support.js';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import type { MyBallot } from '../protocol.js';
import {
  button,
  click,
  closePanel,
  hasButton,
  openPanel,
  panelHost,
  press,
  sam,
  showState,
} from './legalVoteDom.test-support.js';

const vote = voteInfo({ closeWhenAllVoted: false, endsAt: 60_001 });
const notVoted: MyBallot = { eligible: true, choice: null, token: TOKEN, receipt: null };
const voted: MyBallot = { eligible: true, choice: 'yes', token: TOKEN, receipt };
const running = (mine: MyBallot, count = 0): LegalVoteState => ({
  ...none,
  running: { vote, count, ballots: [], mine, problems: [] },
});
const result = voteResult({ reason: 'deadline', endedBy: null, endedAt: 60_001 });
const ended = (mine: MyBallot | null) => endedWith({ result, mine, files: null });
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
    showState({
      ...ended(notVoted),
      last: { result, mine: notVoted, files: { state: 'failed', reason: 'other', protocolAssetId: null } },
    });
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

describe('one person on two devices', () => {
  const elsewhere = () => panelHost().querySelector('[role="status"].vote-running__elsewhere');

  it('closesTheOpenBallotWhenTheVoteWasCastOnTheOtherDeviceAndSaysSo', () => {
    const { sent } = openPanel(running(notVoted), sam);
    const status = elsewhere();
    expect(status?.textContent).toBe('');
    click(button('Vote'));
    const dialog = document.querySelector('dialog');
    click(dialog?.querySelector<HTMLInputElement>('input[value="no"]') as HTMLInputElement);
    click(button('Continue', dialog as HTMLDialogElement));
    expect(hasButton('Cast vote')).toBe(true);
    // The receipt of the vote cast on the other device reaches this one.
    showState(running(voted, 1));
    expect(document.querySelector('dialog')).toBeNull();
    expect(hasButton('Cast vote')).toBe(false);
    expect(hasButton('Vote')).toBe(false);
    // The same live region, there before, says why; it takes the focus the dialog had.
    expect(elsewhere()).toBe(status);
    expect(status?.textContent).toBe('Your vote was cast on another device.');
    expect(document.activeElement).toBe(status);
    expect(panelHost().textContent).toContain('Your vote: Yes');
    expect(sent).toEqual([]);
    // The end of the vote says nothing of a ballot not cast: it was.
    showState(ended(voted));
    expect(endedBeforeCast()?.textContent).toBe('');
  });

  it('saysNothingOfTheKindOnTheDeviceThatCastTheVote', () => {
    const { sent } = openPanel(running(notVoted), sam);
    click(button('Vote'));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    click(dialog.querySelector<HTMLInputElement>('input[value="yes"]') as HTMLInputElement);
    click(button('Continue', dialog));
    click(button('Cast vote', dialog));
    expect(sent).toEqual([{ action: 'castBallot', voteId: 'vote-0001', choice: 'yes', token: TOKEN }]);
    showState(running(voted, 1));
    expect(elsewhere()?.textContent).toBe('');
  });

  it('saysNothingWhenTheBallotWasNotOpen', () => {
    openPanel(running(notVoted), sam);
    showState(running(voted, 1));
    expect(elsewhere()?.textContent).toBe('');
  });
});
