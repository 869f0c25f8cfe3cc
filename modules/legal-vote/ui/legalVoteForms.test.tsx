// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { none, SAM, voteInfo } from '../client/legalVoteFixtures.test-support.js';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import { MAX_TITLE_LENGTH } from '../protocol.js';
import { alertText, button, byLabel, click, closePanel, fill, openPanel, press } from './legalVoteDom.test-support.js';

const vote = voteInfo({ kind: 'rollCall', eligible: [{ participant: SAM, userId: 'u-sam', name: 'Sam' }] });
const running: LegalVoteState = {
  ...none,
  running: {
    vote,
    count: 0,
    ballots: [],
    mine: { eligible: false, choice: null, token: null, receipt: null },
    problems: [],
  },
};

afterEach(closePanel);

describe('the start form', () => {
  it('asksForATitleWhenItIsBlankAndLimitsItsLength', () => {
    const { sent } = openPanel(none);
    const title = byLabel<HTMLInputElement>('Title');
    expect(title.maxLength).toBe(MAX_TITLE_LENGTH);
    click(button('Start vote'));
    expect(alertText()).toBe('Enter a title.');
    expect(document.activeElement).toBe(title);
    expect(sent).toEqual([]);
  });

  it('refusesADurationThatIsNotWholeMinutesInsteadOfCuttingItShort', () => {
    const { sent } = openPanel(none);
    fill(byLabel('Title'), 'Budget');
    const duration = byLabel<HTMLInputElement>('Ends by itself after (minutes, optional)');
    fill(duration, '1,5');
    click(button('Start vote'));
    expect(alertText()).toBe('Enter the duration in whole minutes, from 1 to 1440, or leave it empty.');
    expect(document.activeElement).toBe(duration);
    expect(sent).toEqual([]);
    fill(duration, '2');
    click(button('Start vote'));
    expect(sent).toEqual([expect.objectContaining({ action: 'start', title: 'Budget', durationSeconds: 120 })]);
  });
});

describe('the cancel form', () => {
  it('putsFocusInTheReasonAndAsksForOneWhenItIsBlank', () => {
    const { sent } = openPanel(running);
    click(button('Cancel vote'));
    const reason = byLabel<HTMLInputElement>('Reason for cancelling');
    expect(document.activeElement).toBe(reason);
    expect(reason.maxLength).toBe(500);
    click(button('Cancel the vote'));
    expect(alertText()).toBe('Give a reason for cancelling.');
    expect(sent).toEqual([]);
    fill(reason, 'Quorum lost');
    click(button('Cancel the vote'));
    expect(sent).toEqual([{ action: 'cancel', voteId: 'vote-0001', reason: 'Quorum lost' }]);
  });

  it('escapeClosesItWithoutSendingAndLeavesThePanelOpen', () => {
    const { sent, closed } = openPanel(running);
    const opener = button('Cancel vote');
    click(opener);
    fill(byLabel('Reason for cancelling'), 'Quorum lost');
    press('Escape');
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(opener);
    expect(sent).toEqual([]);
    expect(closed).toEqual([]);
    // Closed, Escape goes on to the panel.
    press('Escape');
    expect(closed).toHaveLength(1);
  });
});
