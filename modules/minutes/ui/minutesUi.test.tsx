// @vitest-environment happy-dom
import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { type DomRoot, domRoot } from '@plenum/client-kit/ui/dom-testing';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { ConcludedVote } from '@plenum/room-kit/facts';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../base64.js';
import { answerSync } from '../client/answerSync.test-support.js';
import { MinutesSession } from '../client/MinutesSession.js';
import type { MinutesState } from '../client/minutesState.js';
import {
  addAgendaItem,
  agendaItems,
  decisionsOf,
  entriesOf,
  motionsOf,
  notesOf,
  removeEntry,
} from '../minutesDocument.js';
import { voteResultText } from '../voteResultText.js';
import { minutesMessages, voteWhen } from './minutesMessages.js';
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
const person = (id: string, kind: ParticipantInfo['kind'], role: ParticipantInfo['role']): ParticipantInfo =>
  participantInfo(id, id, { role, kind, permissions: { microphone: true, screen: role === 'moderator' } });
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

/** The state once the panel was opened before (this client holds a copy of the document). */
function stateOf(over: Partial<MinutesState> = {}): MinutesState & { readonly session: MinutesSession } {
  return {
    writers: [],
    canWrite: false,
    votes: [],
    files: null,
    carriedOver: null,
    notExportedOnClose: null,
    generation: 0,
    epoch: 1,
    ...over,
    session: over.session ?? new MinutesSession(),
  };
}

let at: DomRoot;
let host: HTMLElement;

/**
 * Renders the panel for `me` (its code is a chunk of its own: waits until it is there), answers its sync unless
 * `answered` is false, and returns what it sent.
 */
