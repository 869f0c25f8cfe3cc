import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ToolbarEntryControl } from './ToolbarEntryControl.js';

const none = () => undefined;
const render = (entry: Parameters<typeof ToolbarEntryControl>[0]['entry'], panelShown = false) =>
  renderToStaticMarkup(<ToolbarEntryControl entry={entry} panelShown={panelShown} onTogglePanel={none} />);

describe('ToolbarEntryControl', () => {
  it('anActionWithPressedIsAToggleWithAConstantName', () => {
    const html = render({ label: 'Raise hand', icon: null, action: none, pressed: true });
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('<span class="control__label">Raise hand</span>');
  });

  it('anActionWithoutPressedIsAPlainButton', () => {
    expect(render({ label: 'Do it', icon: null, action: none })).not.toContain('aria-pressed');
  });

  it('withoutActionItTogglesThePanel', () => {
    expect(render({ label: 'Chat', icon: null, badge: 2 }, true)).toContain('aria-pressed="true"');
  });

  it('aMenuIsADisclosureWhosePopupStartsClosed', () => {
    const html = render({ label: 'Reactions', icon: null, menu: () => <button type="button">Heart</button> });
    expect(html).toMatch(/aria-expanded="false" aria-controls="([^"]+)"/);
    const id = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<div id="${id}" class="toolbar-menu__popup" hidden="">`);
    expect(html).not.toContain('Heart');
  });
});
