// @vitest-environment happy-dom
import { deviceClock, type Self } from '@plenum/client-kit';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import { MAX_TITLE_LENGTH, type VoteInfo } from '../protocol.js';
import { legalVoteMessages } from './legalVoteMessages.js';
import { legalVoteUi } from './legalVoteUi.js';

const ALICE = 'alice-participant-0001' as ParticipantId;
const SAM = 'sam-participant-000001' as ParticipantId;
const alice: Self = { participantId: ALICE, role: 'moderator', owner: false, moderator: true };
const person = (id: string, displayName: string, role: ParticipantInfo['role']): ParticipantInfo => ({
  id: id as ParticipantId,
  displayName,
  role,
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt: 1,
  permissions: { microphone: true, screen: role === 'moderator' },
  group: null,
});
const roster = [person(ALICE, 'Alice', 'moderator'), person(SAM, 'Sam', 'participant')];
const en = legalVoteMessages.en;
const none: LegalVoteState = { running: null, last: null, clock: deviceClock, sameAccount: [] };
const vote: VoteInfo = {
  id: 'vote-0001',
  subject: 'legal-vote:vote-0001',
  title: 'Budget 2027',
  subtitle: null,
  topic: null,
  kind: 'rollCall',
  options: { abstain: true },
  eligible: [{ participant: SAM, userId: 'u-sam', name: 'Sam' }],
  initiator: { participant: ALICE, name: 'Alice' },
  closeWhenAllVoted: true,
  startedAt: 1,
  endsAt: null,
};
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

let root: Root | null = null;
let host: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host?.remove();
});

/** Renders Alice's panel and returns the commands it sent. */
function openPanel(state: LegalVoteState) {
  const { props, sent } = slotProps(state, alice, en, { participants: roster });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => {
    root?.render(legalVoteUi.panel?.({ ...props, headingId: 'h', onClose: () => undefined }));
  });
  return sent;
}

const byLabel = <E extends HTMLElement>(label: string): E => {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = found && host.querySelector<E>(`[id="${found.htmlFor}"]`);
  if (!control) throw new Error(`no control labelled ${label}`);
  return control;
};
const button = (name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
/** Types into a React-controlled field the way a browser does. */
function fill(field: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = (element: HTMLElement) => act(() => element.click());
const alertText = () => host.querySelector('[role="alert"]')?.textContent;

describe('the start form', () => {
  it('asksForATitleWhenItIsBlankAndLimitsItsLength', () => {
    const sent = openPanel(none);
    const title = byLabel<HTMLInputElement>('Title');
    expect(title.maxLength).toBe(MAX_TITLE_LENGTH);
    click(button('Start vote'));
    expect(alertText()).toBe('Enter a title.');
    expect(document.activeElement).toBe(title);
    expect(sent).toEqual([]);
  });

  it('refusesADurationThatIsNotWholeMinutesInsteadOfCuttingItShort', () => {
    const sent = openPanel(none);
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
    const sent = openPanel(running);
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
});
