// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mountInDom } from './domRoot.test-support.js';
import { useFocusStaysInList } from './useFocusStaysInList.js';

const controls: { toggle: () => void } = { toggle: () => undefined };

/** "Mute", then a toggle that is a new button (another key) in each state, then "Remove". */
function Row() {
  const [allowed, setAllowed] = useState(false);
  controls.toggle = () => setAllowed((a) => !a);
  const ref = useFocusStaysInList<HTMLDivElement>();
  return (
    <>
      <div ref={ref}>
        <button type="button">Mute</button>
        {allowed ? (
          <button key="stop" type="button">
            Stop writing
          </button>
        ) : (
          <button key="allow" type="button">
            Allow writing
          </button>
        )}
        <button type="button">Remove</button>
      </div>
      <button type="button">Elsewhere</button>
    </>
  );
}

const render = (): HTMLElement => mountInDom(<Row />).host;

const button = (host: HTMLElement, name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('useFocusStaysInList', () => {
  it('givesFocusToTheButtonThatReplacedTheFocusedOne', () => {
    const host = render();
    act(() => button(host, 'Allow writing').focus());
    act(() => controls.toggle());
    expect(document.activeElement?.textContent).toBe('Stop writing');
    act(() => controls.toggle());
    expect(document.activeElement?.textContent).toBe('Allow writing');
  });

  it('leavesFocusAloneThatMovedOnElsewhere', () => {
    const host = render();
    act(() => button(host, 'Allow writing').focus());
    act(() => button(host, 'Elsewhere').focus());
    act(() => controls.toggle());
    expect(document.activeElement?.textContent).toBe('Elsewhere');
  });

  it('leavesFocusAloneWhenTheFocusedButtonStays', () => {
    const host = render();
    act(() => button(host, 'Remove').focus());
    act(() => controls.toggle());
    expect(document.activeElement?.textContent).toBe('Remove');
  });
});
