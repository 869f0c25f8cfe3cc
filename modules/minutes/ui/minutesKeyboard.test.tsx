// @vitest-environment happy-dom
import { type DomRoot, domRoot } from '@plenum/client-kit/ui/dom-testing';
import type { CommandOf } from '@plenum/protocol';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { answerSync } from '../client/answerSync.test-support.js';
import { MinutesSession } from '../client/MinutesSession.js';
import type { MinutesState } from '../client/minutesState.js';
import { addAgendaItem, addEntry, agendaItems, decisionsOf, entriesOf, motionsOf } from '../minutesDocument.js';
import type { MinutesProtocol } from '../protocol.js';
import { MinutesPanel } from './MinutesPanel.js';
import { minutesMessages } from './minutesMessages.js';

// The minutes panel inside the host's panel frame, which closes on Escape: confirm steps and forms take Escape first;
// focus stays in the panel across a restart; many agenda items give distinct landmark names; decisions get outcomes.

let at: DomRoot;
let host: HTMLElement;
let closed = 0;
let sent: CommandOf<MinutesProtocol>[] = [];

function stateOf(over: Partial<MinutesState> = {}): MinutesState {
  const session = new MinutesSession(1);
  session.sync.setCanWrite(true);
  return {
    writers: [],
    canWrite: true,
    votes: [],
    files: null,
    carriedOver: null,
    notExportedOnClose: null,
    generation: 1,
    session,
    epoch: 1,
    ...over,
  };
}

function render(state: MinutesState, update?: (change: (s: MinutesState) => MinutesState) => void): void {
  at.render(
    <MinutesPanel
      state={state}
      update={update}
      moderator
      messages={minutesMessages.en}
      locale="en"
      headingId="minutes-heading"
      send={(command) => sent.push(command)}
      onClose={() => {
        closed += 1;
      }}
    />,
  );
}

/** Renders the panel and answers its sync (the document is there). */
function open(state: MinutesState): void {
  closed = 0;
  sent = [];
  at = domRoot();
  host = at.host;
  render(state);
  act(() => state.session && answerSync(state.session));
}

