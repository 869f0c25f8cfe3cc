// @vitest-environment happy-dom
import { type DomRoot, domRoot } from '@plenum/client-kit/ui/dom-testing';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { AttendanceState } from '../client/attendanceReducer.js';
import { AttendanceReportForm } from './AttendanceReportForm.js';
import { attendanceMessages } from './attendanceMessages.js';

const idle: AttendanceState = { pending: false, reports: [], retryAfterSeconds: null };
const withEmail = { assetId: 'a/1', includeEmail: true, createdAt: Date.UTC(2026, 10, 26, 13, 5) };

/** The form in the page, re-rendered with each state the module passes; what it asked for, in order. */
function form() {
  const asked: boolean[] = [];
  const at: DomRoot = domRoot();
  const show = (state: AttendanceState) =>
    at.render(<AttendanceReportForm state={state} messages={attendanceMessages.en} onCreate={(e) => asked.push(e)} />);
  /** The checkbox named "Include e-mail addresses" by its label. */
  const checkbox = () => {
    const label = [...at.host.querySelectorAll('label')].find((l) => l.textContent === 'Include e-mail addresses');
    const box = label?.control;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') throw new Error('no labelled checkbox');
    return box;
  };
  const create = () => {
    const button = [...at.host.querySelectorAll('button')].find((b) => b.textContent === 'Create report');
    if (!button) throw new Error('no Create report button');
    act(() => button.click());
  };
  return { asked, show, checkbox, create };
}

describe('AttendanceReportForm', () => {
  it('includeEmailAddressesIsOffAgainOnceTheListWithAddressesIsMade', () => {
    const { asked, show, checkbox, create } = form();
    show(idle);
    expect(checkbox().checked).toBe(false);
    act(() => checkbox().click());
    create();
    show({ ...idle, pending: true });
    expect(asked).toEqual([true]);
    expect(checkbox().checked).toBe(true);

    show({ ...idle, reports: [withEmail] });
    expect(checkbox().checked).toBe(false);
    create();
    expect(asked).toEqual([true, false]);
  });

  it('aRefusedRequestKeepsTheChoiceForTheNextTry', () => {
    const { asked, show, checkbox, create } = form();
    show({ ...idle, reports: [withEmail] });
    act(() => checkbox().click());
    create();
    show({ ...idle, reports: [withEmail], retryAfterSeconds: 6 });
    expect(checkbox().checked).toBe(true);
    create();
    expect(asked).toEqual([true, true]);
  });
});
