// @vitest-environment happy-dom
import { mountInDom } from '@plenum/client-kit/ui/dom-testing';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { CarryOverNotice, dateTime } from './CarryOverNotice.js';
import { minutesMessages } from './minutesMessages.js';

const AT = Date.UTC(2026, 10, 25, 17, 30);
let host: HTMLElement;

function notice(moderator: boolean, lastChangedAt: number | null = AT) {
  const sent: string[] = [];
  ({ host } = mountInDom(
    <CarryOverNotice
      carriedOver={{ lastChangedAt }}
      moderator={moderator}
      locale="en"
      messages={minutesMessages.en.panel}
      onStartNew={() => sent.push('startNew')}
      onContinue={() => sent.push('continue')}
    />,
  ));
  return sent;
}

const button = (name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = (name: string) => act(() => button(name).click());

describe('CarryOverNotice', () => {
  it('tellsModeratorsTheLastChangeAndStartsNewMinutesOnlyAfterTheConfirmStep', () => {
    const sent = notice(true);
    expect(host.textContent).toContain(
      `These minutes continue an earlier meeting (last changed ${dateTime(AT, 'en')}).`,
    );
    click('Start new minutes');
    expect(sent).toEqual([]);
    expect(document.activeElement?.textContent).toMatch(/stored as files \(PDF and Markdown\) of this meeting/);
    click('Cancel');
    expect(document.activeElement).toBe(button('Start new minutes'));
    click('Start new minutes');
    click('Store and start new minutes');
    expect(sent).toEqual(['startNew']);
  });

  it('moderatorsContinueTheseMinutes', () => {
    const sent = notice(true, null);
    expect(host.textContent).toContain('These minutes continue an earlier meeting.');
    click('Continue these minutes');
    expect(sent).toEqual(['continue']);
  });

  it('othersSeeTheInfoLineOnly', () => {
    notice(false);
    expect(host.textContent).toContain('These minutes continue an earlier meeting (last changed');
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });
});
