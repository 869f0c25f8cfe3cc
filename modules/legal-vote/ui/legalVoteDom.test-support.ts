import type { Self } from '@plenum/client-kit';
import { type DomRoot, domRoot } from '@plenum/client-kit/ui/dom-testing';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { act } from 'react';
import { ALICE, SAM } from '../client/legalVoteFixtures.test-support.js';
import type { LegalVoteState } from '../client/legalVoteReducer.js';
import { type LegalVoteMessages, legalVoteMessages } from './legalVoteMessages.js';
import { legalVoteUi } from './legalVoteUi.js';

/** The panel in a DOM (happy-dom), re-rendered with new states as the client would, and the commands it sent. */

export const alice: Self = { participantId: ALICE, role: 'moderator', owner: false, moderator: true };
export const sam: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const person = (id: ParticipantId, displayName: string, role: ParticipantInfo['role']): ParticipantInfo =>
  participantInfo(id, displayName, { role, permissions: { microphone: true, screen: role === 'moderator' } });
export const roster = [person(ALICE, 'Alice', 'moderator'), person(SAM, 'Sam', 'participant')];

let at: DomRoot | null = null;
let render: ((state: LegalVoteState) => void) | null = null;

/** Renders `me`'s panel; returns the commands it sends and how often it asked to close. */
export function openPanel(state: LegalVoteState, me: Self = alice, messages: LegalVoteMessages = legalVoteMessages.en) {
  const { props, sent } = slotProps(state, me, messages, { participants: roster });
  const closed: number[] = [];
  const panel = domRoot();
  at = panel;
  render = (next) =>
    panel.render(
      legalVoteUi.panel?.({ ...props, state: next, headingId: 'h', onClose: () => closed.push(closed.length) }),
    );
  render(state);
  return { sent, closed };
}

/** The panel with a new state, as after an event from the server. */
export function showState(state: LegalVoteState): void {
  if (!render) throw new Error('no panel open');
  render(state);
}

/** Unmounts the panel and forgets it (the tests do after each). */
export function closePanel(): void {
  at?.unmount();
  at = null;
  render = null;
}

export function panelHost(): HTMLElement {
  if (!at) throw new Error('no panel open');
  return at.host;
}

export const byLabel = <E extends HTMLElement>(label: string): E => {
  const found = [...panelHost().querySelectorAll('label')].find((l) => l.textContent === label);
  const control = found && panelHost().querySelector<E>(`[id="${found.htmlFor}"]`);
  if (!control) throw new Error(`no control labelled ${label}`);
  return control;
};

/** The button with this text, in `within` (the panel by default). */
export const button = (name: string, within: ParentNode = panelHost()): HTMLButtonElement => {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

/** Whether there is a button with this text in the panel. */
export const hasButton = (name: string): boolean =>
  [...panelHost().querySelectorAll('button')].some((b) => b.textContent === name);

/** Types into a React-controlled field the way a browser does. */
export function fill(field: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const click = (element: HTMLElement) => act(() => element.click());

/** Presses a key on the focused element, as a keyboard does (the event bubbles). */
export function press(key: string): void {
  const target = document.activeElement ?? document.body;
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export const alertText = () => panelHost().querySelector('[role="alert"]')?.textContent;
