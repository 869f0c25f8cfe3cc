// @vitest-environment happy-dom
import { mountInDom } from '@plenum/client-kit/ui/dom-testing';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ActionDialog } from './ActionDialog.js';
import type { ParticipantAction } from './participantAction.js';

let host: HTMLElement;

/** Opens the confirmation of a ban with (or without) an option; returns what `onSelect` got, per confirmation. */
function open(option?: { label: string; checked: boolean }) {
  const got: (boolean | undefined)[] = [];
  const ban: ParticipantAction = {
    key: 'ban',
    label: 'Ban from meeting',
    confirm: {
      question: 'Ban Gast for the rest of this meeting?',
      confirmLabel: 'Ban',
      cancelLabel: 'Cancel',
      closeLabel: 'Close',
      ...(option ? { option } : {}),
    },
    onSelect: (checked) => got.push(checked),
  };
  ({ host } = mountInDom(<ActionDialog action={ban} onCancel={() => undefined} onDone={() => undefined} />));
  return got;
}

const checkbox = (name: string): HTMLInputElement => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === name);
  const input = label ? host.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`) : null;
  if (input?.type !== 'checkbox') throw new Error(`no checkbox labelled ${name}`);
  return input;
};
const button = (name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('a confirmation with an option', () => {
  it('showsALabelledCheckboxAsItBeginsAndPassesWhatWasChosen', () => {
    const got = open({ label: 'Also close the guest link', checked: true });
    const box = checkbox('Also close the guest link');
    expect(box.checked).toBe(true);
    // Focus still starts on Cancel, the harmless choice.
    expect(document.activeElement?.textContent).toBe('Cancel');
    act(() => box.click());
    expect(box.checked).toBe(false);
    act(() => button('Ban').click());
    expect(got).toEqual([false]);
  });

  it('startsUncheckedWhenAskedAndCanBeChecked', () => {
    const got = open({ label: 'Also close the guest link', checked: false });
    const box = checkbox('Also close the guest link');
    expect(box.checked).toBe(false);
    act(() => box.click());
    act(() => button('Ban').click());
    expect(got).toEqual([true]);
  });

  it('hasNoCheckboxWithoutAnOptionAndPassesNothing', () => {
    const got = open();
    expect(host.querySelector('input[type="checkbox"]')).toBeNull();
    act(() => button('Ban').click());
    expect(got).toEqual([undefined]);
  });
});
