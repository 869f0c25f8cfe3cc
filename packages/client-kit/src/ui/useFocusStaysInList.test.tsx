// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useFocusStaysInList } from './useFocusStaysInList.js';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

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

function render(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Row />));
  return host;
}

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
