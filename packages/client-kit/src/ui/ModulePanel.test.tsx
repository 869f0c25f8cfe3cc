import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
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
});
