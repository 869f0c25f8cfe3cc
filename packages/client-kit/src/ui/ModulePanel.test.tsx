// @vitest-environment happy-dom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModulePanel } from './ModulePanel.js';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host?.remove();
});

describe('ModulePanel', () => {
  it('hasAFocusableHeadingThatLabelsThePanelACloseButtonAndTheContentBelow', () => {
    const html = renderToStaticMarkup(
      <ModulePanel
        headingId="h"
        heading="Polls"
        closeLabel="Close polls"
        onClose={() => undefined}
        className="poll-panel"
      >
        <p>content</p>
      </ModulePanel>,
    );
    expect(html).toMatch(/^<div class="module-panel poll-panel"><div class="module-panel__header">/);
    expect(html).toContain('<h2 id="h" tabindex="-1">Polls</h2>');
    expect(html).toMatch(
      /<button type="button" class="icon-button" aria-label="Close polls"><svg[^>]*aria-hidden="true"/,
    );
    expect(html).toContain(
      '<section class="module-panel__body" aria-labelledby="h" tabindex="0"><p>content</p></section>',
    );
  });

  it('handsTheScrollAreaToAModuleThatScrollsItAndClosesOnEscapeUnlessAControlInsideTookIt', () => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    const body = createRef<HTMLElement>();
    let closed = 0;
    act(() =>
      root?.render(
        <ModulePanel
          headingId="h"
          heading="Moderation"
          closeLabel="Close moderation"
          onClose={() => closed++}
          bodyRef={body}
        >
          <input aria-label="Find" onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()} />
          <button type="button">Mute everyone</button>
        </ModulePanel>,
      ),
    );
    expect(body.current?.className).toBe('module-panel__body');
    expect(body.current?.contains(host.querySelector('input'))).toBe(true);
    expect(document.activeElement).toBe(host.querySelector('h2'));
    const pressEscape = (target: Element | null) =>
      act(() => {
        target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      });
    pressEscape(host.querySelector('input'));
    expect(closed).toBe(0);
    pressEscape(host.querySelector('button:not([aria-label])'));
    expect(closed).toBe(1);
  });
});
