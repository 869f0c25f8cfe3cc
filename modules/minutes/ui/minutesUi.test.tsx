// @vitest-environment happy-dom
import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MinutesSession } from '../client/MinutesSession.js';
import type { MinutesState } from '../client/minutesState.js';
import { addAgendaItem, agendaItems, decisionsOf, entriesOf, notesOf } from '../minutesDocument.js';
import { voteResultText } from '../voteResultText.js';
import { minutesMessages } from './minutesMessages.js';
import { minutesUi } from './minutesUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const ALICE = 'alice-participant-0001' as ParticipantId;
const self = (participantId: ParticipantId, moderator: boolean): Self => ({
  participantId,
  role: moderator ? 'moderator' : 'participant',
  owner: false,
  moderator,
});
const sam = self(SAM, false);
const alice = self(ALICE, true);
const person = (id: string, kind: ParticipantInfo['kind'], role: ParticipantInfo['role']) =>
  ({ id, displayName: id, role, kind, registered: true, presence: 'online', joinedAt: 1 }) as ParticipantInfo;
const en = minutesMessages.en;
const vote: ConcludedVote = {
  voteId: 'vote-0001',
  title: 'Budget 2027',
  endedAt: Date.UTC(2026, 10, 26, 13, 5),
  reason: 'allVoted',
  counts: { yes: 7, no: 2, abstain: 1 },
  eligible: 12,
  cast: 10,
};

function stateOf(over: Partial<MinutesState> = {}): MinutesState {
  return { writers: [], canWrite: false, votes: [], files: null, session: new MinutesSession(), epoch: 1, ...over };
}

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

/** Renders the panel for `me` and returns what it sent. */
function openPanel(state: MinutesState, me: Self) {
  const { props, sent } = slotProps(state, me, en);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => {
    root?.render(minutesUi.panel?.({ ...props, headingId: 'h', onClose: () => undefined }));
  });
  return sent;
}