/** The state's document (the tests' states always hold a session). */
function docOf(state: MinutesState) {
  if (state.session === null) throw new Error('no session');
  return state.session.doc;
}
const named = (element: Element) => element.getAttribute('aria-label') ?? element.textContent ?? '';
const button = (name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => named(b) === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = (element: HTMLElement) => act(() => element.click());
const pressEscape = (element: Element) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
/** Accessible names of `selector`'s elements by `aria-label` or by their `<label>`. */
const names = (selector: string) =>
  [...host.querySelectorAll(selector)].map(
    (e) => e.getAttribute('aria-label') ?? host.querySelector(`label[for="${e.id}"]`)?.textContent ?? '',
  );
/** Playwright's default name match (case-insensitive substring), as the e2e tests use it. */
const matching = (all: readonly string[], part: string) =>
  all.filter((name) => name.toLowerCase().includes(part.toLowerCase()));

describe('the minutes panel by keyboard', () => {
  it('escapeCancelsAnEntrysRemoveQuestionNotThePanel', () => {
    const state = stateOf();
    addAgendaItem(docOf(state), { id: 'i1', title: 'Haushalt', prepared: false });
    addEntry(motionsOf(docOf(state), 'i1'), { text: 'Vertagung' });
    open(state);
    click(button('Remove “Vertagung”'));
    pressEscape(host.querySelector('.minutes-entries__confirm p') as Element);
    expect(closed).toBe(0);
    expect(host.querySelector('.minutes-entries__confirm')).toBeNull();
    expect(document.activeElement).toBe(button('Remove “Vertagung”'));
    expect(entriesOf(motionsOf(docOf(state), 'i1'))).toHaveLength(1);
    // Outside a confirm step Escape still closes the panel.
    pressEscape(button('Remove “Vertagung”'));
    expect(closed).toBe(1);
  });

  it('escapeCancelsAnItemsRemoveQuestionAndItsRenameForm', () => {
    const state = stateOf();
    addAgendaItem(docOf(state), { id: 'i1', title: 'Haushalt', prepared: false });
    open(state);
    click(button('Remove “Haushalt”'));
    pressEscape(host.querySelector('.minutes-item__confirm button') as Element);
    expect(closed).toBe(0);
    expect(document.activeElement).toBe(button('Remove “Haushalt”'));
    click(button('Rename “Haushalt”'));
    pressEscape(document.activeElement as Element);
    expect(closed).toBe(0);
    expect(host.querySelector('form[aria-label="Rename “Haushalt”"]')).toBeNull();
    expect(document.activeElement).toBe(button('Rename “Haushalt”'));
    expect(agendaItems(docOf(state))).toHaveLength(1);
  });

  it('escapeCancelsStartingNewMinutesAndAfterTheRestartFocusIsOnTheHeading', () => {
    const state = stateOf({ carriedOver: { lastChangedAt: null } });
    open(state);
    click(button('Start new minutes'));
    pressEscape(document.activeElement as Element);
    expect(closed).toBe(0);
    expect(document.activeElement).toBe(button('Start new minutes'));
    click(button('Start new minutes'));
    click(button('Store and start new minutes'));
    expect(sent.at(-1)).toEqual({ action: 'startNew' });
    // Waiting for the server: the notice's buttons are gone, focus is not on the page.
    const heading = host.querySelector('h2');
    expect(document.activeElement).toBe(heading);
    // The restart: no session for a moment, then the new document's.
    let current: MinutesState = { ...state, carriedOver: null, generation: 2, session: null, epoch: 2 };
    const update = (change: (s: MinutesState) => MinutesState) => {
      current = change(current);
    };
    render(current, update);
    render(current, update);
    expect(current.session?.generation).toBe(2);
    expect(document.activeElement?.id).toBe('minutes-heading');
  });

  it('theLandmarksOfEachItemAreNamedWithTheItemAndTheE2eNamesStillFindOnePerItem', () => {
    const state = stateOf();
    const titles = ['Haushalt 2027', 'Verschiedenes', 'Haushalt 2027 Nachtrag'];
    titles.forEach((title, i) => {
      addAgendaItem(docOf(state), { id: `i${i}`, title, prepared: false });
    });
    open(state);
    const regions = names('section[aria-label], section[aria-labelledby]').filter(Boolean);
    const forms = names('form');
    expect(new Set(regions).size).toBe(regions.length);
    expect(new Set(forms).size).toBe(forms.length);
    expect(matching(names('section.minutes-entries'), 'Decisions')).toEqual([
      'Decisions – item 1: Haushalt 2027',
      'Decisions – item 2: Verschiedenes',
      'Decisions – item 3: Haushalt 2027 Nachtrag',
    ]);
    expect(forms).toContain('New motion – item 1: Haushalt 2027');
    // Inside each item: one region, textbox, form field per e2e name; the item's own name names no other region.
    for (const item of host.querySelectorAll<HTMLElement>('section.minutes-item')) {
      const inside = (selector: string) =>
        [...item.querySelectorAll(selector)].map(
          (e) =>
            e.getAttribute('aria-label') ??
            item.querySelector(`label[for="${e.id}"]`)?.textContent ??
            (e.tagName === 'BUTTON' ? e.textContent : ''),
        );
      expect(matching(inside('section'), 'Decisions')).toHaveLength(1);
      expect(matching(inside('textarea, input'), 'Notes')).toHaveLength(1);
      expect(matching(inside('input'), 'New decision')).toHaveLength(1);
      expect(matching(inside('button'), 'Add decision')).toHaveLength(1);
    }
    const itemRegions = [...host.querySelectorAll('section.minutes-item, section.minutes-entries')].map(
      (s) =>
        s.getAttribute('aria-label') ?? document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent,
    );
    expect(matching(itemRegions as string[], '1. Haushalt 2027')).toEqual(['1. Haushalt 2027']);
    expect(names('textarea')[0]).toBe('Notes – item 1: Haushalt 2027');
    expect(host.querySelector('h5')?.textContent).toBe('Motions');
  });

  it('aDecisionGetsAnOutcomeWhenAddedAndWritersChangeItLater', () => {
    const state = stateOf();
    addAgendaItem(docOf(state), { id: 'i1', title: 'Haushalt', prepared: false });
    open(state);
    const decisions = () => entriesOf(decisionsOf(docOf(state), 'i1'));
    const outcome = host.querySelector<HTMLSelectElement>(`[id="${labelFor('Outcome')}"]`) as HTMLSelectElement;
    expect([...outcome.options].map((o) => o.textContent)).toEqual(['—', 'adopted', 'rejected']);
    choose(outcome, 'adopted');
    type(host.querySelector(`[id="${labelFor('New decision')}"]`) as HTMLInputElement, 'Haushalt beschlossen');
    click(button('Add decision'));
    expect(decisions()).toEqual([{ text: 'Haushalt beschlossen', outcome: 'adopted', addedAt: expect.any(Number) }]);
    // The form is reset for the next decision; motions have no outcome.
    expect(outcome.value).toBe('');
    expect(host.querySelectorAll('section.minutes-entries')[0]?.querySelector('select')).toBeNull();
    const own = host.querySelector<HTMLSelectElement>('select[aria-label="Outcome “Haushalt beschlossen”"]');
    expect(own?.value).toBe('adopted');
    choose(own as HTMLSelectElement, 'rejected');
    expect(decisions()).toEqual([{ text: 'Haushalt beschlossen', outcome: 'rejected', addedAt: expect.any(Number) }]);
    choose(own as HTMLSelectElement, '');
    expect(decisions()).toEqual([{ text: 'Haushalt beschlossen', addedAt: expect.any(Number) }]);
    // Readers see the recorded outcome as text.
    choose(own as HTMLSelectElement, 'rejected');
    at.unmount();
    open({ ...state, canWrite: false });
    expect(host.querySelector('.minutes-entries__outcome')?.textContent).toBe('rejected');
    expect(host.querySelector('select')).toBeNull();
    expect(minutesMessages.de.panel.outcomes).toEqual({ none: '—', adopted: 'angenommen', rejected: 'abgelehnt' });
  });
});

const labelFor = (text: string) => [...host.querySelectorAll('label')].find((l) => l.textContent === text)?.htmlFor;
function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function type(field: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
