// @vitest-environment happy-dom
import { act, createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mountInDom } from './domRoot.test-support.js';
import { ModulePanel } from './ModulePanel.js';

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
    const body = createRef<HTMLElement>();
    let closed = 0;
    const { host } = mountInDom(
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