const buttons = () => [...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
const byLabel = <E extends HTMLElement>(label: string): E => {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = found && host.querySelector<E>(`[id="${found.htmlFor}"]`);
  if (!control) throw new Error(`no control labelled ${label}`);
  return control;
};
const button = (name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
/** Types into a React-controlled field the way a browser does. */
function fill(field: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = field instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const click = (element: HTMLElement) => act(() => element.click());

describe('minutesUi', () => {
  it('theToolbarButtonIsForEveryone', () => {
    expect(minutesUi.toolbar?.(slotProps(stateOf(), sam, en).props)).toMatchObject({ label: 'Minutes' });
    expect(minutesMessages.de.openPanel).toBe('Protokoll');
  });

  it('openingThePanelSyncsOnceAndAReaderSeesEverythingReadOnly', () => {
    const state = stateOf();
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: true });
    notesOf(state.session.doc, 'i1').insert(0, 'Der Rat berät.');
    const sent = openPanel(state, sam);
    expect(sent).toEqual([{ action: 'sync', stateVector: expect.any(String) }]);
    expect(host.querySelector('h2')?.textContent).toBe('Minutes');
    expect(host.textContent).toContain('You can read the minutes. A moderator can allow you to write them.');
    expect(host.querySelector('h4')?.textContent).toBe('1. Haushalt');
    const notes = byLabel<HTMLTextAreaElement>('Notes');
    expect(notes.readOnly).toBe(true);
    expect(notes.value).toBe('Der Rat berät.');
    expect(notes.maxLength).toBe(100_000);
    expect(buttons()).toEqual(['Close minutes']);
    expect(host.querySelector('form')).toBeNull();
    expect(host.textContent).not.toContain('Export');
  });

  it('aWriterAddsAnItemAndTypesNotesIntoTheDoc', () => {
    const state = stateOf({ canWrite: true, writers: [SAM] });
    state.session.sync.setCanWrite(true);
    const sent = openPanel(state, sam);
    expect(host.textContent).not.toContain('You can read the minutes.');
    click(button('Add item'));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Enter a title first.');
    expect(agendaItems(state.session.doc)).toEqual([]);
    fill(byLabel('Title of the new agenda item'), 'Haushalt 2027');
    click(button('Add item'));
    const [item] = agendaItems(state.session.doc);
    expect(item).toMatchObject({ title: 'Haushalt 2027', prepared: false });
    expect(host.querySelector('h4')?.textContent).toBe('1. Haushalt 2027');
    const notes = byLabel<HTMLTextAreaElement>('Notes');
    expect(notes.readOnly).toBe(false);
    act(() => {
      notes.value = 'Beschluss vertagt.';
      notes.setSelectionRange(18, 18);
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(notesOf(state.session.doc, item?.id ?? '').toString()).toBe('Beschluss vertagt.');
    // Each change went to the server (after the sync).
    expect(sent.map((c) => (c as { action: string }).action)).toEqual(['sync', 'update', 'update']);
    expect(buttons()).toEqual([
      'Close minutes',
      'Rename “Haushalt 2027”',
      'Remove “Haushalt 2027”',
      'Add motion',
      'Add decision',
      'Add item',
    ]);
  });

  it('aRemoteChangeShowsUpAndWritersMoveRenameAndRemoveItems', () => {
    const state = stateOf({ canWrite: true });
    openPanel(state, alice);
    const other = new Y.Doc();
    addAgendaItem(other, { id: 'a', title: 'Eröffnung', prepared: false });
    addAgendaItem(other, { id: 'b', title: 'Haushalt', prepared: false });
    act(() => Y.applyUpdate(state.session.doc, Y.encodeStateAsUpdate(other)));
    expect([...host.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['1. Eröffnung', '2. Haushalt']);
    click(button('Move “Haushalt” up'));
    expect(agendaItems(state.session.doc).map((i) => i.id)).toEqual(['b', 'a']);
    expect([...host.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['1. Haushalt', '2. Eröffnung']);
    click(button('Rename “Eröffnung”'));
    fill(byLabel('Title'), 'Begrüßung');
    click(button('Save'));
    expect(agendaItems(state.session.doc)[1]?.title).toBe('Begrüßung');
    click(button('Remove “Begrüßung”'));
    expect(host.textContent).toContain('Remove “Begrüßung” from the agenda?');
    click(button('Cancel'));
    expect(agendaItems(state.session.doc)).toHaveLength(2);
    click(button('Remove “Begrüßung”'));
    click(button('Remove'));
    expect(agendaItems(state.session.doc).map((i) => i.id)).toEqual(['b']);
  });

  it('aDecisionLinksAConcludedVoteWithItsResultInWords', () => {
    const state = stateOf({ canWrite: true, votes: [vote] });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    openPanel(state, alice);
    const select = byLabel<HTMLSelectElement>('Linked vote');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'No vote',
      `Budget 2027 (${new Date(vote.endedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })})`,
    ]);
    fill(select, 'vote-0001');
    fill(byLabel('New decision'), 'Der Haushalt ist beschlossen.');
    click(button('Add decision'));
    const result = voteResultText(vote, 'en');
    expect(entriesOf(decisionsOf(state.session.doc, 'i1'))).toEqual([
      { text: 'Der Haushalt ist beschlossen.', voteId: 'vote-0001', result },
    ]);
    expect(host.textContent).toContain(result);
    expect(result).toBe('Yes 7 · No 2 · Abstain 1 — 10 of 12 eligible voted');
    click(button('Remove “Der Haushalt ist beschlossen.”'));
    expect(entriesOf(decisionsOf(state.session.doc, 'i1'))).toEqual([]);
  });

  it('moderatorsExportForAChosenAudienceAndEveryoneGetsTheLinks', () => {
    const state = stateOf({ canWrite: true });
    const sent = openPanel(state, alice);
    click(button('Export PDF and Markdown'));
    click(host.querySelector<HTMLInputElement>('input[value="moderators"]') as HTMLInputElement);
    click(button('Export PDF and Markdown'));
    expect(sent.slice(1)).toEqual([
      { action: 'export', visibility: 'participants' },
      { action: 'export', visibility: 'moderators' },
    ]);
    expect(host.querySelector('legend')?.textContent).toBe('Who may download');
    act(() => root?.unmount());
    const files = { pdfAssetId: 'a-pdf', markdownAssetId: 'a-md', visibility: 'participants', exportedAt: 1 } as const;
    openPanel(stateOf({ files }), sam);
    const links = [...host.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Download minutes (PDF)', '/v1/assets/a-pdf'],
      ['Download minutes (Markdown)', '/v1/assets/a-md'],
    ]);
    expect(buttons()).toEqual(['Close minutes']);
  });

  it('moderatorsAllowAndStopWritingForParticipantsAtAScreen', () => {
    const bob = person('bob-participant-000002', 'browser', 'participant');
    const { props, sent } = slotProps(stateOf({ writers: [SAM] }), alice, en);
    const [allow] = minutesUi.participantMenu?.(props, bob) ?? [];
    expect(allow?.label).toBe('Allow writing the minutes');
    allow?.onSelect?.();
    const [stop] = minutesUi.participantMenu?.(props, person(SAM, 'browser', 'participant')) ?? [];
    expect(stop?.label).toBe('Stop writing the minutes');
    stop?.onSelect?.();
    expect(sent).toEqual([
      { action: 'grantWrite', participantId: bob.id },
      { action: 'revokeWrite', participantId: SAM },
    ]);
    expect(minutesUi.participantMenu?.(props, person('phil', 'phone', 'participant'))).toEqual([]);
    expect(minutesUi.participantMenu?.(props, person('mo', 'browser', 'moderator'))).toEqual([]);
    expect(minutesUi.participantMenu?.(props, person(ALICE, 'browser', 'moderator'))).toEqual([]);
    const forSam = slotProps(stateOf(), sam, en).props;
    expect(minutesUi.participantMenu?.(forSam, bob)).toEqual([]);
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(minutesMessages)).toEqual([]);
    expect(minutesMessages.de.panel.export).toBe('Protokoll exportieren (PDF und Markdown)');
    expect(minutesMessages.de.panel.notesFull(100_000)).toContain('100.000');
  });
});