async function openPanel(state: MinutesState & { readonly session: MinutesSession }, me: Self, answered = true) {
  const { props, sent } = slotProps(state, me, en);
  at = domRoot();
  host = at.host;
  await at.renderAsync(minutesUi.panel?.({ ...props, headingId: 'h', onClose: () => undefined }));
  // The loaded panel's effects run: it starts syncing.
  await vi.waitFor(() => expect(state.session.started).toBe(true), { timeout: 10_000 });
  await act(async () => undefined);
  if (answered) act(() => answerSync(state.session));
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

  it('openingThePanelSyncsOnceAndAReaderSeesEverythingReadOnly', async () => {
    const state = stateOf();
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: true });
    notesOf(state.session.doc, 'i1').insert(0, 'Der Rat berät.');
    const sent = await openPanel(state, sam);
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

  it('theFirstOpeningLoadsTheDocumentsCodeCreatesThisClientsCopyAndSyncsIt', async () => {
    let state: MinutesState = { ...stateOf({ generation: 2, canWrite: true, writers: [SAM] }), session: null };
    const { props, sent } = slotProps(state, sam, en);
    at = domRoot();
    host = at.host;
    const show = () =>
      at.root.render(
        minutesUi.panel?.({
          ...props,
          state,
          update: (change) => {
            state = change(state);
            show();
          },
          headingId: 'h',
          onClose: () => undefined,
        }),
      );
    await act(async () => show());
    // The document's code (yjs) loads on demand: on a busy machine that takes more than waitFor's 1 s default.
    await vi.waitFor(() => expect(state.session).not.toBeNull(), { timeout: 10_000 });
    await act(async () => undefined);
    // Until the server answers, the panel says it loads: no empty agenda, no form to add to it.
    expect(host.textContent).toContain(en.panel.loading);
    expect(host.textContent).not.toContain(en.panel.emptyAgenda);
    expect(host.querySelector('form')).toBeNull();
    act(() => state.session && answerSync(state.session));
    expect(host.textContent).toContain(en.panel.emptyAgenda);
    expect(host.textContent).not.toContain(en.panel.loading);
    expect(state.session?.generation).toBe(2);
    expect(state.session?.sync.canWrite).toBe(true);
    expect(sent).toEqual([{ action: 'sync', stateVector: expect.any(String), generation: 2 }]);
    expect(byLabel(en.panel.newItemTitle)).toBeTruthy();
  });

  it('aWriterAddsAnItemAndTypesNotesIntoTheDoc', async () => {
    const state = stateOf({ canWrite: true, writers: [SAM] });
    state.session.sync.setCanWrite(true);
    const sent = await openPanel(state, sam);
    expect(host.textContent).not.toContain('You can read the minutes.');
    click(button('Add item'));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Enter a title first.');
    expect(agendaItems(state.session.doc)).toEqual([]);
    fill(byLabel('Title of the new agenda item'), 'Haushalt 2027');
    click(button('Add item'));
    // The field is cleared and keeps focus for the next item.
    expect(document.activeElement).toBe(byLabel('Title of the new agenda item'));
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
    // Short visible labels; the title is in the accessible name, which starts with the visible label.
    expect(button('Rename “Haushalt 2027”').textContent).toBe('Rename');
    expect(button('Remove “Haushalt 2027”').textContent).toBe('Remove');
  });

  it('aRemoteChangeShowsUpAndWritersMoveRenameAndRemoveItems', async () => {
    const state = stateOf({ canWrite: true });
    await openPanel(state, alice);
    const other = new Y.Doc();
    addAgendaItem(other, { id: 'a', title: 'Eröffnung', prepared: false });
    addAgendaItem(other, { id: 'b', title: 'Haushalt', prepared: false });
    act(() => Y.applyUpdate(state.session.doc, Y.encodeStateAsUpdate(other)));
    expect([...host.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['1. Eröffnung', '2. Haushalt']);
    expect(button('Move up “Haushalt”').textContent).toBe('Move up');
    click(button('Move up “Haushalt”'));
    expect(agendaItems(state.session.doc).map((i) => i.id)).toEqual(['b', 'a']);
    expect([...host.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['1. Haushalt', '2. Eröffnung']);
    // Now first, it has no "Move up": focus is on its other move button.
    expect(document.activeElement).toBe(button('Move down “Haushalt”'));
    click(button('Rename “Eröffnung”'));
    expect(document.activeElement).toBe(byLabel('Title'));
    fill(byLabel('Title'), 'Begrüßung');
    click(button('Save'));
    expect(agendaItems(state.session.doc)[1]?.title).toBe('Begrüßung');
    expect(document.activeElement).toBe(button('Rename “Begrüßung”'));
    click(button('Remove “Begrüßung”'));
    expect(host.textContent).toContain('Remove “Begrüßung” from the agenda?');
    click(button('Cancel'));
    expect(agendaItems(state.session.doc)).toHaveLength(2);
    expect(document.activeElement).toBe(button('Remove “Begrüßung”'));
    click(button('Remove “Haushalt”'));
    click(button('Remove'));
    expect(agendaItems(state.session.doc).map((i) => i.id)).toEqual(['a']);
    // Focus goes to the next item's first tool, not to the page.
    expect(document.activeElement).toBe(button('Rename “Begrüßung”'));
    click(button('Remove “Begrüßung”'));
    click(button('Remove'));
    expect(agendaItems(state.session.doc)).toEqual([]);
    expect(document.activeElement).toBe(byLabel('Title of the new agenda item'));
  });

  it('removingAMotionAsksFirstAndFocusGoesToTheNextEntryElseTheAddField', async () => {
    const state = stateOf({ canWrite: true });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    await openPanel(state, alice);
    const long = `Der Rat möge beschließen, ${'dass der Haushalt 2027 in der vorgelegten Fassung '.repeat(3)}gilt.`;
    for (const text of [long, 'Vertagung']) {
      fill(byLabel('New motion'), text);
      click(button('Add motion'));
    }
    // The visible label is short; the accessible name holds the entry's text, cut to 60 characters.
    const shortName = `Remove “${Array.from(long).slice(0, 59).join('').trimEnd()}…”`;
    expect(button(shortName).textContent).toBe('Remove');
    click(button(shortName));
    const question = host.querySelector('.minutes-entries__confirm p');
    expect(question?.textContent).toBe(`Remove the motion “${long}”?`);
    expect(document.activeElement).toBe(question);
    click(button('Cancel'));
    expect(entriesOf(motionsOf(state.session.doc, 'i1'))).toHaveLength(2);
    expect(document.activeElement).toBe(button(shortName));
    click(button(shortName));
    click(button('Remove'));
    expect(entriesOf(motionsOf(state.session.doc, 'i1'))).toEqual([{ text: 'Vertagung', addedAt: expect.any(Number) }]);
    expect(document.activeElement).toBe(button('Remove “Vertagung”'));
    click(button('Remove “Vertagung”'));
    click(button('Remove'));
    expect(entriesOf(motionsOf(state.session.doc, 'i1'))).toEqual([]);
    expect(document.activeElement).toBe(byLabel('New motion'));
  });

  it('anEntryRemovedByOthersWhileAskingClosesTheQuestion', async () => {
    const state = stateOf({ canWrite: true });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    await openPanel(state, alice);
    for (const text of ['Erster', 'Zweiter']) {
      fill(byLabel('New motion'), text);
      click(button('Add motion'));
    }
    click(button('Remove “Zweiter”'));
    // Someone else removes the first: the question stays with "Zweiter", now first.
    act(() => removeEntry(motionsOf(state.session.doc, 'i1'), 0));
    expect(host.querySelector('.minutes-entries__confirm p')?.textContent).toBe('Remove the motion “Zweiter”?');
    click(button('Remove'));
    expect(entriesOf(motionsOf(state.session.doc, 'i1'))).toEqual([]);
  });

  it('pastingBeyondTheNotesCapIsAnnounced', async () => {
    const state = stateOf({ canWrite: true });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    notesOf(state.session.doc, 'i1').insert(0, 'x'.repeat(99_990));
    await openPanel(state, alice);
    const notes = byLabel<HTMLTextAreaElement>('Notes');
    const status = host.querySelector('.minutes-notes [role="status"]');
    const paste = (text: string) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      act(() => {
        notes.setSelectionRange(notes.value.length, notes.value.length);
        notes.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      });
    };
    paste('0123456789');
    expect(status?.textContent).toBe('');
    paste('0123456789a');
    expect(status?.textContent).toBe(
      'Only part of the text was added: the notes of an item can have at most 100,000 characters.',
    );
    // Said again on the next cut: the status content is a new node.
    const said = status?.firstElementChild;
    paste('0123456789ab');
    expect(status?.firstElementChild).not.toBe(said);
    expect(status?.textContent).toContain('Only part of the text was added');
  });

  it('aDecisionLinksAConcludedVoteWithItsResultInWords', async () => {
    const state = stateOf({ canWrite: true, votes: [vote] });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    await openPanel(state, alice);
    const select = byLabel<HTMLSelectElement>('Linked vote');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'No vote',
      `Budget 2027 (${voteWhen(vote.endedAt, 'en', Date.now())}, 7:2:1)`,
    ]);
    fill(select, 'vote-0001');
    fill(byLabel('New decision'), 'Der Haushalt ist beschlossen.');
    const before = Date.now();
    click(button('Add decision'));
    const result = voteResultText(vote, 'en');
    expect(entriesOf(decisionsOf(state.session.doc, 'i1'))).toEqual([
      { text: 'Der Haushalt ist beschlossen.', voteId: 'vote-0001', result, addedAt: expect.any(Number) },
    ]);
    const addedAt = entriesOf(decisionsOf(state.session.doc, 'i1'))[0]?.addedAt ?? 0;
    expect(addedAt).toBeGreaterThanOrEqual(before);
    expect(addedAt).toBeLessThanOrEqual(Date.now());
    expect(host.textContent).toContain(result);
    expect(result).toBe('Yes 7 · No 2 · Abstain 1 — 10 of 12 eligible voted');
    click(button('Remove “Der Haushalt ist beschlossen.”'));
    expect(host.querySelector('.minutes-entries__confirm p')?.textContent).toBe(
      'Remove the decision “Der Haushalt ist beschlossen.”? It records the result of the formal vote “Budget 2027”; the vote itself stays on record.',
    );
    expect(entriesOf(decisionsOf(state.session.doc, 'i1'))).toHaveLength(1);
    click(button('Remove'));
    expect(entriesOf(decisionsOf(state.session.doc, 'i1'))).toEqual([]);
    expect(document.activeElement).toBe(byLabel('New decision'));
  });

  it('moderatorsToSeeLoadingUntilTheDocumentSyncedNotAnEmptyAgenda', async () => {
    const state = stateOf({ canWrite: true });
    await openPanel(state, alice, false);
    expect(host.querySelector('[role="status"]')?.textContent).toBe(en.panel.loading);
    expect(host.textContent).not.toContain(en.panel.emptyAgenda);
    expect(() => button('Add item')).toThrow();
    act(() => {
      const server = new Y.Doc();
      addAgendaItem(server, { id: 'p1', title: 'Vorbereitet', prepared: true });
      state.session.sync.receive({
        event: 'synced',
        update: toBase64(Y.encodeStateAsUpdate(server)),
        part: 0,
        parts: 1,
        stateVector: toBase64(Y.encodeStateVector(server)),
      });
    });
    expect(host.querySelector('h4')?.textContent).toBe('1. Vorbereitet');
    expect(host.textContent).not.toContain(en.panel.loading);
  });

  it('addingAMotionOrDecisionIsAnnouncedAndAnEmptyMotionHasItsOwnProblem', async () => {
    const state = stateOf({ canWrite: true });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    await openPanel(state, alice);
    const status = (part: string) =>
      host.querySelector(`section[aria-label="${en.panel.ofItem(part, 1, 'Haushalt')}"] > [role="status"]`);
    expect(status('Motions')?.textContent).toBe('');
    click(button('Add motion'));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Enter the motion first.');
    fill(byLabel('New motion'), 'Vertagung');
    click(button('Add motion'));
    expect(status('Motions')?.textContent).toBe('Motion 1 added.');
    fill(byLabel('New motion'), 'Zweiter Antrag');
    click(button('Add motion'));
    expect(status('Motions')?.textContent).toBe('Motion 2 added.');
    click(button('Add decision'));
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Enter a text or choose a vote first.');
    fill(byLabel('New decision'), 'Vertagt.');
    click(button('Add decision'));
    expect(status('Decisions')?.textContent).toBe('Decision 1 added.');
    expect(minutesMessages.de.panel.motionAdded(2)).toBe('Antrag 2 hinzugefügt.');
  });

  it('aLinkedResultIsShownInTheViewersLanguageAndEarlierVotesWithTheirDate', async () => {
    const earlier: ConcludedVote = { ...vote, voteId: 'vote-0000', title: 'Satzung', endedAt: Date.UTC(2026, 0, 5, 9) };
    const state = stateOf({ votes: [earlier, { ...vote, endedAt: Date.now() }] });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    // Written by someone with German words.
    decisionsOf(state.session.doc, 'i1').push([{ text: 'Beschlossen.', voteId: 'vote-0001', result: 'Ja 7 · Nein 2' }]);
    await openPanel(state, sam);
    expect(host.textContent).toContain('Yes 7 · No 2 · Abstain 1 — 10 of 12 eligible voted');
    expect(host.textContent).not.toContain('Ja 7');
    at.unmount();
    const writing = stateOf({ canWrite: true, votes: state.votes });
    addAgendaItem(writing.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    await openPanel(writing, alice);
    const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    const day = new Date(earlier.endedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' });
    expect([...byLabel<HTMLSelectElement>('Linked vote').options].map((o) => o.textContent)).toEqual([
      'No vote',
      `Budget 2027 (${time(Date.now())}, 7:2:1)`,
      `Satzung (${day}, ${time(earlier.endedAt)}, 7:2:1)`,
    ]);
    expect(day).toMatch(/2026/);
  });

  it('aDecisionLinkedToARollCallShowsWhoVotedHowCollapsed', async () => {
    const roll = {
      ballots: [
        { name: 'Ben Berger', choice: 'no' as const },
        { name: 'Anna Amtsrat', choice: 'yes' as const },
      ],
      notVoted: [],
    };
    const state = stateOf({
      votes: [
        { ...vote, roll },
        { ...vote, voteId: 'vote-0002', title: 'Geheim' },
      ],
    });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    decisionsOf(state.session.doc, 'i1').push([
      { text: 'Beschlossen.', voteId: 'vote-0001' },
      { text: 'Auch beschlossen.', voteId: 'vote-0002' },
    ]);
    await openPanel(state, sam);
    const details = [...host.querySelectorAll('details')];
    expect(details).toHaveLength(1);
    expect(details[0]?.open).toBe(false);
    expect(details[0]?.querySelector('summary')?.textContent).toBe('Who voted how');
    expect([...(details[0]?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Yes: Anna Amtsrat',
      'No: Ben Berger',
      'Abstain: —',
    ]);
    expect(details[0]?.closest('li')?.textContent).toContain('Beschlossen.');
    expect(minutesMessages.de.panel.rollCall).toBe('Wer wie abgestimmt hat');
  });

  it('anOutcomeOfADecisionWhoseVoteHasNoResultIsWarnedAbout', async () => {
    const cancelled: ConcludedVote = { ...vote, reason: 'cancelled' };
    const state = stateOf({ canWrite: true, votes: [cancelled] });
    addAgendaItem(state.session.doc, { id: 'i1', title: 'Haushalt', prepared: false });
    await openPanel(state, alice);
    const warning = en.panel.voteWithoutResult;
    expect(host.textContent).not.toContain(warning);
    fill(byLabel<HTMLSelectElement>('Linked vote'), 'vote-0001');
    const outcome = byLabel<HTMLSelectElement>('Outcome');
    const described = () => host.querySelector(`[id="${outcome.getAttribute('aria-describedby')}"]`)?.textContent;
    expect(described()).toBe(warning);
    click(button('Add decision'));
    const [entry] = entriesOf(decisionsOf(state.session.doc, 'i1'));
    expect(entry).toMatchObject({ voteId: 'vote-0001', result: 'No result: the vote was cancelled.' });
    expect(host.textContent).toContain('No result: the vote was cancelled.');
    expect(host.textContent).not.toContain('Yes 7');
    // Next to the decision's own select, and no longer in the (reset) add form.
    const own = host.querySelector<HTMLSelectElement>('select[aria-label="Outcome “Budget 2027”"]');
    expect(host.querySelector(`[id="${own?.getAttribute('aria-describedby')}"]`)?.textContent).toBe(warning);
    expect(outcome.hasAttribute('aria-describedby')).toBe(false);
  });

  it('moderatorsExportForAChosenAudienceAndEveryoneGetsTheLinks', async () => {
    const state = stateOf({ canWrite: true });
    const sent = await openPanel(state, alice);
    click(button('Export PDF and Markdown'));
    click(host.querySelector<HTMLInputElement>('input[value="moderators"]') as HTMLInputElement);
    click(button('Export PDF and Markdown'));
    expect(sent.slice(1)).toEqual([
      { action: 'export', visibility: 'participants' },
      { action: 'export', visibility: 'moderators' },
    ]);
    expect(host.querySelector('legend')?.textContent).toBe('Who may download');
    at.unmount();
    const files = { pdfAssetId: 'a-pdf', markdownAssetId: 'a-md', visibility: 'participants', exportedAt: 1 } as const;
    await openPanel(stateOf({ files }), sam);
    const links = [...host.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Download minutes (PDF)', '/v1/assets/a-pdf'],
      ['Download minutes (Markdown)', '/v1/assets/a-md'],
    ]);
    expect(buttons()).toEqual(['Close minutes']);
  });

  it('moderatorsAreToldInThePanelThatTheExportOnTheLastCloseFailedAndWhy', async () => {
    const notExportedOnClose = { at: 1, reason: 'storage' } as const;
    await openPanel(stateOf({ canWrite: true, notExportedOnClose }), alice);
    expect(host.textContent).toContain(
      'The minutes were not exported when the last meeting closed: the storage was full. Export them now',
    );
    at.unmount();
    await openPanel(stateOf({ canWrite: true, notExportedOnClose: { at: 1, reason: 'internal' } }), alice);
    expect(host.textContent).toContain('The minutes were not exported when the last meeting closed. Export them now.');
    expect(host.textContent).not.toContain('storage');
    at.unmount();
    await openPanel(stateOf({ notExportedOnClose }), sam);
    expect(host.textContent).not.toContain('not exported');
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
    expect(minutesMessages.de.panel.notExportedOnClose('storage')).toContain('Der Speicher war voll');
    // Every tool's accessible name starts with its visible label (WCAG 2.5.3), in both languages.
    for (const { panel } of [minutesMessages.en, minutesMessages.de]) {
      for (const label of [panel.rename, panel.moveUp, panel.moveDown, panel.remove]) {
        expect(panel.actionName(label, 'Haushalt').startsWith(label)).toBe(true);
      }
    }
    expect(minutesMessages.de.panel.actionName('Umbenennen', 'Haushalt')).toBe('Umbenennen: „Haushalt“');
  });
});
